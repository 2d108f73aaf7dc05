#!/usr/bin/env python3
"""e176 (t89 F7): a Saudi ERP's sales lines with both of its dates under their English names
(Hijri Date, Gregorian Date) and transliterated ones after it (Date Hijri, Date Miladi), the Hijri
by the tabular (civil) Islamic calendar, the Gregorian dd/mm/yyyy: the Gregorian one is the
date; a Hijri Date alone is refused with its --calendar named. Truth by Python over the
generated lines. Writes e176_hijri_{en,translit,alone}.csv.gz and the truth line to argv[1]."""
import datetime, gzip, math, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(7)
EPOCH = 1948439.5   # 1 Muharram 1 AH, civil epoch, as a Julian day

def islamic_jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + EPOCH - 1

def hijri(g):
    jd = g.toordinal() + 1721424.5
    y = (30 * (jd - EPOCH) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + islamic_jd(y, 1, 1))) / 29.5) + 1)
    return int(y), int(m), int(jd - islamic_jd(y, m, 1) + 1)

items = [("SKU-%03d" % k, round(rng.uniform(4, 60), 2)) for k in range(1, 11)]
lines = []
for inv in range(1, 301):
    g = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
    cust = "C%05d" % rng.randint(1, 80)
    for code, p in rng.sample(items, rng.randint(1, 4)):
        lines.append(("SI-%06d" % inv, g, cust, code, rng.randint(1, 6), p))
heads = {"en": ("Hijri Date", "Gregorian Date"), "translit": ("Date Hijri", "Date Miladi"),
         "alone": ("Hijri Date", None)}
for name, (h, gname) in heads.items():
    with gzip.open("%s/e176_hijri_%s.csv.gz" % (out, name), "wt", encoding="utf-8", newline="") as f:
        f.write(",".join(["Invoice No", h] + ([gname] if gname else []) + ["Customer No", "Item Code", "Qty", "Unit Price"]) + "\n")
        for inv, g, c, code, q, p in lines:
            hd = "%04d/%02d/%02d" % hijri(g)
            f.write(",".join([inv, hd] + ([g.strftime("%d/%m/%Y")] if gname else []) + [c, code, str(q), "%.2f" % p]) + "\n")
with open(out + "/e176_hijri_names.txt", "w") as f:
    f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
        len(lines), len({l[2] for l in lines}), len({l[3] for l in lines}), len({l[0] for l in lines}),
        len({(l[2], l[3]) for l in lines}), sum(l[4] for l in lines), sum(l[4] * l[5] for l in lines),
        min(l[1] for l in lines), max(l[1] for l in lines)))
