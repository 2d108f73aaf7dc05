#!/usr/bin/env python3
# e165 (t83 F23): e-invoices' lines with UN/ECE Recommendation 20 unit codes. A German
# wholesaler's XRechnung/Peppol lines (UBL's names: Invoiced Quantity, Unit Code, Price Amount,
# Line Extension Amount) in H87 and C62 (pieces), XPP (a piece), EA, and KGM for the goods
# sold by weight (fractions, the price per kg); and a Mexican CFDI's concept lines whose
# Unidad holds the ClaveUnidad: H87 (pieza), E48 (unidad de servicio), KGM. Truth: every line
# a sale, its quantity as written (pieces, or kilograms at a price per kg: one unit per item),
# the spend quantity times price. Writes both CSVs to the current directory, prints the truths.
import csv, datetime, random

def truth(name, rows):
    print(name, "kept", len(rows), "customers", len({r[2] for r in rows}), "items",
          len({r[3] for r in rows}), "invoices", len({r[1] for r in rows}), "pairs",
          len({(r[2], r[3]) for r in rows}), "quantity", "%.3f" % sum(r[4] for r in rows),
          "spend", "%.2f" % sum(r[4] * r[5] for r in rows), "first",
          min(r[0] for r in rows), "last", max(r[0] for r in rows))

def lines(seed, items, custs, ndocs, prefix):
    random.seed(seed)
    rows, day = [], datetime.date(2024, 2, 1)
    for k in range(ndocs):
        day += datetime.timedelta(days=random.randint(0, 1))
        c = random.choice(custs)
        for it in random.sample(items, random.randint(1, 5)):
            q = round(random.uniform(0.25, 12), 3) if it[3] == "KGM" else random.randint(1, 40)
            rows.append((day, "%s%d" % (prefix, 1001 + k), c, it[0], q, it[2], it[1], it[3]))
    return rows

units = ["H87", "H87", "C62", "C62", "XPP", "EA"]
items = [("ART-%03d" % k, "Artikel %d" % k, random.Random(k).randrange(50, 5000) / 100,
          units[k % len(units)]) for k in range(24)]
items += [("KAF-%02d" % k, "Kaffee lose %d" % k, 18.5 + k, "KGM") for k in range(4)]
rows = lines(2301, items, ["DE%09d" % (100000000 + 37 * k) for k in range(18)], 140, "RE-2024-")
with open("e165_xrechnung_units.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Invoice Number", "Issue Date", "Buyer ID", "Item ID", "Item Name",
                "Invoiced Quantity", "Unit Code", "Price Amount", "Line Extension Amount"])
    for d, no, c, code, q, p, desc, u in rows:
        w.writerow([no, d.isoformat(), c, code, desc, ("%.3f" % q) if u == "KGM" else q, u,
                    "%.2f" % p, "%.2f" % round(q * p, 2)])
truth("e165_xrechnung_units", rows)

cunits = ["H87", "H87", "H87", "E48"]
citems = [("SKU-%03d" % k, "Producto %d" % k, random.Random(99 + k).randrange(2000, 90000) / 100,
           cunits[k % len(cunits)]) for k in range(20)]
citems += [("GRA-%02d" % k, "Granel %d" % k, 45.0 + 5 * k, "KGM") for k in range(3)]
rows = lines(2302, citems, ["XAXX%06d%s" % (10 * k, "AB1") for k in range(1, 16)], 120, "A")
with open("e165_cfdi_unidad.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Fecha", "Folio", "RfcReceptor", "NoIdentificacion", "Descripcion", "Cantidad",
                "Unidad", "ValorUnitario", "Importe"])
    for d, no, c, code, q, p, desc, u in rows:
        w.writerow([d.isoformat() + "T12:00:00", no, c, code, desc, "%.6f" % q, u,
                    "%.6f" % p, "%.6f" % (q * p)])
truth("e165_cfdi_unidad", rows)
