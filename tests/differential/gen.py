#!/usr/bin/env python3
"""gen.py — a seeded generator of varied retail transaction CSVs, each with its truth.

usage: gen.py [--small] [--v2] OUTDIR N SEED
       gen.py OUTDIR N SEED [v2]          (the form the t36/t38 testers used)

Writes OUTDIR/fNNN.csv and OUTDIR/fNNN.truth.json for NNN = 000 .. N-1. File k is made
from random.Random(SEED * 100003 + k) alone, so a file is the same whatever N is, and the
same on any machine with Python 3 (standard library only).

What a file varies (each choice is in its truth's "meta"):
  lang       the header's language: en (Online Retail's names), en2 (a web shop's), de, fr,
             es, it, nl, shopify; the status and document-type words follow it
  sep        , ; tab |          dec  the decimal mark, . or ,
  thou       a thousands mark in prices (and quantities when thou_qty) or none
  cur        a currency symbol before or after the price, or none;  quote_all
  datefmt    ISO, D/M/Y, M/D/Y, D.M.Y, YYYYMMDD, ISO-T, 01-Dec-2023
  invform    invoices as numbers, SO-n, INV-n, C-numbers (a till's ids), R-numbers, UUIDs,
             or a mix;  custform: numbers, emails, names, codes
  itemmode   code (a stock code on every line), code_emptysome (a web shop leaving the SKU
             of some lines empty), desc_only (no code column: items told by description),
             code_sparse (--v2: the code empty on nearly every line)
  grouped    an order's invoice, customer, date and country on its first line only
  use_status / use_type   an order-status column (some orders void) or a document-type
             column (some documents returns);  use_country, sparse_country
  unused     one column no role should take: Weight kg (a number in the decimal mark),
             Product Group (10.10: a point number whatever the mark), Notes, Amount, and
             with --v2 Customer Type, Product Type, Payment Method, Postcode, Category
  sort_guests_first (--v2)  guest sales (blank customer) sorted before every customer's
  p_tricky   product names that begin with a non-product word (Gift Box Kraft, Total 360
             Shampoo, Delivery Van Model): products all the same
  p_nonprod  lines of no product (postage, tips, gift cards, fees)
  p_placeholder  orders whose customer is a placeholder (blank, Guest, Walk-In Customer, 0,
             Cash Sales, Not Specified, N/A);  p_tricky_cust: real customers with such
             words in their name (Cash & Carry Ltd, Guesthouse Miller)
  cancels    C + invoice number lines with a negative quantity; subtotals: Subtotal lines;
             zero_qty: lines of quantity 0
  --small    6 to 30 orders (about 20 to 100 lines), not 20 to 120: the checked-in corpus's
meta["reasons"] counts the lines by why they are not kept (and "sale" for kept ones);
meta["big_quantities"] counts the lines of 1000 or more (thousands grouped when thou is set);
meta["empty_codes"] says how code-less lines read (the item rule below), when there are any.

The truth ("truth" in the JSON) is what relrec's man page (DATA FORMAT; COMMANDS: clean)
says `stats` prints for the file, under the default cleaning rules:
  kept       lines that are sales: not a placeholder customer's (DATA FORMAT, user: an id
             that names nobody is read as no customer id; clean's customer rule drops
             them), not in a C + number invoice with a quantity below 0 and not of
             quantity 0 (the cancelled rule), not a line of no product (nonproduct: the
             code POST, or a description such as Shipping, Tip, Gift Card - $25), not of a
             void order status (status: Cancelled, Storniert, Annulée...), not of a return
             document (event: Return, Gutschrift, Avoir...), not a Subtotal line (rejected
             as a total line), and not a line whose stock code is empty when nothing names
             its item (item: the description names it only when it is named as the item's
             name, such as Item Name or Lineitem name, or when the code is empty on all of
             the first 50 lines; else the line is rejected, empty stock code).
             A grouped file's lines take their order's invoice, customer, date and country
             from its first line (DATA FORMAT: a grouped or pivot layout is filled down).
  customers  distinct customers of the kept lines (an email compared ignoring case)
  items      distinct items of the kept lines: the stock code, or the description where
             the code is empty (or there is no code column)
  invoices   distinct invoices of the kept lines
  quantity   sum of the kept lines' quantities; a quantity with its thousands grouped
             (1,200; 2.500 beside decimal-comma prices) is the whole number, as DATA FORMAT
             reads one that is rare (one row, or at most a tenth: the generator writes 3 %)
  spend      sum of quantity x unit price over the kept lines, to the cent
  lines      data lines written (not a figure relrec prints; for reading the file)
"""
import datetime
import json
import os
import random
import sys
import uuid
from collections import Counter

HEADERS = {
    'en': dict(inv='Invoice', user='Customer ID', item='StockCode', desc='Description', qty='Quantity',
               date='InvoiceDate', price='UnitPrice', country='Country', status='Order Status', type='Type'),
    'en2': dict(inv='Order Number', user='Customer Email', item='SKU', desc='Item Name', qty='Qty',
                date='Order Date', price='Item Price', country='Billing Country', status='Order Status',
                type='Document Type'),
    'de': dict(inv='Rechnungsnummer', user='Kundennummer', item='Artikelnummer', desc='Bezeichnung', qty='Menge',
               date='Rechnungsdatum', price='Einzelpreis', country='Land', status='Bestellstatus', type='Belegart'),
    'fr': dict(inv='Numero facture', user='Code client', item='Code produit', desc='Désignation', qty='Quantité',
               date='Date facture', price='Prix unitaire', country='Pays', status='Statut commande',
               type='Type document'),
    'es': dict(inv='Numero factura', user='Codigo cliente', item='Articulo', desc='Descripcion', qty='Cantidad',
               date='Fecha', price='Precio unitario', country='Pais', status='Estado del pedido', type='Tipo'),
    'it': dict(inv='Numero fattura', user='Codice cliente', item='Codice articolo', desc='Descrizione',
               qty='Quantità', date='Data fattura', price='Prezzo unitario', country='Paese', status='Stato ordine',
               type='Tipo documento'),
    'nl': dict(inv='Factuurnummer', user='Klantnummer', item='Artikelnummer', desc='Omschrijving', qty='Aantal',
               date='Factuurdatum', price='Stukprijs', country='Land', status='Bestelstatus', type='Documenttype'),
    'shopify': dict(inv='Name', user='Email', item='Lineitem sku', desc='Lineitem name', qty='Lineitem quantity',
                    date='Created at', price='Lineitem price', country='Billing Country', status='Financial Status',
                    type='Type'),
}
# the description headers that name a code-less line's item (man: item, "named item_name,
# product_name, lineitem_name or article_name"); any other names it only when the code is
# empty on all of the first 50 lines
ITEM_NAME_HEADERS = {'Item Name', 'Product Name', 'Lineitem name'}
FIRST_LINES = 50
STATUS_OK = {'en': ['Completed', 'Processing', 'Refunded', 'Shipped'], 'de': ['Abgeschlossen', 'Versendet'],
             'fr': ['Terminée', 'Expédiée'], 'es': ['Completado', 'Enviado'], 'it': ['Completato', 'Spedito'],
             'nl': ['Voltooid', 'Verzonden']}
STATUS_BAD = {'en': ['Cancelled', 'Failed', 'Payment error'], 'de': ['Storniert'], 'fr': ['Annulée'],
              'es': ['Cancelado'], 'it': ['Annullato'], 'nl': ['Geannuleerd']}
TYPE_SALE = {'en': 'Sale', 'de': 'Rechnung', 'fr': 'Facture', 'es': 'Factura', 'it': 'Fattura', 'nl': 'Factuur'}
TYPE_RET = {'en': 'Return', 'de': 'Gutschrift', 'fr': 'Avoir', 'es': 'Abono', 'it': 'Nota di credito',
            'nl': 'Creditnota'}

PLAIN_PRODUCTS = ['Blue Mug', 'Red Mug', 'Tea Towel Stripe', 'Oak Chopping Board', 'Linen Apron', 'Candle Vanilla',
                  'Wool Scarf Grey', 'Ceramic Bowl', 'Glass Jar Large', 'Notebook A5', 'Pencil Set', 'Lantern Metal',
                  'Doormat Coir', 'Cushion Cover Teal', 'Picture Frame 10x15', 'Bread Bin Cream', 'Herb Planter',
                  'Wall Clock Retro']
# products whose names begin with a word of a non-product or total line: kept all the same
TRICKY_PRODUCTS = ['Gift Box Kraft', 'Gift Card Holder', 'Delivery Van Model', 'Total Care Shampoo',
                   'Total 360 Shampoo', 'Tip Top Jam Jar', 'Service Tray Oak', 'Sample Jar Set', 'Card Game Family',
                   'Shipping Container Toy', 'Fee Fi Fo Storybook', 'Discount Bin Sign', 'Freight Train Set',
                   'Postage Stamp Album', 'Gift Wrap Roll', 'Tips and Tricks Cookbook', 'Delivery Bike Bell',
                   'Service Bell Brass', 'Total Eclipse Poster', 'Gift Card Wallet Leather']
# lines of no product, by description (a file with codes on every line writes POST / POSTAGE)
NONPROD = ['Shipping', 'Tip', 'Gift Card - $25', 'Delivery fee', 'Service charge', 'Postage', 'Shipping: UPS']
COUNTRIES = ['United Kingdom', 'Germany', 'France', 'Spain', 'Italy', 'Netherlands', 'EIRE']
FIRST = ['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hugo', 'Ida', 'Jonas', 'Karla', 'Lukas']
LAST = ['Schmidt', 'Meyer', 'Dubois', 'Garcia', 'Rossi', 'de Vries', 'Smith', 'Jones']
# real customers whose names hold a placeholder's word: customers all the same
REAL_TRICKY_CUSTOMERS = ['Cash & Carry Ltd', 'Guesthouse Miller', 'Anonymous Coffee Co', 'Walker Inn',
                         'Unknown Pleasures Records']
PLACEHOLDERS = ['', 'Walk-In Customer', 'Guest', '0', 'Cash Sales', 'Not Specified', 'N/A']
EXTRA_HEADERS = {'weight': 'Weight kg', 'group': 'Product Group', 'notes': 'Notes', 'amount': 'Amount',
                 'ctype': 'Customer Type', 'ptype': 'Product Type', 'payment': 'Payment Method',
                 'postcode': 'Postcode', 'category': 'Category'}


def fmt_num(x, dec, thou, cur, qty=False):
    """x written as the file writes numbers: a whole quantity, or a price with two decimals."""
    neg = x < 0
    x = abs(x)
    if qty:
        s = str(int(x))
        if thou and x >= 1000:
            s = '{:,}'.format(int(x)).replace(',', thou)
    else:
        ip, fp = ('%.2f' % x).split('.')
        if thou and int(ip) >= 1000:
            ip = '{:,}'.format(int(ip)).replace(',', thou)
        s = ip + dec + fp
        if cur:
            s = cur[0] + s if cur[1] == 'pre' else s + ' ' + cur[0]
    return ('-' if neg else '') + s


def choose_layout(rnd, v2):
    """The file's choices (its meta)."""
    m = {}
    lang = rnd.choice(list(HEADERS))
    sep = rnd.choice([',', ',', ';', '\t', '|'])
    dec = rnd.choice(['.', '.', ','])
    if lang in ('de', 'fr', 'es', 'it', 'nl') and rnd.random() < 0.6:
        dec = ','
    thou = ''
    if rnd.random() < 0.3:
        thou = ',' if dec == '.' else '.'
        if thou == sep:
            thou = ''
    m.update(lang=lang, sep=sep, dec=dec, thou=thou, thou_qty=rnd.random() < 0.2)
    m['cur'] = rnd.choice([('$', 'pre'), ('£', 'pre'), ('€', 'post'), ('EUR', 'post')]) \
        if rnd.random() < 0.25 else None
    m['quote_all'] = rnd.random() < 0.3
    m['datefmt'] = rnd.choice(['%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M', '%m/%d/%Y %H:%M', '%d.%m.%Y', '%Y%m%d',
                               '%Y-%m-%dT%H:%M:%S', '%d-%b-%Y'])
    m['invform'] = rnd.choice(['num', 'num', 'prefix', 'inv', 'C', 'R', 'uuid', 'mixed'])
    m['custform'] = rnd.choice(['num', 'num', 'email', 'name', 'code'])
    itemmode = rnd.choice(['code', 'code', 'code', 'code_emptysome', 'desc_only'] +
                          (['code_sparse'] * 2 if v2 else []))
    # a code left empty is a web shop's way: its languages' headers
    if itemmode == 'code_sparse' and lang not in ('en', 'en2', 'shopify'):
        m['lang'] = lang = rnd.choice(['en2', 'shopify'])
    if itemmode == 'code_emptysome' and lang not in ('en', 'en2', 'shopify'):
        itemmode = 'code'
    m['itemmode'] = itemmode
    m['grouped'] = rnd.random() < 0.15
    m['use_status'] = rnd.random() < 0.25
    m['use_type'] = (not m['use_status']) and rnd.random() < 0.2
    m['use_country'] = rnd.random() < 0.6
    m['sparse_country'] = m['use_country'] and rnd.random() < 0.4
    m['use_desc'] = itemmode != 'code' or lang == 'shopify' or rnd.random() < 0.8
    m['unused'] = rnd.choice([None, None, 'weight', 'group', 'notes', 'amount'] +
                             (['ctype', 'ptype', 'payment', 'postcode', 'category'] * 2 if v2 else []))
    m['sort_guests_first'] = v2 and rnd.random() < 0.3 and not m['grouped']
    m['p_tricky'] = rnd.choice([0.0, 0.2, 0.5])
    m['p_nonprod'] = rnd.choice([0.0, 0.0, 0.05])
    m['p_placeholder'] = rnd.choice([0.0, 0.05])
    if m['sort_guests_first']:
        m['p_placeholder'] = 0.35
    m['p_tricky_cust'] = rnd.choice([0.0, 0.1])
    m['cancels'] = rnd.random() < 0.3 and m['invform'] in ('num', 'C')
    m['subtotals'] = rnd.random() < 0.1 and not m['grouped']
    m['zero_qty'] = rnd.random() < 0.1
    return m


def make_catalogue(rnd, m):
    """Product names with their codes, and the customers."""
    names = rnd.sample(PLAIN_PRODUCTS, min(rnd.randint(8, 25), len(PLAIN_PRODUCTS)))
    names += [t for t in TRICKY_PRODUCTS if rnd.random() < m['p_tricky']]
    codes = {}
    cstyle = rnd.choice(['uci', 'sku', 'num'])
    for i, nm in enumerate(names):
        if cstyle == 'uci':
            codes[nm] = str(20000 + rnd.randint(0, 79999)) + rnd.choice(['', '', 'A', 'B'])
        elif cstyle == 'sku':
            codes[nm] = 'SKU-%04d' % (i + 1)
        else:
            codes[nm] = str(100000 + i * 7)
    custs = []
    for i in range(rnd.randint(5, 30)):
        form = m['custform']
        if form == 'num':
            c = str(12000 + i * 13)
        elif form == 'email':
            c = '%s.%s%d@example.com' % (rnd.choice(FIRST).lower(), rnd.choice(LAST).split()[-1].lower(), i)
            if rnd.random() < 0.2:
                c = c.capitalize()
        elif form == 'name':
            c = '%s %s %d' % (rnd.choice(FIRST), rnd.choice(LAST), i)
        else:
            c = 'K%05d' % (i + 100)
        custs.append(c)
    if m['custform'] in ('name', 'code'):
        custs += [t for t in REAL_TRICKY_CUSTOMERS if rnd.random() < m['p_tricky_cust'] * 3]
    return names, codes, custs


def make_header(rnd, m, H):
    """The columns' roles in file order, and the header's names."""
    cols = ['inv', 'user', 'date', 'item', 'qty', 'price']
    for c, on in (('desc', m['use_desc']), ('country', m['use_country']), ('status', m['use_status']),
                  ('type', m['use_type']), ('extra', m['unused'])):
        if on:
            cols.append(c)
    if m['itemmode'] == 'desc_only':
        cols.remove('item')
    if rnd.random() < 0.7:
        rnd.shuffle(cols)
    hdr = []
    for c in cols:
        if c == 'extra':
            hdr.append(EXTRA_HEADERS[m['unused']])
        elif c == 'desc' and m['itemmode'] in ('code_emptysome', 'desc_only') and m['lang'] in ('en', 'en2'):
            hdr.append('Product Name' if m['itemmode'] == 'desc_only' else 'Item Name')
        else:
            hdr.append(H[c])
    return cols, hdr


def invoice_id(rnd, form, invn):
    if form == 'num':
        return str(invn)
    if form == 'prefix':
        return 'SO-%d' % invn
    if form == 'inv':
        return 'INV-%05d' % (invn - 536000)
    if form == 'C':
        return 'C%d' % (invn - 516000)   # a till's ids that start with C
    if form == 'R':
        return 'R%d' % (invn - 536000)
    if form == 'uuid':
        return str(uuid.UUID(int=rnd.getrandbits(128)))
    return rnd.choice(['%d' % invn, 'W%d' % invn, 'POS-%d' % invn, str(uuid.UUID(int=rnd.getrandbits(128)))[:8]])


def order_lines(rnd, m, names, codes):
    """One order's product lines (and a line of no product, sometimes), each with its truth."""
    lines, used = [], set()
    for _ in range(rnd.randint(1, 5)):
        nm = rnd.choice(names)
        if nm in used:
            continue
        used.add(nm)
        q = rnd.choice([1, 1, 2, 3, 4, 6, 12, 24])
        if m['thou'] and m['thou_qty'] and rnd.random() < 0.03:
            q = rnd.choice([1200, 2500])
        pr = round(rnd.choice([0.85, 1.25, 2.1, 3.75, 4.95, 7.5, 12.0, 19.99, 45.0]) * rnd.choice([1, 1, 1, 3]), 2)
        if m['thou'] and rnd.random() < 0.05:
            pr = 1234.5
        kept, why = True, 'sale'
        if m['zero_qty'] and rnd.random() < 0.05:
            q, kept, why = 0, False, 'zero qty'
        emptycode = (m['itemmode'] == 'code_emptysome' and rnd.random() < 0.15) or \
                    (m['itemmode'] == 'code_sparse' and rnd.random() < 0.95)
        lines.append(dict(code='' if emptycode else codes[nm], desc=nm, qty=q, price=pr, kept=kept, why=why,
                          item=nm if (emptycode or m['itemmode'] == 'desc_only') else codes[nm]))
    if rnd.random() < m['p_nonprod']:
        coded = m['itemmode'] == 'code'
        name = rnd.choice(NONPROD)   # drawn for a coded file too: the t36/t38 corpora's sequence
        lines.append(dict(code='POST' if coded else '', desc='POSTAGE' if coded else name,
                          qty=1, price=rnd.choice([3.5, 5.0, 25.0]), kept=False, why='nonproduct', item=None))
    return lines


def drop(lines, why):
    for L in lines:
        L['kept'] = False
        L['why'] = why


def make_rows(rnd, m, names, codes, custs):
    """The file's lines in order: (fields, line truth, invoice, customer)."""
    slang = m['lang'] if m['lang'] in STATUS_OK else 'en'
    fmt = m['datefmt']
    rows = []
    invn = 536365
    start = datetime.datetime(2023, 1, 3, 9, 0)
    norders = rnd.randint(6, 30) if m['small'] else rnd.randint(20, 120)
    for _ in range(norders):
        invn += rnd.randint(1, 3)
        inv = invoice_id(rnd, m['invform'], invn)
        cust = rnd.choice(custs)
        placeholder = False
        if rnd.random() < m['p_placeholder'] and not m['grouped']:
            cust = '' if m['sort_guests_first'] else rnd.choice(PLACEHOLDERS)
            placeholder = True
        dt = start + datetime.timedelta(days=rnd.randint(0, 300), minutes=rnd.randint(0, 600))
        country = rnd.choice(COUNTRIES)
        status_bad = m['use_status'] and rnd.random() < 0.1
        status = rnd.choice(STATUS_BAD[slang] if status_bad else STATUS_OK[slang])
        lines = order_lines(rnd, m, names, codes)
        tval = TYPE_SALE[slang]
        if m['use_type'] and rnd.random() < 0.1:
            tval = TYPE_RET[slang]
            drop(lines, 'return doc')
        if placeholder:
            drop(lines, 'placeholder')
        if status_bad:
            drop(lines, 'status')
        for li, L in enumerate(lines):
            r = dict(inv=inv, user=cust, date=dt.strftime(fmt), status=status, type=tval, item=L['code'],
                     desc=L['desc'], qty=L['qty'], price=L['price'],
                     country='' if m['sparse_country'] and rnd.random() < 0.3 else country)
            if m['grouped'] and li > 0:
                r.update(inv='', user='', date='', country='')
            rows.append((r, L, inv, cust))
        if m['subtotals'] and rnd.random() < 0.3:
            r = dict(inv='', user='', date='', country='', status='', type='', item='', desc='Subtotal', qty='',
                     price=sum(L['qty'] * L['price'] for L in lines))
            rows.append((r, dict(kept=False, why='subtotal', qty=0, price=0, item=None), None, None))
        if m['cancels'] and rnd.random() < 0.15:
            cinv = 'C' + inv if m['invform'] == 'num' else 'C%d' % (invn - 516000 + 900000)
            L0 = lines[0]
            r = dict(inv=cinv, user=cust, date=(dt + datetime.timedelta(days=2)).strftime(fmt), country=country,
                     status=status, type=tval, item=L0['code'], desc=L0['desc'], qty=-max(1, L0['qty']),
                     price=L0['price'])
            rows.append((r, dict(kept=False, why='cancellation', qty=-1, price=0, item=None), cinv, cust))
    if m['sort_guests_first']:
        rows.sort(key=lambda t: (t[3] is not None and t[3] != '', str(t[3])))
    return rows


def settle_empty_codes(rows, m, hdr):
    """A code-less line whose description does not name items is rejected (man: item)."""
    if m['itemmode'] not in ('code_emptysome', 'code_sparse') or not m['use_desc']:
        return
    if any(h in ITEM_NAME_HEADERS for h in hdr):
        m['empty_codes'] = 'named by the description'
        return
    if all(r['item'] == '' for r, _, _, _ in rows[:FIRST_LINES]):
        m['empty_codes'] = 'named: the code empty on the first lines'
        return
    m['empty_codes'] = 'rejected'
    for r, L, _, _ in rows:
        if r['item'] == '' and L.get('item') is not None and L['kept']:
            L['kept'] = False
            L['why'] = 'empty code'


def extra_cell(rnd, m, r):
    """The unused column's value on line r."""
    u = m['unused']
    if u == 'weight':
        return ('%.2f' % rnd.choice([0.25, 1.5, 0.75])).replace('.', m['dec'])
    if u == 'group':
        return rnd.choice(['10.10', '20.30', '10.20'])
    if u == 'notes':
        return rnd.choice(['', '', 'gift wrap', 'call before delivery', 'Total 2 boxes'])
    if u == 'ctype':
        if not r['user']:
            return rnd.choice(['Retail', 'Wholesale', 'VIP'])
        return 'Retail' if sum(map(ord, r['user'])) % 3 else 'Wholesale'
    if u == 'ptype':
        return 'Mugs' if 'Mug' in r['desc'] else ('Textiles' if len(r['desc']) % 2 else 'Decor')
    if u == 'category':
        return ['Kitchen', 'Home', 'Gifts'][len(r['desc']) % 3]
    if u == 'payment':
        return rnd.choice(['Cash', 'Card', 'Credit Card', 'PayPal'])
    if u == 'postcode':
        return rnd.choice(['10115', '80331', '20095', '50667'])
    if r['qty'] == '' or r['price'] == '':   # amount
        return ''
    return fmt_num(r['qty'] * r['price'], m['dec'], m['thou'], None)


def write_csv(rnd, m, cols, hdr, rows, path):
    def cell(c, r):
        if c == 'extra':
            return extra_cell(rnd, m, r)
        v = r[c]
        if c == 'qty':
            return '' if v == '' else fmt_num(v, m['dec'], m['thou'], None, qty=True)
        if c == 'price':
            return fmt_num(v, m['dec'], m['thou'], m['cur'])
        return str(v)

    def quote(s):
        if m['quote_all'] or m['sep'] in s or '"' in s or '\n' in s:
            return '"' + s.replace('"', '""') + '"'
        return s
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(m['sep'].join(quote(h) for h in hdr) + '\n')
        for r, _, _, _ in rows:
            f.write(m['sep'].join(quote(cell(c, r)) for c in cols) + '\n')


def truth_of(rows):
    kept = [(L, inv, cust) for (_, L, inv, cust) in rows if L['kept']]
    return dict(kept=len(kept),
                customers=len({c.lower() if '@' in c else c for _, _, c in kept}),
                items=len({L['item'] for L, _, _ in kept}),
                invoices=len({i for _, i, _ in kept}),
                quantity=sum(L['qty'] for L, _, _ in kept),
                spend=round(sum(L['qty'] * L['price'] for L, _, _ in kept), 2),
                lines=len(rows))


def gen_file(rnd, base, v2=False, small=False):
    m = choose_layout(rnd, v2)
    m['small'] = small
    names, codes, custs = make_catalogue(rnd, m)
    cols, hdr = make_header(rnd, m, HEADERS[m['lang']])
    m['header'] = hdr
    rows = make_rows(rnd, m, names, codes, custs)
    settle_empty_codes(rows, m, hdr)
    m['reasons'] = dict(Counter(L['why'] for _, L, _, _ in rows))
    m['big_quantities'] = sum(1 for _, L, _, _ in rows if abs(L['qty']) >= 1000)
    write_csv(rnd, m, cols, hdr, rows, base + '.csv')
    with open(base + '.truth.json', 'w', encoding='utf-8') as f:
        json.dump(dict(truth=truth_of(rows), meta=m), f, ensure_ascii=False)


def main(argv):
    flags = [a for a in argv if a.startswith('--')]
    args = [a for a in argv if not a.startswith('--')]
    if len(args) == 4 and args[3] == 'v2':
        flags.append('--v2')
        args = args[:3]
    if len(args) != 3 or set(flags) - {'--v2', '--small'}:
        sys.stderr.write('usage: gen.py [--small] [--v2] OUTDIR N SEED\n')
        return 2
    out, n, seed = args[0], int(args[1]), int(args[2])
    os.makedirs(out, exist_ok=True)
    for k in range(n):
        rnd = random.Random(seed * 100003 + k)
        gen_file(rnd, os.path.join(out, 'f%03d' % k), v2='--v2' in flags, small='--small' in flags)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
