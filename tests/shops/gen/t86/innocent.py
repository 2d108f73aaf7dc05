# Innocent look-alikes of t86's lines of no product, each a shop's goods: every row is a
# purchase (customer, quantity and price above 0), so the truth keeps them all.
import random, datetime, sys
from truth import truth
R = random.Random(86)
def gen(path, head, items, sep, dec, datefmt, n=300, enc='utf-8', custs=40):
    rows = [head]
    d0 = datetime.datetime(2024, 3, 1, 9, 0)
    for r in range(1, n + 1):
        cu = 'C%03d' % R.randint(1, custs)
        d = d0 + datetime.timedelta(minutes=R.randint(0, 60 * 24 * 120))
        for code, name, price, qmax in R.sample(items, R.randint(1, 3)):
            q = R.randint(1, qmax)
            p = ('%.2f' % price).replace('.', dec)
            rows.append([str(1000 + r), d.strftime(datefmt), cu, code, name, str(q), p])
    with open(path, 'w', encoding=enc, newline='') as f:
        for x in rows:
            f.write(sep.join(x) + '\r\n')
# a stationery and gift shop: its paper bags sold once a receipt at goods' prices
st = [('ST-1001', 'Gel Pen Blue', 1.50, 4), ('ST-1002', 'Notebook A5', 3.50, 2),
      ('ST-1003', 'Paper Bag', 4.99, 1), ('ST-1004', 'Paper Bag 50 pack', 4.99, 1),
      ('ST-1005', 'Carrier Bag Holder', 6.99, 1), ('ST-1006', 'Donation Box', 12.99, 1),
      ('ST-1007', 'Church Donation Box', 14.99, 1), ('ST-1008', 'Book Token Holder', 2.99, 1),
      ('ST-1009', 'Paid In Full', 9.99, 1), ('ST-1010', 'Float', 0.80, 3)]
gen('t86_stationery_bags.csv', ['Receipt No', 'Date', 'Customer ID', 'SKU', 'Description', 'Qty', 'Unit Price'], st, ',', '.', '%Y-%m-%d %H:%M')
# a German bakery selling cups and bags as goods
bk = [('1001', 'Roggenbrot', 3.95, 2), ('1002', 'Laugenbrezel', 0.85, 4),
      ('2001', 'Kaffeebecher To Go 12 Stk.', 3.50, 1), ('2002', 'Mehrwegbecher Bambus', 8.90, 1),
      ('2003', 'T\u00fcte Gummib\u00e4rchen', 1.99, 2), ('2004', 'Papiert\u00fcten 100 Stk.', 5.90, 1),
      ('2005', 'Pfand Becherhalter', 4.50, 1), ('2006', 'Lieferung Box Set', 19.90, 1)]
gen('t86_baeckerei_waren.csv', ['Bon-Nr.', 'Datum', 'Kundennummer', 'Artikel-Nr.', 'Artikelbezeichnung', 'Menge', 'Preis'], bk, ';', ',', '%d.%m.%Y %H:%M')
a = dict(user='Customer ID', item='SKU', inv='Receipt No', qty='Qty', price='Unit Price', date='Date', datefmt='%Y-%m-%d %H:%M', desc='Description', sep=',', nonprod=set())
print('\t'.join(['t86_stationery_bags', 't86_stationery_bags.csv.gz', '-', truth('t86_stationery_bags.csv', **a), '!lines of no product', '-']))
b = dict(user='Kundennummer', item='Artikel-Nr.', inv='Bon-Nr.', qty='Menge', price='Preis', date='Datum', datefmt='%d.%m.%Y %H:%M', desc='Artikelbezeichnung', sep=';', dec=',', nonprod=set())
print('\t'.join(['t86_baeckerei_waren', 't86_baeckerei_waren.csv.gz', '-', truth('t86_baeckerei_waren.csv', **b), '!lines of no product', '-']))
