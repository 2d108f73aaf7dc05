#!/usr/bin/env python3
# e165 (t83 F12): a small firm's document lines, quotes and invoices numbered in one column by
# their prefix and no column of the document's type: a quote (Q-, ANG-, DEV-, COT-) for a
# customer, most of them followed days later by the invoice (INV-, RE-, FA-, FAC-) of what he
# bought of it, some never. Truth: the invoices' lines are the sales; a quote is no purchase.
# Writes NAME.csv for each language to the current directory, prints the truths.
import csv, datetime, random

LANGS = {
    "e165_quotes_en": ("Q-{}", "INV-{}", ",", ["Date", "Doc No", "Customer", "SKU",
                                             "Description", "Qty", "Unit Price"], "%Y-%m-%d"),
    "e165_quotes_de": ("ANG-2024-{}", "RE-2024-{}", ";", ["Datum", "Belegnr", "Kundennr",
                                                          "Artikelnr", "Bezeichnung", "Menge",
                                                          "Einzelpreis"], "%d.%m.%Y"),
    "e165_quotes_es": ("COT-{}", "FAC-{}", ";", ["Fecha", "Documento", "Cliente", "Referencia",
                                                 "Descripción", "Cantidad", "Precio"],
                       "%d/%m/%Y"),
}

def gen(name, seed):
    qfmt, ifmt, sep, head, dfmt = LANGS[name]
    random.seed(seed)
    items = [("P%03d" % k, "Produkt %d" % k, random.randrange(500, 20000) / 100) for k in range(30)]
    custs = ["K%04d" % (1000 + k) for k in range(25)]
    docs, qn, inn = [], 0, 0
    day = datetime.date(2024, 1, 2)
    for _ in range(120):
        day += datetime.timedelta(days=random.randint(0, 2))
        c = random.choice(custs)
        lines = [(it, random.randint(1, 20)) for it in random.sample(items, random.randint(1, 5))]
        if random.random() < 0.45:   # quoted first
            qn += 1
            docs.append((day, qfmt.format(1000 + qn), c, lines, "quote"))
            if random.random() < 0.3:
                continue             # never bought
            lines = [(it, max(1, q - random.randint(0, 2))) for it, q in lines]
        inn += 1
        docs.append((day + datetime.timedelta(days=random.randint(1, 9)),
                     ifmt.format(1000 + inn), c, lines, "invoice"))
    docs.sort(key=lambda d: d[0])
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=sep, lineterminator="\r\n")
        w.writerow(head)
        for d, no, c, lines, _ in docs:
            for (code, desc, p), q in lines:
                price = "%.2f" % p
                w.writerow([d.strftime(dfmt), no, c, code, desc, q,
                            price.replace(".", ",") if sep == ";" else price])
    rows = [(d, no, c, it[0], q, round(it[2], 2)) for d, no, c, lines, k in docs
            if k == "invoice" for it, q in lines]
    quotes = [d for d in docs if d[4] == "quote"]
    print(name, "kept", len(rows), "customers", len({r[2] for r in rows}), "items",
          len({r[3] for r in rows}), "invoices", len({r[1] for r in rows}), "pairs",
          len({(r[2], r[3]) for r in rows}), "quantity", sum(r[4] for r in rows), "spend",
          "%.2f" % sum(r[4] * r[5] for r in rows), "first", min(r[0] for r in rows), "last",
          max(r[0] for r in rows), "quotes", len(quotes), "quote_rows",
          sum(len(d[3]) for d in quotes))

for k, name in enumerate(LANGS):
    gen(name, 1650 + k)
