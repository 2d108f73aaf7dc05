#!/usr/bin/env python3
"""e177 (t90 F1, F2, F5): exports joined by a tool that matches columns by name (PowerQuery's
Append, pandas.concat, R's dplyr::bind_rows), one or more columns renamed between the parts, so
the joined file has both names: each part's rows fill their own and leave the other blank.
Truth: the logical rows the parts were written from (Python here, never relrec): every line a
purchase but the guests' (no customer id in either column), counted once.

  e177_union_garden    PowerQuery Append, English, CRLF: Order No, Qty and Customer No
                       renamed Order Number, Quantity and Customer Number after March
  e177_union_de_three  pandas.concat of three German parts (';', decimal comma): Kundennummer,
                       Kunden-Nr. and Kd.-Nr., Menge then Anzahl; NaN written empty, so the ids
                       and counts of the columns with blanks come out as floats (10023.0)
  e177_union_r_na      R's bind_rows and write.csv: French names, N° client then Code client,
                       Prix unitaire then Prix; NA for each missing value
  e177_union_clash     the garden's customer columns, but on 4 rows of the second part the old
                       column holds another customer too: not one column; truth: the rows read
                       by Customer No alone (the documented reading), the warning asserted
  e177_innocent_pairs  no join: Customer No beside the customer's name Customer, Quantity
                       (delivered) beside Qty Ordered, Unit Price (paid) beside the list Price,
                       all filled on every row: read as before, with the --map qty=,price= that
                       the load's refusal of two quantities and two prices asks for (truth: the
                       number, the delivered quantity, the paid price)
  e177_innocent_guests no join: Customer No for members, the guest's name in Customer where
                       no number is: a name is no customer number (truth: members alone)

Writes NAME.csv.gz and NAME.txt (the truth) to argv[1] (default: tests/shops/files)."""
import csv, gzip, io, os, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "files")
rng = random.Random(177)
ITEMS = [("GC-%03d" % k, name, price) for k, (name, price) in enumerate([
    ("Terracotta pot 20cm", 4.50), ("Rose 'Peace'", 12.95), ("Compost 40L", 6.99),
    ("Secateurs", 18.50), ("Seed tray", 2.25), ("Lavender 2L", 7.50), ("Bird feeder", 14.00),
    ("Watering can 5L", 9.99), ("Bulbs tulip x20", 5.75), ("Garden twine", 1.80)], 1)]


def orders(months, custs, inv0, guests=0.05):
    """Logical lines: (invoice, code, name, qty, ordered, minute text, price, list, customer)."""
    rows, inv = [], inv0
    for year, month in months:
        for _ in range(40):
            inv += 1
            cust = "" if rng.random() < guests else rng.choice(custs)
            day, hh, mm = rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59)
            for code, name, price in rng.sample(ITEMS, rng.randint(1, 4)):
                q = rng.randint(1, 6)
                paid = round(price * rng.choice([1, 1, 0.9]), 2)
                rows.append(dict(inv=str(inv), code=code, name=name, qty=q, ordered=q + rng.choice([0, 0, 1, 2]),
                                 day=(year, month, day, hh, mm), price=paid, list=price, cust=cust))
    return rows, inv


def truth(rows, name):
    kept = [r for r in rows if r["cust"]]
    days = ["%04d-%02d-%02d" % r["day"][:3] for r in kept]
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write("kept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s\n" % (
            len(kept), len({r["cust"] for r in kept}), len({r["code"] for r in kept}),
            len({r["inv"] for r in kept}), len({(r["cust"], r["code"]) for r in kept}),
            sum(r["qty"] for r in kept), sum(r["qty"] * r["price"] for r in kept), min(days), max(days)))


def write(name, header, lines, delimiter=",", eol="\r\n", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol, quoting=quoting)
    w.writerow(header)
    w.writerows(lines)
    with gzip.GzipFile(os.path.join(out, name + ".csv.gz"), "wb", mtime=0) as f:
        f.write(buf.getvalue().encode("utf-8"))


def when(r, fmt="%04d-%02d-%02d %02d:%02d"):
    return fmt % r["day"]


CUST = [str(10000 + k) for k in range(1, 41)]

# --- PowerQuery Append: the old table's columns, then the renamed ones at the end --------------
old = ["Order No", "SKU", "Product", "Qty", "Order Date", "Unit Price", "Customer No", "Store"]
new = ["Order Number", "Quantity", "Customer Number"]
part1, inv = orders([(2024, m) for m in (1, 2, 3)], CUST, 70000)
part2, _ = orders([(2024, m) for m in (4, 5, 6)], CUST, inv)
lines = [[r["inv"], r["code"], r["name"], r["qty"], when(r), "%.2f" % r["price"], r["cust"], "Leeds", "", "", ""]
         for r in part1]
lines += [["", r["code"], r["name"], "", when(r), "%.2f" % r["price"], "", "Leeds", r["inv"], r["qty"], r["cust"]]
          for r in part2]
write("e177_union_garden", old + new, lines)
truth(part1 + part2, "e177_union_garden")

# the same, but four rows of the second part carry another customer in the old column too
clash = [list(l) for l in lines]
late = [k for k, l in enumerate(clash) if l[0] == "" and l[10]]
for k in late[5:9]:
    clash[k][6] = CUST[(CUST.index(clash[k][10]) + 1) % len(CUST)]
write("e177_union_clash", old + new, clash)
read = [dict(r, cust=clash[k][6]) for k, r in enumerate(part1 + part2)]   # Customer No alone
truth(read, "e177_union_clash")

# --- pandas.concat of three German parts, ';' and decimal comma; NaN -> '' and floats ----------
de = ["Belegnummer", "Artikelnummer", "Bezeichnung", "Menge", "Datum", "Einzelpreis", "Kundennummer"]
p1, inv = orders([(2023, 10)], CUST, 500)
p2, inv = orders([(2023, 11)], CUST, inv)
p3, _ = orders([(2023, 12)], CUST, inv)
hdr = de + ["Kunden-Nr.", "Kd.-Nr.", "Anzahl"]
fl = lambda v: "" if v == "" else "%s.0" % v     # a column with NaN is float64
rows = []
for part, k in ((p1, 0), (p2, 1), (p3, 2)):
    for r in part:
        c = ["", "", ""]
        c[k] = fl(r["cust"])
        m = fl(r["qty"])
        rows.append([r["inv"], r["code"], r["name"], m if k < 2 else "", when(r, "%04d-%02d-%02d %02d:%02d:00"),
                     ("%.2f" % r["price"]).replace(".", ","), c[0], c[1], c[2], m if k == 2 else ""])
write("e177_union_de_three", hdr, rows, delimiter=";", eol="\n")
truth(p1 + p2 + p3, "e177_union_de_three")

# --- R: bind_rows + write.csv: NA for missing, every string quoted -----------------------------
fr = ["Numéro de facture", "Référence", "Désignation", "Quantité", "Date", "Prix unitaire", "N° client"]
q1, inv = orders([(2024, 2), (2024, 3)], CUST, 9000)
q2, _ = orders([(2024, 4), (2024, 5)], CUST, inv)
hdr = fr + ["Code client", "Prix"]
na = lambda v: v if v != "" else "NA"
rows = [[r["inv"], r["code"], r["name"], r["qty"], when(r, "%04d-%02d-%02d %02d:%02d:00"), "%.2f" % r["price"],
         na(r["cust"]), "NA", "NA"] for r in q1]
rows += [[r["inv"], r["code"], r["name"], r["qty"], when(r, "%04d-%02d-%02d %02d:%02d:00"), "NA", "NA",
          na(r["cust"]), "%.2f" % r["price"]] for r in q2]
write("e177_union_r_na", hdr, rows, eol="\n", quoting=csv.QUOTE_NONNUMERIC)
truth(q1 + q2, "e177_union_r_na")

# --- innocents ---------------------------------------------------------------------------------
NAMES = {c: rng.choice(["Ann", "Bob", "Cleo", "Dev", "Eli"]) + " " + rng.choice(["Hart", "Moss", "Reed", "Wolf"])
         for c in CUST}
a, _ = orders([(2024, m) for m in (7, 8, 9)], CUST, 80000, guests=0)
write("e177_innocent_pairs",
      ["Invoice", "SKU", "Product", "Quantity", "Qty Ordered", "Date", "Price", "Unit Price", "Customer No", "Customer"],
      [[r["inv"], r["code"], r["name"], r["qty"], r["ordered"], when(r), "%.2f" % r["list"], "%.2f" % r["price"],
        r["cust"], NAMES[r["cust"]]] for r in a])
truth(a, "e177_innocent_pairs")
g, _ = orders([(2024, m) for m in (10, 11)], CUST, 90000, guests=0.3)
write("e177_innocent_guests", ["Invoice", "SKU", "Product", "Quantity", "Date", "Unit Price", "Customer No", "Customer"],
      [[r["inv"], r["code"], r["name"], r["qty"], when(r), "%.2f" % r["price"], r["cust"],
        "" if r["cust"] else rng.choice(["Walk-in Jo", "Sam Guest", "Pat Lane"])] for r in g])
truth(g, "e177_innocent_guests")
