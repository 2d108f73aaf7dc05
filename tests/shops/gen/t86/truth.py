# truth.py: the stats figures of a shop file by the man page's rules, computed apart from relrec:
# a row is kept when its customer is not blank, its quantity and unit price are above 0, its
# status (if given) is a bought one, and its description is none of the lines of no product
# named (the till's money, fees, bags, deposits the brief lists).
import csv, sys, json, datetime
def truth(path, sep, user, item, inv, qty, price, date, datefmt, desc, nonprod, enc='utf-8',
          dec='.', status=None, ok_status=None):
    t = open(path, 'rb').read().decode(enc)
    rows = list(csv.reader(t.splitlines(), delimiter=sep))
    h = rows[0]; ix = {n: i for i, n in enumerate(h)}
    num = lambda s: float(s.replace(',', '.')) if dec == ',' else float(s.replace(',', ''))
    kept = []; 
    for r in rows[1:]:
        if len(r) != len(h): continue
        if not r[ix[user]].strip(): continue
        if status and r[ix[status]] not in ok_status: continue
        q = num(r[ix[qty]]); p = num(r[ix[price]])
        if q <= 0 or p <= 0: continue
        if r[ix[desc]] in nonprod: continue
        d = datetime.datetime.strptime(r[ix[date]].strip(), datefmt).date()
        kept.append((r[ix[user]].strip(), r[ix[item]].strip(), r[ix[inv]].strip(), q, p, d))
    k = len(kept)
    cu = len({x[0] for x in kept}); it = len({x[1] for x in kept}); iv = len({x[2] for x in kept})
    pa = len({(x[0], x[1]) for x in kept}); qt = sum(x[3] for x in kept)
    sp = sum(round(x[3] * x[4], 10) for x in kept)
    f = min(x[5] for x in kept); l = max(x[5] for x in kept)
    qs = ('%.3f' % qt).rstrip('0').rstrip('.')
    return '\t'.join(map(str, [k, cu, it, iv, pa, qs, '%.2f' % sp, f, l]))
