# Truths of the t85 B2B files by the man page's rules, computed over the files alone.
import csv, sys, datetime as dt
F = '/tmp/t85/files/'
def num(s, comma=False):
    s = s.strip().replace('$', '')
    if comma: s = s.replace('.', '').replace(',', '.')
    else: s = s.replace(',', '')
    return float(s)
def out(name, rows):
    # rows: (customer, item, invoice, qty, spend, date)
    kept = len(rows)
    cust = len({r[0] for r in rows}); items = len({r[1] for r in rows})
    inv = len({r[2] for r in rows}); pairs = len({(r[0], r[1]) for r in rows})
    q = sum(r[3] for r in rows); sp = sum(r[4] for r in rows)
    d = sorted(r[5] for r in rows)
    print(name, kept, cust, items, inv, pairs, round(q, 3), '%.2f' % sp, d[0], d[-1], sep='\t')
def dmy(s): return dt.datetime.strptime(s, '%d.%m.%Y').date().isoformat()
def mdy(s): return dt.datetime.strptime(s, '%m/%d/%Y').date().isoformat()
# F1: the heading is the item; lines under it with a date are the sales
rows = []; head = None
for rec in csv.reader(open(F + 'qbo_sales_by_product.csv')):
    if len(rec) < 10: continue
    if rec[0] and not rec[1] and not rec[0].startswith('Total') and rec[0] != 'TOTAL': head = rec[0]; continue
    if rec[0].startswith('Total') or rec[0] == 'TOTAL': head = None; continue
    if not rec[0] and rec[1] and head:
        q = num(rec[6]); p = num(rec[7]); rows.append((rec[4], head, rec[3], q, q * p, mdy(rec[1])))
out('qbo', rows)
# F4: Menge in bottles (Menge x Einzelpreis = Gesamtpreis on every row)
rows = []
for rec in list(csv.reader(open(F + 'de_vpe_pieces.csv'), delimiter=';'))[1:]:
    q = num(rec[5], 1); p = num(rec[7], 1); t = num(rec[8], 1)
    assert abs(q * p - t) < 0.006
    rows.append((rec[2], rec[3], rec[0], q, t, dmy(rec[1])))
out('vpe', rows)
# F5: Geliefert 1 = delivered, the ordered quantity; 0 not delivered, no purchase
rows = []
for rec in list(csv.reader(open(F + 'b2b_geliefert01.csv'), delimiter=';'))[1:]:
    if rec[7] != '1': continue
    q = num(rec[5], 1); p = num(rec[6], 1); rows.append((rec[2], rec[3], rec[0], q, q * p, dmy(rec[1])))
out('gel01', rows)
# F22: Geliefert a date: every line a purchase of its ordered quantity
rows = []
for rec in list(csv.reader(open(F + 'b2b_geliefert.csv'), delimiter=';'))[1:]:
    q = num(rec[5], 1); p = num(rec[6], 1); rows.append((rec[2], rec[3], rec[0], q, q * p, dmy(rec[1])))
out('geldate', rows)
# F11: CS lines are Pack units each, EA lines eaches
rows = []
for rec in list(csv.reader(open(F + 'sysco_unit.csv')))[1:]:
    q = num(rec[8]); p = num(rec[9]); units = q * int(rec[5]) if rec[7] == 'CS' else q
    rows.append((rec[2], rec[3], rec[0], units, q * p, mdy(rec[1])))
out('sysco', rows)
# F12: Umsatz (TEUR) in thousands of euros
rows = []
for rec in list(csv.reader(open(F + 'de_teur_header.csv'), delimiter=';'))[1:]:
    q = num(rec[5], 1); rows.append((rec[2], rec[3], rec[0], q, num(rec[6], 1) * 1000, dmy(rec[1])))
out('teur', rows)
# F16: gallons at dollars per gallon
rows = []
for rec in list(csv.reader(open(F + 'us_fuel_3dec.csv')))[1:]:
    q = num(rec[5]); p = float(rec[6].replace('$', '')); rows.append((rec[2], rec[3], rec[0], q, q * p, mdy(rec[1])))
out('fuel', rows)
