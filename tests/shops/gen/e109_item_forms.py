# e109 (t63's F5, F10, F11: one product's code in several forms a code system defines). Three
# files, each with its truth: the product as the shop knows it.
# - e109_scale_labels: a deli and produce counter. Bananas keyed as PLU 4011 or scanned from a
#   scale's label (in-store EAN-13 21 04011 PPPPP C, the price in cents); a cheese sold only by
#   label (22 01234 PPPPP C: the product is 2201234); beside them codes that stay as written: a
#   lone 29-prefixed code (the shop's own 13-digit SKU, always the same), two 21-codes sharing
#   their first 7 digits with wrong check digits, valid codes of prefixes 19 and 30 sharing
#   theirs, and a plain EAN-13.
# - e109_isbn_forms: books as ISBN-13, as ISBN-13 with hyphens (or blanks), as ISBN-10 (an X
#   check digit among them, and one with its leading zero dropped), and one book only ever
#   written as an ISBN-10 (stays).
# - e109_ndc_forms: NDCs in 4-4-2, 5-3-2 and 5-4-1 beside their 11-digit 5-4-2 form (hyphens, or
#   11 digits whole), and one 10-digit NDC whose 11-digit form never appears (stays).
# Usage: python3 e109_item_forms.py OUTDIR; prints each file's truth figures.
import csv, random, sys
out = sys.argv[1] if len(sys.argv) > 1 else '.'

def ean(body):
    t = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - t % 10) % 10)

def isbn13(nine):
    return ean('978' + nine)

def isbn10(nine):
    s = sum((10 - i) * int(c) for i, c in enumerate(nine))
    c = (11 - s % 11) % 11
    return nine + ('X' if c == 10 else str(c))

def write(name, header, rows, truth_item):
    with open('%s/%s.csv' % (out, name), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(r[:len(header)])
    items = set(truth_item(r) for r in rows)
    print(name, 'kept', len(rows), 'customers', len(set(r[2] for r in rows)), 'items', len(items),
          'invoices', len(set(r[0] for r in rows)), 'pairs', len(set((r[2], truth_item(r)) for r in rows)),
          'qty', '%g' % sum(float(r[5]) for r in rows),
          'spend', '%.2f' % sum(float(r[5]) * float(r[6]) for r in rows),
          min(r[1] for r in rows)[:10], max(r[1] for r in rows)[:10])

def scale():
    random.seed(1091)
    bad1 = ean('210555500123')[:-1] + str((int(ean('210555500123')[-1]) + 1) % 10)
    bad2 = ean('210555500234')[:-1] + str((int(ean('210555500234')[-1]) + 3) % 10)
    fixed = [('4006381333931', 'Olive oil', '1', '7.90', '4006381333931'),
             (ean('290077712345'), 'House blend coffee', '1', '9.50', 'own'),
             (bad1, 'Mystery box A', '1', '5.00', bad1), (bad2, 'Mystery box B', '1', '6.00', bad2),
             (ean('190123400150'), 'Prefix 19 a', '1', '1.50', '19a'),
             (ean('190123400275'), 'Prefix 19 b', '1', '2.75', '19b'),
             (ean('300123400150'), 'Prefix 30 a', '1', '1.50', '30a'),
             (ean('300123400275'), 'Prefix 30 b', '1', '2.75', '30b')]
    rows = []
    for o in range(40):
        cust = 'C%02d' % (o % 9)
        day = '2024-05-%02d 1%d:%02d' % (o % 28 + 1, o % 10, o % 60)
        kg = random.randint(300, 2500) / 1000
        if o % 2:
            price = '%05d' % round(kg * 250)
            rows.append([o + 1, day, cust, ean('2104011' + price), 'Bananas', '%.3f' % kg, '2.50', 'banana'])
        else:
            rows.append([o + 1, day, cust, '4011', 'Bananas', '%.3f' % kg, '2.50', 'banana'])
        if o % 3 == 0:
            g = random.randint(150, 600) / 1000
            rows.append([o + 1, day, cust, ean('2201234' + '%05d' % round(g * 1990)), 'Gouda', '%.3f' % g, '19.90', 'gouda'])
        code, desc, q, p, truth = fixed[o % len(fixed)]
        rows.append([o + 1, day, cust, code, desc, q, p, truth])
    write('e109_scale_labels', ['Receipt', 'Date', 'Customer', 'Barcode', 'Description', 'Quantity', 'Unit Price'],
          rows, lambda r: r[7])

def isbn():
    random.seed(1092)
    books = ['030640615', '044022165', '014044913', '067973452', '031242757']
    alone = '186197271'   # only ever written as an ISBN-10
    rows = []
    for o in range(36):
        cust = 'K%02d' % (o % 7)
        day = '2024-03-%02d 11:%02d' % (o % 28 + 1, o)
        for k in range(random.randint(1, 3)):
            b = random.choice(books)
            form = (o + k) % 5
            i13 = isbn13(b)
            code = [i13, '-'.join([i13[:3], i13[3], i13[4:7], i13[7:12], i13[12]]),
                    isbn10(b), isbn10(b).lstrip('0'), ' '.join([i13[:3], i13[3:12], i13[12]])][form]
            rows.append(['INV%03d' % o, day, cust, code, 'Book ' + b, str(random.randint(1, 2)), '12.50', b])
        if o % 6 == 0:
            rows.append(['INV%03d' % o, day, cust, isbn10(alone), 'Book alone', '1', '9.99', alone])
    write('e109_isbn_forms', ['Invoice', 'Date', 'Customer', 'ISBN', 'Title', 'Qty', 'Price'], rows, lambda r: r[7])

def ndc():
    random.seed(1093)
    drugs = [('0002-1433-80', '00002-1433-80'), ('50580-506-02', '50580-0506-02'),
             ('12345-6789-1', '12345678901'), ('0781-1506-10', '00781150610')]
    rows = []
    for o in range(36):
        cust = 'P%02d' % (o % 8)
        day = '2024-07-%02d 09:%02d' % (o % 28 + 1, o)
        for k in range(random.randint(1, 3)):
            d = random.randrange(len(drugs))
            rows.append(['RX%03d' % o, day, cust, drugs[d][(o + k) % 2], 'Drug %d' % d, str(random.randint(1, 3)), '4.25', d])
        if o % 5 == 0:
            rows.append(['RX%03d' % o, day, cust, '0093-0058-01', 'Drug alone', '1', '3.10', 'alone'])
    write('e109_ndc_forms', ['Rx Number', 'Fill Date', 'Patient', 'NDC', 'Drug Name', 'Qty', 'Unit Price'], rows, lambda r: r[7])

scale()
isbn()
ndc()
