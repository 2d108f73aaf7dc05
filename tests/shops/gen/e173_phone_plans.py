#!/usr/bin/env python3
"""e173 (t88 F1, F8): a loyalty scheme keyed on the customer's phone, as a till exports it, in
four countries: North America (NANP, +1), the United Kingdom (+44), Germany (+49) and Hungary
(+36). Forty members each; each member's number is written two or three ways over their visits,
as cashiers key it and the web shop stores it: with +CC, with 00CC, with the trunk prefix (0;
Hungary's 06), and with the country code but no + (1-555-201-3344, 15552013344, 44 7700 900123,
49 171 6909973, 36 30 123 4567). A few visitors' numbers are always written with their own +
(another country's code). Innocents: in North America, a member's (770) 090-0456 beside a
British visitor's +44 7700 900456 (the same ten digits: two people); in Germany, members whose number's leading 0 a spreadsheet
dropped (4930123456, 10 digits: a German number of its own, not +49 30123456) beside another
member's 030 123456; they stay two.
Truth: each member is one customer, whatever the spelling (Python over the members it made,
never relrec). Also writes e173_phone_mixed: the NANP members' numbers with no +1 on any row and
UK and German visitors' beside them (no evidence of one country): relrec keeps 15552013344 and
5552013344 apart and warns. Writes NAME.csv.gz and NAME.txt (the truth) to argv[1]."""
import csv, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(173)
products = [("P%03d" % k, name, price) for k, (name, price) in enumerate([
    ("Coffee beans 250g", 6.50), ("Oat milk 1L", 2.10), ("Croissant", 1.80), ("Bagel", 1.50),
    ("Orange juice 1L", 3.20), ("Granola 500g", 4.75), ("Dark chocolate", 2.95),
    ("Green tea 20 bags", 3.40), ("Sourdough loaf", 4.20), ("Muffin", 2.25),
    ("Honey 350g", 5.60), ("Sparkling water", 1.10)], 1)]


def groups(d, sizes):
    """d's digits cut into groups of the given sizes (the rest in the last)."""
    out, k = [], 0
    for s in sizes:
        out.append(d[k:k + s])
        k += s
    if k < len(d):
        out[-1] += d[k:]
    return out


def nanp(n):   # n: the 10-digit national number
    a, b, c = n[:3], n[3:6], n[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
            "1-%s-%s-%s" % (a, b, c), "1 (%s) %s-%s" % (a, b, c), "1" + n, "+1%s" % n]


def uk(n):     # 10 digits, 7xxx mobile or 20 London
    g = groups(n, [4, 6]) if n[0] == "7" else groups(n, [2, 4, 4])
    return ["0" + " ".join(g), "+44 " + " ".join(g), "0044 " + " ".join(g), "44 " + " ".join(g),
            "44" + n, "0" + n]


def de(n):     # 10 or 11 digits, mobile 15x/16x/17x
    g = groups(n, [3, 8])
    return ["0" + " ".join(g), "+49 " + " ".join(g), "0049 " + n, "49 " + " ".join(g),
            "49" + n, "0" + g[0] + "/" + g[1], "+49 (0)" + " ".join(g)]


def hu(n):     # 9 digits, mobile 20/30/70
    g = groups(n, [2, 3, 4])
    return ["06 " + " ".join(g), "06" + n, "+36 " + " ".join(g), "+36" + n, "0036 " + " ".join(g),
            "36 " + " ".join(g), "36" + n, "06-%s/%s-%s" % tuple(g)]


def member_numbers(kind, count):
    seen, nums = set(), []
    while len(nums) < count:
        if kind == "us":
            n = rng.choice("23456789") + "%02d" % rng.randint(0, 99) + "555" + "%04d" % rng.randint(100, 199)
        elif kind == "uk":
            n = rng.choice(["7700", "7911", "7456"]) + "%06d" % rng.randint(0, 999999)
        elif kind == "de":
            n = rng.choice(["151", "160", "171", "176"]) + "%d" % rng.randint(1000000, 99999999)
        else:
            n = rng.choice(["20", "30", "70"]) + "%07d" % rng.randint(0, 9999999)
        if n not in seen:
            seen.add(n)
            nums.append(n)
    return nums


SPELL = {"us": nanp, "uk": uk, "de": de, "hu": hu}
VISITORS = ["+49 171 6909973", "+33 6 12 34 56 78", "+1 212 555 0199", "+44 7700 900456"]


def make(name, kind, plus=True, visitors=(), innocents=()):
    """One file: 40 members of kind (each two or three spellings, with their + unless not plus),
    visitors (each always one spelling), innocents (each a member of its own, a list of its
    spellings)."""
    members = []
    for n in member_numbers(kind, 40):
        ways = [w for w in SPELL[kind](n) if plus or not w.startswith(("+", "00"))]
        members.append(rng.sample(ways, rng.randint(2, 3)))
    members += [[v] for v in visitors if not v.startswith("+" + {"us": "1", "uk": "44", "de": "49", "hu": "36"}[kind])]
    members += [list(s) for s in innocents]
    rows, receipt = [], 70000
    for who, ways in enumerate(members):
        for visit in range(rng.randint(len(ways) + 4, 12)):
            receipt += 1
            day = "2024-03-%02d %02d:%02d" % (rng.randint(1, 30), rng.randint(8, 19), rng.randint(0, 59))
            phone = ways[visit % len(ways)]
            for code, desc, price in rng.sample(products, rng.randint(1, 3)):
                rows.append([str(receipt), day, phone, code, desc, rng.randint(1, 3), "%.2f" % price, who])
    rows.sort(key=lambda r: (r[1], r[0]))
    with gzip.open("%s/%s.csv.gz" % (out, name), "wt", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Receipt", "Date", "Phone", "Item", "Description", "Qty", "Price"])
        w.writerows(r[:7] for r in rows)
    with open("%s/%s.txt" % (out, name), "w") as f:
        f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
            len(rows), len({r[7] for r in rows}), len({r[3] for r in rows}), len({r[0] for r in rows}),
            len({(r[7], r[3]) for r in rows}), sum(r[5] for r in rows),
            sum(r[5] * float(r[6]) for r in rows), min(r[1] for r in rows)[:10],
            max(r[1] for r in rows)[:10]))


make("e173_phone_us", "us", visitors=VISITORS[:2] + VISITORS[3:],
     innocents=[["(770) 090-0456", "770-090-0456"]])
make("e173_phone_uk", "uk", visitors=VISITORS[:1])
make("e173_phone_de", "de", visitors=VISITORS[1:3],
     innocents=[["4930123456", "04930 123456"], ["030 123456", "+49 30 123456"],
                ["4940555123", "04940 555123"], ["040 555123"]])
make("e173_phone_hu", "hu", visitors=VISITORS[:1],
     innocents=[["06 1 234 5678", "+36 1 234 5678", "06-1-234-5678"]])
make("e173_phone_mixed", "us", plus=False, visitors=VISITORS[:1] + VISITORS[3:])
