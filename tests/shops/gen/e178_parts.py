#!/usr/bin/env python3
"""e178 (t90 F7, F8): monthly exports an analyst joins with cat (cat jan.csv feb.csv mar.csv),
each part unambiguous under its own header:
- e178_sep_each: a garden centre's Excel-made parts, ';' between fields, each part starting
  with Excel's "sep=;" line, then its header (F7: the later sep= lines were rejected rows).
- e178_reordered: a bike shop's POS upgraded for February: the same names in another order;
  March's export back in January's order (F8).
- e178_widened: a deli's till upgraded for February: 'Discount' and 'Till' added in the middle,
  'Channel' (a column relrec reads for nothing) dropped, the customer column renamed
  'Customer ID' (F8).
Truth: Python over the logical rows written, never relrec: every row is a purchase.
Writes the .csv.gz files to argv[1] and prints each file's shops.tsv figures."""
import datetime as dt, gzip, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
rng = random.Random(178)


def month(shop, year, m, inv0, custs, items, n_inv=40):
    rows, inv = [], inv0
    for _ in range(n_inv):
        c = rng.choice(custs)
        ts = dt.datetime(year, m, rng.randint(1, 28), rng.randint(8, 19), rng.randint(0, 59))
        for code, desc, price in rng.sample(items, rng.randint(1, 4)):
            rows.append(dict(inv=shop + str(inv), code=code, desc=desc, qty=rng.randint(1, 6),
                             ts=ts, price=price, cust=c))
        inv += 1
    rows.sort(key=lambda r: (r["ts"], r["inv"]))
    return rows, inv


def parts(shop, items, n=3, year=2024):
    custs = ["%d" % k for k in range(50100, 50140)]
    ps, inv = [], 7001
    for m in range(1, n + 1):
        rows, inv = month(shop, year, m, inv, custs, items)
        ps.append(rows)
    return ps


def value(r, name, sep):
    v = {"Invoice": r["inv"], "Item": r["code"], "Description": r["desc"],
         "Quantity": str(r["qty"]), "Date": r["ts"].strftime("%d/%m/%Y %H:%M"),
         "Price": "%.2f" % r["price"], "Customer": r["cust"], "Country": "United Kingdom",
         "Discount": "0.00", "Till": "T%d" % (1 + int(r["cust"]) % 3), "Channel": "shop"}[name]
    return '"%s"' % v if sep in v else v


def part(names, header, rows, sep=",", pre=""):
    lines = [pre + sep.join(header)] if not pre else [pre, sep.join(header)]
    lines += [sep.join(value(r, n, sep) for n in names) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def truth(name, ps):
    rows = sum(ps, [])
    days = sorted(r["ts"] for r in rows)
    print("%s\t%d\t%d\t%d\t%d\t%d\t%g\t%.2f\t%s\t%s" % (
        name, len(rows), len({r["cust"] for r in rows}), len({r["code"] for r in rows}),
        len({r["inv"] for r in rows}), len({(r["cust"], r["code"]) for r in rows}),
        sum(r["qty"] for r in rows), sum(r["qty"] * r["price"] for r in rows),
        days[0].date(), days[-1].date()))


def write(name, text, ps):
    with gzip.open("%s/%s.csv.gz" % (out, name), "wt", newline="") as f:
        f.write(text)
    truth(name, ps)


GARDEN = [("G%03d" % k, d, p) for k, (d, p) in enumerate([
    ("Rose bush, red", 12.5), ("Compost 40L", 6.99), ("Trowel", 8.25), ("Seed tray", 2.1),
    ("Lavender pot", 5.5), ("Hose 25m", 24.0), ("Gloves; size M", 4.75), ("Bulbs x10", 3.3)])]
BIKES = [("B%02d" % k, d, p) for k, (d, p) in enumerate([
    ("Inner tube 700c", 7.5), ("Chain lube", 9.0), ("Brake pads", 14.2), ("Bell", 6.0),
    ("Helmet", 59.0), ("Lights set", 29.95), ("Saddle", 39.0), ("Bottle cage", 11.5)])]
DELI = [("D%02d" % k, d, p) for k, (d, p) in enumerate([
    ("Olives 200g", 3.2), ("Parma ham 100g", 5.4), ("Brie wedge", 4.1), ("Sourdough", 3.6),
    ("Pesto jar", 4.95), ("Salami stick", 6.3), ("Chutney", 3.85), ("Focaccia", 2.9)])]
OWN = ["Invoice", "Item", "Description", "Quantity", "Date", "Price", "Customer", "Country"]

# F7: each part of its own Excel, 'sep=;' first
ps = parts("GC", GARDEN)
HG = ["Receipt No", "Item", "Description", "Quantity", "Date", "Price", "Customer", "Country"]
write("e178_sep_each", "".join(part(OWN, HG, p, ";", "sep=;") for p in ps), ps)

# F8: reordered for February only
ps = parts("BK", BIKES)
HB = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]
MOVED = [5, 4, 6, 0, 1, 3, 2, 7]   # February's columns: Price, Date, Customer, Invoice, ...
write("e178_reordered", part(OWN, HB, ps[0]) +
      part([OWN[k] for k in MOVED], [HB[k] for k in MOVED], ps[1]) + part(OWN, HB, ps[2]), ps)

# F8: widened and renamed from February
ps = parts("DL", DELI)
H1 = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Channel"]
N1 = OWN[:7] + ["Channel"]
H2 = ["Invoice", "StockCode", "Description", "Quantity", "Discount", "Till", "InvoiceDate", "UnitPrice", "Customer ID"]
N2 = OWN[:4] + ["Discount", "Till"] + OWN[4:7]
write("e178_widened", part(N1, H1, ps[0]) + part(N2, H2, ps[1]) + part(N2, H2, ps[2]), ps)

# F6: a cheese counter's February re-saved by a spreadsheet of a comma locale: the separator
# still ',', its weights and prices written with a decimal comma, quoted ("1,5", "12,40");
# January and March with a decimal point
CHEESE = [("K%02d" % k, d, p) for k, (d, p) in enumerate([
    ("Gouda aged", 18.4), ("Comte 18m", 26.9), ("Brie de Meaux", 21.5), ("Stilton", 24.25),
    ("Manchego", 22.1), ("Gruyere", 25.75), ("Feta", 12.4), ("Taleggio", 19.95)])]
ps = parts("CH", CHEESE)
for p in ps:
    for r in p:
        r["qty"] = rng.choice([0.25, 0.5, 0.75, 1.5, 2.25])


def cheese(rows, comma):
    def num(x, fmt):
        v = fmt % x
        return '"%s"' % v.replace(".", ",") if comma else v
    lines = [",".join(OWN)]
    lines += [",".join([r["inv"], r["code"], r["desc"], num(r["qty"], "%.2f"),
                        r["ts"].strftime("%d/%m/%Y %H:%M"), num(r["price"], "%.2f"), r["cust"],
                        "Belgium"]) for r in rows]
    return "\r\n".join(lines) + "\r\n"


write("e178_decimal_part", cheese(ps[0], 0) + cheese(ps[1], 1) + cheese(ps[2], 0), ps)

# F3: a pharmacy's weekly exports joined; the week of 1 to 9 February came from a US-locale
# machine, month first without leading zeros (2/7/2024 9:05), every day 12 or less so either
# reading parses; the others day first with zeros (07/02/2024 09:05). Truth: the dates written.
PHARMA = [("P%02d" % k, d, p) for k, (d, p) in enumerate([
    ("Paracetamol 16", 1.89), ("Ibuprofen 24", 3.2), ("Plasters", 2.5), ("Sun cream", 9.99),
    ("Vitamin C", 5.45), ("Cough syrup", 6.75), ("Hand gel", 2.1), ("Toothbrush", 3.0)])]
custs = ["%d" % k for k in range(30200, 30240)]
jan, inv = month("PH", 2024, 1, 9001, custs, PHARMA)
feb, inv = month("PH", 2024, 2, inv, custs, PHARMA)
mar, inv = month("PH", 2024, 3, inv, custs, PHARMA)
week = [r for r in feb if r["ts"].day <= 9]
rest = [r for r in feb if r["ts"].day > 9]


def pharmacy(rows, us):
    def when(ts):
        if us:
            return "%d/%d/%d %d:%02d" % (ts.month, ts.day, ts.year, ts.hour, ts.minute)
        return ts.strftime("%d/%m/%Y %H:%M")
    lines = [",".join(OWN)]
    lines += [",".join([r["inv"], r["code"], r["desc"], str(r["qty"]), when(r["ts"]),
                        "%.2f" % r["price"], r["cust"], "Ireland"]) for r in rows]
    return "\r\n".join(lines) + "\r\n"


ps = [jan, week, rest, mar]
write("e178_us_week", pharmacy(jan, 0) + pharmacy(week, 1) + pharmacy(rest, 0) +
      pharmacy(mar, 0), ps)
# the same week written day first with zeros: read as it is, no warning (an innocent)
write("e178_uk_week", pharmacy(jan, 0) + pharmacy(week, 0) + pharmacy(rest, 0) +
      pharmacy(mar, 0), ps)
