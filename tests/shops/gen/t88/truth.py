#!/usr/bin/env python3
"""The truths of t88's six files in tests/shops (run from tests/shops/files after gunzip):
every line a purchase (an oil change and a key safe are goods, the wine's quantity is its
Bottles, the Italian shops' AN-/RE- numbers are receipts, the cafe's dates day first)."""
import csv, datetime
spec = {
 'garage_vidange_fr.csv': (';', 'N° Facture', 'Date', 'Code client', 'Référence', 'Quantité', 'Prix unitaire', '%d/%m/%Y'),
 'f_schluesseldepot.csv': (';', 'Belegnummer', 'Belegdatum', 'Kundennummer', 'Artikelnummer', 'Menge', 'Einzelpreis', '%d.%m.%Y'),
 'wine_bottles_litres.csv': (',', 'Order No', 'Order Date', 'Customer No', 'Item No', 'Bottles', 'Price', '%d/%m/%Y'),
 'wein_flaschen_liter.csv': (';', 'Belegnr', 'Belegdatum', 'Kundennr', 'Artikelnr', 'Flaschen', 'Preis', '%d/%m/%Y'),
 'it_negozi_AN_RE.csv': (';', 'Numero documento', 'Data', 'Codice cliente', 'Codice articolo', 'Quantità', 'Prezzo', '%d/%m/%Y'),
 'cafe_maerz_1_12_de.csv': (';', 'Bon-Nr', 'Datum', 'Kundenkarte', 'Artikelnr', 'Menge', 'Preis', '%d.%m.%Y %H:%M'),
}
for f, (sep, inv, d, u, it, q, p, fmt) in spec.items():
    rows = list(csv.DictReader(open(f, encoding='utf-8'), delimiter=sep))
    num = lambda x: float(x.replace(',', '.'))
    dates = [datetime.datetime.strptime(r[d], fmt) for r in rows]
    qty = sum(num(r[q]) for r in rows)
    spend = sum(num(r[q]) * num(r[p]) for r in rows)
    print('\t'.join(map(str, [f, len(rows), len({r[u] for r in rows}), len({r[it] for r in rows}),
                              len({r[inv] for r in rows}), len({(r[u], r[it]) for r in rows}),
                              '%g' % qty, '%.2f' % spend, min(dates).strftime('%Y-%m-%d'),
                              max(dates).strftime('%Y-%m-%d')])))
