# e110 (t63 F19, F9: a catalogue's changes over time the codes hide), files of two other shops'
# formats than t63's, each with controls relrec must stay silent on. Truth: the products.
# e110_reused_code: a German ERP's export (';', decimal comma, DD.MM.YYYY HH:MM). Codes 4711 and
# 4712 are given to new products on 2024-05-20 ("Becher; blau" -> "Schreibtischlampe LED",
# "Geschirrtuch" -> "Wanduhr"): 4 products under 2 codes. Controls: 4713 written "Kerze rot" and
# "Kerze, rot (gross)" in turns all year (one product), 4714 renamed "Notizbuch A5" ->
# "Notizbuch A5 liniert" in June (one product, a word shared), 4715's one stock-count line
# "Inventur" at the end (a note, no product: its quantity 1 at price 0,00 is still a row kept).
# e110_rekeyed: a web shop's order export (',', ISO dates): "Blue Mug" and "Tea Towel" sold as
# MUG-BLU, TWL-01 until 2024-06-01 and under their GTINs from 2024-06-02 (one product each, two
# codes); control: "Tote Bag" under TOTE-S and TOTE-L (two sizes of one name) all year.
import csv, random
random.seed(110)

def write(path, header, rows, delim):
    with open(path, 'w', newline='') as f:
        w = csv.writer(f, delimiter=delim)
        w.writerow(header)
        w.writerows(rows)

def truth(rows, inv, cust, prod, qty, price, day):
    q = sum(r[qty] for r in rows)
    s = sum(r[qty] * r[price] for r in rows)
    print('kept', len(rows), 'customers', len(set(r[cust] for r in rows)), 'items',
          len(set(r[prod] for r in rows)), 'invoices', len(set(r[inv] for r in rows)), 'pairs',
          len(set((r[cust], r[prod]) for r in rows)), 'qty', q, 'spend', '%.2f' % s,
          min(r[day] for r in rows), max(r[day] for r in rows))

# ---- e110_reused_code
rows = []
for o in range(70):
    m = 1 + o * 12 // 70
    d = 1 + (o * 7) % 27
    late = (m, d) >= (5, 20)
    cust = 'K%03d' % (100 + (o * 5) % 13)
    items = []
    for k in range(random.randint(1, 3)):
        c = random.choice(['4711', '4712', '4713', '4714', '4716', '4717'])
        if c == '4711':
            name, prod, p = ('Schreibtischlampe LED', 'lamp', 39.0) if late else ('Becher; blau', 'mug', 2.5)
        elif c == '4712':
            name, prod, p = ('Wanduhr', 'clock', 24.9) if late else ('Geschirrtuch', 'towel', 4.2)
        elif c == '4713':
            name, prod, p = ('Kerze rot' if o % 2 else 'Kerze, rot (gross)'), 'candle', 3.1
        elif c == '4714':
            name, prod, p = ('Notizbuch A5 liniert' if m >= 6 else 'Notizbuch A5'), 'notebook', 5.5
        elif c == '4716':
            name, prod, p = 'Vase', 'vase', 19.9
        else:
            name, prod, p = 'Untersetzer', 'coaster', 1.5
        if c in [x[0] for x in items]:
            continue
        items.append((c, name, prod, p))
    for c, name, prod, p in items:
        rows.append(['RE-%05d' % (2400 + o), '%02d.%02d.2024 %02d:%02d' % (d, m, 9 + o % 9, (o * 13) % 60),
                     cust, c, name, random.randint(1, 4), p, prod, '2024-%02d-%02d' % (m, d)])
rows.append(['RE-02470', '23.12.2024 17:05', 'K100', '4715', 'Inventur', 1, 0.0, 'x', '2024-12-23'])
rows.append(['RE-02471', '23.12.2024 17:06', 'K101', '4715', 'Teelichter 12er', 2, 3.9, 'tea', '2024-12-23'])
rows.append(['RE-02472', '23.12.2024 17:07', 'K102', '4715', 'Teelichter 12er', 1, 3.9, 'tea', '2024-12-23'])
out = [r[:6] + [('%.2f' % r[6]).replace('.', ',')] for r in rows]
write('/tmp/e110/gen/e110_reused_code.csv', ['Belegnummer', 'Datum', 'Kundennummer', 'Artikelnummer',
      'Bezeichnung', 'Menge', 'Einzelpreis'], out, ';')
kept = [r for r in rows if r[6] > 0]   # the stock count's line at 0,00: dropped by the price rule
truth(kept, 0, 2, 7, 5, 6, 8)

# ---- e110_rekeyed
rows = []
for o in range(64):
    m = 1 + o * 12 // 64
    d = 1 + (o * 11) % 28
    late = (m, d) >= (6, 2)
    cust = 'buyer%02d@example.com' % ((o * 3) % 11)
    seen = set()
    for k in range(random.randint(1, 3)):
        prod = random.choice(['mug', 'towel', 'tote-s', 'tote-l', 'apron', 'vase'])
        if prod in seen:
            continue
        seen.add(prod)
        code, name, p = {'mug': ('4006381333931' if late else 'MUG-BLU', 'Blue Mug', 6.5),
                         'towel': ('4006381333948' if late else 'TWL-01', 'Tea Towel', 4.0),
                         'tote-s': ('TOTE-S', 'Tote Bag', 9.0), 'tote-l': ('TOTE-L', 'Tote Bag', 12.0),
                         'apron': ('APRN-2', 'Apron', 15.0), 'vase': ('VAS-07', 'Vase', 22.0)}[prod]
        rows.append(['#%d' % (1100 + o), '2024-%02d-%02d %02d:%02d:00' % (m, d, 10 + o % 8, (o * 7) % 60),
                     cust, random.randint(1, 3), name, p, code, prod, '2024-%02d-%02d' % (m, d)])
write('/tmp/e110/gen/e110_rekeyed.csv', ['Name', 'Created at', 'Email', 'Lineitem quantity',
      'Lineitem name', 'Lineitem price', 'Lineitem sku'], [r[:7] for r in rows], ',')
truth(rows, 0, 2, 7, 3, 5, 8)
