#!/usr/bin/env python3
"""e177 (t90 F4): a month exported twice and joined with the others, the second copy from a
report that writes the date alone (02.02.2024 beside the till's 02.02.2024 15:47), so its lines
are the till's at midnight: they count twice, and are warned of as overlapping exports are.
  e177_untimed_copy     January, February and March from the till, each with its header,
                        February again from the report (date only) before March
  e177_untimed_stores   innocent: two shops' exports joined, the second's till writing dates
                        alone, its receipts numbered apart: no line repeats another
Truth: the logical lines written, each once (Python here, never relrec); relrec counts the
copy's lines twice, as documented for overlapping exports (the warning says how to cut them).
Writes NAME.csv.gz and NAME.txt (the truth, with the repeated lines' count) to argv[1]."""
import gzip, os, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "files")
rng = random.Random(1774)
ITEMS = [("W%02d" % k, name, price) for k, (name, price) in enumerate([
    ("Riesling 0,75", 9.90), ("Rioja Crianza", 12.50), ("Prosecco", 8.40), ("Chablis", 19.00),
    ("Grauburgunder", 7.95), ("Malbec", 11.20), ("Cava Brut", 6.80), ("Port Ruby", 14.30)], 1)]
CUST = ["K%04d" % k for k in range(1, 31)]
HEAD = "Belegnummer;Artikelnummer;Bezeichnung;Menge;Datum;Einzelpreis;Kundennummer"


def month(year, m, inv):
    rows = []
    for _ in range(30):
        inv += 1
        c, d, hh, mm = rng.choice(CUST), rng.randint(1, 28), rng.randint(9, 19), rng.randint(0, 59)
        for code, name, price in rng.sample(ITEMS, rng.randint(1, 3)):
            rows.append((str(inv), code, name, rng.randint(1, 6), (year, m, d, hh, mm), price, c))
    return rows, inv


def lines(rows, timed=True):
    fmt = "%02d.%02d.%04d %02d:%02d" if timed else "%02d.%02d.%04d"
    return [HEAD] + ["%s;%s;%s;%d;%s;%s;%s" % (r[0], r[1], r[2], r[3],
                                              fmt % ((r[4][2], r[4][1], r[4][0]) + r[4][3:] if timed else
                                                     (r[4][2], r[4][1], r[4][0])),
                                              ("%.2f" % r[5]).replace(".", ","), r[6]) for r in rows]


def write(name, text_lines, rows, repeated):
    with gzip.GzipFile(os.path.join(out, name + ".csv.gz"), "wb", mtime=0) as f:
        f.write(("\r\n".join(text_lines) + "\r\n").encode("utf-8"))
    days = ["%04d-%02d-%02d" % r[4][:3] for r in rows]
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s"
                " repeated %d\n" % (len(rows), len({r[6] for r in rows}), len({r[1] for r in rows}),
                                    len({r[0] for r in rows}), len({(r[6], r[1]) for r in rows}),
                                    sum(r[3] for r in rows), sum(r[3] * r[5] for r in rows), min(days),
                                    max(days), repeated))


jan, inv = month(2024, 1, 4000)
feb, inv = month(2024, 2, inv)
mar, inv = month(2024, 3, inv)
write("e177_untimed_copy", lines(jan) + lines(feb) + lines(feb, timed=False) + lines(mar),
      jan + feb + mar, len(feb))
other, _ = month(2024, 2, 9000)   # the second shop: its own receipts, its till's dates alone
write("e177_untimed_stores", lines(jan + feb) + lines(other, timed=False), jan + feb + other, 0)
