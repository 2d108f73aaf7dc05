#!/usr/bin/env python3
"""Round-4 generator: one common truth of orders rendered as many platforms' own exports.
Usage: gen.py [PLATFORM...]   writes /tmp/t39/data/PLATFORM.csv and /tmp/t39/truth/PLATFORM.txt
Truth = the product lines of bought (not cancelled) orders of known customers; returns listed apart."""
import random, sys, datetime, json, os, csv, io

OUT = '/tmp/t39/data'; TR = '/tmp/t39/truth'

def core(seed, n_orders=300, price_scale=1.0, whole=False):
    r = random.Random(seed)
    custs = ['C%04d' % i for i in range(1, 61)]
    items = []
    for i in range(1, 41):
        p = round(r.uniform(2, 90) * price_scale, 0 if whole else 2)
        items.append(('SKU-%03d' % i, 'Product %d' % i, p))
    start = datetime.datetime(2023, 1, 3, 9, 0)
    orders = []
    for o in range(n_orders):
        d = start + datetime.timedelta(minutes=r.randint(0, 360 * 24 * 60))
        guest = r.random() < 0.07
        cancelled = r.random() < 0.06
        c = None if guest else r.choice(custs)
        lines = []
        for it in r.sample(items, r.randint(1, 4)):
            lines.append({'sku': it[0], 'name': it[1], 'price': it[2], 'qty': r.randint(1, 5)})
        orders.append({'no': 10001 + o, 'date': d, 'cust': c, 'cancelled': cancelled,
                       'lines': lines, 'ship': round((r.choice([0, 4.9, 9.9])) * price_scale, 0 if whole else 2),
                       'disc': r.random() < 0.15})
    orders.sort(key=lambda x: x['date'])
    for i, o in enumerate(orders):
        o['no'] = 10001 + i
    # returns: some bought orders get a return of one line later
    rets = []
    for o in orders:
        if not o['cancelled'] and o['cust'] and r.random() < 0.05:
            l = o['lines'][0]
            rets.append({'no': 90001 + len(rets), 'orig': o['no'], 'date': o['date'] + datetime.timedelta(days=5),
                         'cust': o['cust'], 'lines': [dict(l, qty=1)]})
    return orders, rets

def truth(name, orders, rets, extra=''):
    kept = [(o, l) for o in orders if not o['cancelled'] and o['cust'] for l in o['lines']]
    custs = {o['cust'] for o, l in kept}
    items = {l['sku'] for o, l in kept}
    invs = {o['no'] for o, l in kept}
    qty = sum(l['qty'] for o, l in kept)
    spend = sum(l['qty'] * l['price'] for o, l in kept)
    pairs = {(o['cust'], l['sku']) for o, l in kept}
    with open(f'{TR}/{name}.txt', 'w') as f:
        f.write(f'platform {name}\n')
        f.write(f'orders {len(orders)} (cancelled {sum(o["cancelled"] for o in orders)}, guest {sum(o["cust"] is None for o in orders)})\n')
        f.write(f'returns {len(rets)} (one unit each, of a bought line)\n')
        f.write(f'kept rows {len(kept)}\ncustomers {len(custs)}\nitems {len(items)}\ninvoices {len(invs)}\n')
        f.write(f'pairs {len(pairs)}\nquantity {qty}\nspend {spend:.2f}\n')
        f.write(f'first {min(o["date"] for o in orders)} last {max(o["date"] for o in orders)}\n')
        f.write('non-product lines: shipping, discount lines (where the format writes them)\n' + extra)

def write(name, header, rows, sep=',', enc='utf-8', bom=False, quoteall=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n', quoting=csv.QUOTE_ALL if quoteall else csv.QUOTE_MINIMAL)
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    data = buf.getvalue().encode(enc)
    if bom:
        data = '\ufeff'.encode(enc) + data if enc.startswith('utf') else data
    with open(f'{OUT}/{name}.csv', 'wb') as f:
        f.write(data)

# ---- number helpers
def dot_thousands(v):  # 1234567 -> 1.234.567 (VND, IDR)
    return f'{int(round(v)):,}'.replace(',', '.')
def comma_dec(v, nd=2, grp=''):
    s = f'{v:,.{nd}f}'
    return s.replace(',', '\x00').replace('.', ',').replace('\x00', grp)
def lakh(v):
    neg = v < 0; v = abs(v)
    s = f'{v:.2f}'; ip, fp = s.split('.')
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:]); head = head[:-2]
        if head: groups.insert(0, head)
        ip = ','.join(groups) + ',' + tail
    return ('-' if neg else '') + ip + '.' + fp
AR = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')

# ---------------------------------------------------------------- platforms
def kiotviet():
    """KiotViet 'Danh sách hóa đơn' chi tiết: UTF-8 BOM, dd/MM/yyyy HH:mm:ss, VND 1.234.000"""
    orders, rets = core(1, 320, price_scale=10000, whole=True)
    H = ['Mã hóa đơn', 'Thời gian', 'Mã khách hàng', 'Tên khách hàng', 'Điện thoại', 'Mã hàng', 'Tên hàng',
         'Số lượng', 'Đơn giá', 'Giảm giá', 'Thành tiền', 'Trạng thái', 'Ghi chú']
    rows = []
    for o in orders:
        for l in o['lines']:
            rows.append(['HD%06d' % o['no'], o['date'].strftime('%d/%m/%Y %H:%M:%S'),
                         o['cust'] and 'KH%s' % o['cust'][1:] or '', o['cust'] and 'Khách ' + o['cust'] or 'Khách lẻ',
                         '09%08d' % (int(o['cust'][1:]) * 7919) if o['cust'] else '',
                         l['sku'], 'Sản phẩm ' + l['name'][8:], str(l['qty']), dot_thousands(l['price']), '0',
                         dot_thousands(l['qty'] * l['price']), 'Đã hủy' if o['cancelled'] else 'Hoàn thành', ''])
    write('kiotviet', H, rows, bom=True)
    truth('kiotviet', orders, rets, 'guests: empty Mã khách hàng, Tên khách hàng "Khách lẻ"; cancelled: Trạng thái "Đã hủy"; no returns in this export\n')

def taobao():
    """Taobao/Tmall 宝贝报表 (order item report) joined w/ order status; GB18030, ¥"""
    orders, rets = core(2, 300, price_scale=7, whole=False)
    H = ['订单编号', '买家会员名', '订单创建时间', '商家编码', '宝贝标题', '购买数量', '价格', '订单状态', '运费']
    rows = []
    for o in orders:
        st = '交易关闭' if o['cancelled'] else '交易成功'
        for l in o['lines']:
            rows.append(['="%d"' % (3500000000000000000 + o['no'] * 7919), o['cust'] and 'tb_' + o['cust'].lower() or '',
                         o['date'].strftime('%Y-%m-%d %H:%M:%S'), l['sku'], '商品' + l['name'][8:], str(l['qty']),
                         '¥%.2f' % l['price'], st, '%.2f' % o['ship']])
    write('taobao', H, rows, enc='gb18030')
    truth('taobao', orders, rets, 'order ids ="…" 19-digit; guests (empty buyer) stand for accounts deleted; cancelled: 交易关闭\n')

def cafe24():
    """Cafe24 주문 목록 (order list), cp949, one line per 품목"""
    orders, rets = core(3, 300, price_scale=1000, whole=True)
    H = ['주문번호', '품목별 주문번호', '주문일시', '주문자ID', '주문자명', '상품코드', '상품명', '수량', '판매가', '배송비', '주문상태']
    rows = []
    for o in orders:
        for k, l in enumerate(o['lines']):
            st = '취소완료' if o['cancelled'] else '배송완료'
            rows.append(['%s-%07d' % (o['date'].strftime('%Y%m%d'), o['no']), '%s-%07d-%02d' % (o['date'].strftime('%Y%m%d'), o['no'], k + 1),
                         o['date'].strftime('%Y-%m-%d %H:%M:%S'), o['cust'] and o['cust'].lower() or '', o['cust'] and '고객' + o['cust'][1:] or '비회원',
                         'P0000' + l['sku'][4:], '상품 ' + l['name'][8:], str(l['qty']), '{:,}'.format(int(l['price'])),
                         '{:,}'.format(int(o['ship'])) if k == 0 else '0', st])
    write('cafe24', H, rows, enc='cp949')
    truth('cafe24', orders, rets, 'guests: empty 주문자ID (비회원); cancelled: 주문상태 취소완료; prices KRW with comma thousands\n')

def salla():
    """Salla order items export: Arabic headers, Arabic-Indic digits, ر.س"""
    orders, rets = core(4, 300, price_scale=1, whole=False)
    H = ['رقم الطلب', 'تاريخ الطلب', 'رقم العميل', 'اسم العميل', 'رمز المنتج', 'اسم المنتج', 'الكمية', 'سعر الوحدة', 'حالة الطلب']
    rows = []
    for o in orders:
        for l in o['lines']:
            st = 'ملغي' if o['cancelled'] else 'تم التوصيل'
            rows.append([str(o['no']).translate(AR), o['date'].strftime('%Y-%m-%d %H:%M').translate(AR),
                         o['cust'] and o['cust'] or '', o['cust'] and 'عميل' or 'زائر',
                         l['sku'], 'منتج ' + l['name'][8:], str(l['qty']).translate(AR),
                         ('%.2f' % l['price']).replace('.', '٫').translate(AR) + ' ر.س', st])
    write('salla', H, rows, bom=True)
    truth('salla', orders, rets, 'Arabic-Indic digits, Arabic decimal mark, ر.س; cancelled: ملغي\n')

def vyapar():
    """Vyapar / Tally-like item-wise sale report (India): dd/MM/yyyy, ₹ with lakh grouping; Sale Return rows"""
    orders, rets = core(5, 300, price_scale=900, whole=False)
    H = ['Date', 'Invoice No', 'Party Name', 'Item Code', 'Item Name', 'Quantity', 'Price/Unit', 'Amount', 'Transaction Type']
    rows = []
    allr = [(o['date'], 'S', o) for o in orders if not o['cancelled']] + [(x['date'], 'R', x) for x in rets]
    allr.sort(key=lambda x: x[0])
    for d, t, o in allr:
        for l in o['lines']:
            q = l['qty']
            rows.append([d.strftime('%d/%m/%Y'), ('%d' % o['no']), o['cust'] or 'Cash Sale', l['sku'], l['name'], str(q),
                         '₹ ' + lakh(l['price']), '₹ ' + lakh(q * l['price']), 'Sale' if t == 'S' else 'Sale Return'])
    write('vyapar', H, rows)
    truth('vyapar', [o for o in orders if not o['cancelled']], rets,
          'cancelled orders are not exported; "Cash Sale" is a walk-in (no customer); Sale Return rows are returns (positive qty!)\n')

def ozon():
    """Ozon 'Заказы FBS' posting export: ; sep, decimal comma, dd.mm.yyyy HH:MM:SS, statuses in Russian"""
    orders, rets = core(6, 300, price_scale=80, whole=False)
    H = ['Номер заказа', 'Номер отправления', 'Принят в обработку', 'Статус', 'Артикул', 'Название товара', 'Количество',
         'Ваша цена', 'Стоимость доставки', 'ID покупателя']
    rows = []
    for o in orders:
        for l in o['lines']:
            rows.append(['%d-%04d' % (30000000 + o['no'], 1), '%d-%04d-1' % (30000000 + o['no'], 1), o['date'].strftime('%d.%m.%Y %H:%M:%S'),
                         'Отменён' if o['cancelled'] else 'Доставлен', l['sku'], 'Товар ' + l['name'][8:], str(l['qty']),
                         comma_dec(l['price'], 2, ' '), '0', o['cust'] or ''])
    write('ozon', H, rows, sep=';')
    truth('ozon', orders, rets, 'cancelled: Статус Отменён; guests: empty ID покупателя\n')

def fortnox():
    """Fortnox fakturarader (sv): ; sep, decimal comma, Kreditfaktura negative qty"""
    orders, rets = core(7, 300, price_scale=10, whole=False)
    H = ['Fakturanummer', 'Fakturadatum', 'Kundnummer', 'Kundnamn', 'Artikelnummer', 'Benämning', 'Antal', 'À-pris', 'Rabatt %', 'Belopp', 'Makulerad']
    rows = []
    for o in orders:
        if not o['cust']:
            continue
        for l in o['lines']:
            rows.append([str(o['no']), o['date'].strftime('%Y-%m-%d'), o['cust'][1:], 'Kund ' + o['cust'], l['sku'], l['name'],
                         comma_dec(l['qty'], 2), comma_dec(l['price'], 2), '0', comma_dec(l['qty'] * l['price'], 2), 'Ja' if o['cancelled'] else 'Nej'])
        if o['ship']:
            rows.append([str(o['no']), o['date'].strftime('%Y-%m-%d'), o['cust'][1:], 'Kund ' + o['cust'], 'FRAKT', 'Frakt',
                         '1,00', comma_dec(o['ship'], 2), '0', comma_dec(o['ship'], 2), 'Ja' if o['cancelled'] else 'Nej'])
    for x in rets:
        for l in x['lines']:
            rows.append([str(x['no']), x['date'].strftime('%Y-%m-%d'), x['cust'][1:], 'Kund ' + x['cust'], l['sku'], l['name'],
                         comma_dec(-l['qty'], 2), comma_dec(l['price'], 2), '0', comma_dec(-l['qty'] * l['price'], 2), 'Nej'])
    write('fortnox', H, rows, sep=';', enc='cp1252')
    # guests are not in Fortnox (invoices need a customer)
    truth('fortnox', [o for o in orders if o['cust']], rets, 'Makulerad=Ja = voided invoice (cancelled); FRAKT = shipping; kreditfakturor have negative Antal; customer ids without the C\n')

def economic():
    """e-conomic (da) 'Salgsfakturalinjer': ; sep, decimal comma with dot thousands, dd-mm-yyyy, Kreditnota"""
    orders, rets = core(8, 300, price_scale=7, whole=False)
    H = ['Fakturanr.', 'Dato', 'Kundenr.', 'Kundenavn', 'Varenr.', 'Varenavn', 'Antal', 'Enhedspris', 'Rabat %', 'Beløb DKK', 'Type']
    rows = []
    for o in orders:
        if not o['cust'] or o['cancelled']:
            continue
        for l in o['lines']:
            rows.append([str(o['no']), o['date'].strftime('%d-%m-%Y'), o['cust'][1:], 'Kunde ' + o['cust'], l['sku'], l['name'],
                         comma_dec(l['qty'], 2, '.'), comma_dec(l['price'], 2, '.'), '0,00', comma_dec(l['qty'] * l['price'], 2, '.'), 'Faktura'])
        if o['ship']:
            rows.append([str(o['no']), o['date'].strftime('%d-%m-%Y'), o['cust'][1:], 'Kunde ' + o['cust'], 'FRAGT', 'Fragt',
                         '1,00', comma_dec(o['ship'], 2, '.'), '0,00', comma_dec(o['ship'], 2, '.'), 'Faktura'])
    for x in rets:
        for l in x['lines']:
            rows.append([str(x['no']), x['date'].strftime('%d-%m-%Y'), x['cust'][1:], 'Kunde ' + x['cust'], l['sku'], l['name'],
                         comma_dec(l['qty'], 2, '.'), comma_dec(l['price'], 2, '.'), '0,00', comma_dec(l['qty'] * l['price'], 2, '.'), 'Kreditnota'])
    write('economic', H, rows, sep=';', bom=True)
    truth('economic', [o for o in orders if o['cust'] and not o['cancelled']], rets,
          'Kreditnota rows are returns written with POSITIVE Antal (type column says credit note); FRAGT = shipping\n')

def exact():
    """Exact Online (nl) verkoopfactuurregels: , sep? Dutch exports use ; and decimal comma, dd-mm-yyyy"""
    orders, rets = core(9, 300, price_scale=3, whole=False)
    H = ['Factuurnummer', 'Factuurdatum', 'Debiteurcode', 'Debiteurnaam', 'Artikelcode', 'Omschrijving', 'Aantal', 'Prijs per eenheid', 'Kortingspercentage', 'Bedrag excl. btw', 'Btw-code']
    rows = []
    for o in orders:
        if not o['cust'] or o['cancelled']:
            continue
        for l in o['lines']:
            rows.append([str(o['no']), o['date'].strftime('%d-%m-%Y'), '     ' + o['cust'][1:], 'Klant ' + o['cust'], l['sku'], l['name'],
                         comma_dec(l['qty'], 2), comma_dec(l['price'], 2), '0', comma_dec(l['qty'] * l['price'], 2), '2'])
        if o['ship']:
            rows.append([str(o['no']), o['date'].strftime('%d-%m-%Y'), '     ' + o['cust'][1:], 'Klant ' + o['cust'], 'VERZ', 'Verzendkosten',
                         '1,00', comma_dec(o['ship'], 2), '0', comma_dec(o['ship'], 2), '2'])
    for x in rets:
        for l in x['lines']:
            rows.append([str(x['no']), x['date'].strftime('%d-%m-%Y'), '     ' + x['cust'][1:], 'Klant ' + x['cust'], l['sku'], l['name'],
                         comma_dec(-l['qty'], 2), comma_dec(l['price'], 2), '0', comma_dec(-l['qty'] * l['price'], 2), '2'])
    write('exact', H, rows, sep=';')
    truth('exact', [o for o in orders if o['cust'] and not o['cancelled']], rets, 'Debiteurcode right-aligned with 5 leading blanks as Exact writes it; VERZ=shipping; credit lines negative\n')

def holded():
    """Holded (es) líneas de factura: , sep, decimal comma quoted, dd/mm/yyyy, IVA column, rectificativas R-"""
    orders, rets = core(10, 300, price_scale=1, whole=False)
    H = ['Num', 'Fecha', 'Contacto', 'NIF', 'SKU', 'Producto', 'Unidades', 'Precio', 'Descuento', 'IVA', 'Subtotal', 'Total', 'Estado']
    rows = []
    for o in orders:
        if not o['cust']:
            continue
        for l in o['lines']:
            sub = l['qty'] * l['price']
            rows.append(['F2023-%04d' % (o['no'] - 10000), o['date'].strftime('%d/%m/%Y'), 'Cliente ' + o['cust'], 'B%08d' % int(o['cust'][1:]), l['sku'], l['name'],
                         str(l['qty']), comma_dec(l['price']), '0', '21%', comma_dec(sub), comma_dec(sub * 1.21), 'Anulada' if o['cancelled'] else 'Pagada'])
        if o['ship']:
            rows.append(['F2023-%04d' % (o['no'] - 10000), o['date'].strftime('%d/%m/%Y'), 'Cliente ' + o['cust'], 'B%08d' % int(o['cust'][1:]), '', 'Gastos de envío',
                         '1', comma_dec(o['ship']), '0', '21%', comma_dec(o['ship']), comma_dec(o['ship'] * 1.21), 'Anulada' if o['cancelled'] else 'Pagada'])
    for x in rets:
        for l in x['lines']:
            rows.append(['R2023-%04d' % (x['no'] - 90000), x['date'].strftime('%d/%m/%Y'), 'Cliente ' + x['cust'], 'B%08d' % int(x['cust'][1:]), l['sku'], l['name'],
                         str(-l['qty']), comma_dec(l['price']), '0', '21%', comma_dec(-l['qty'] * l['price']), comma_dec(-l['qty'] * l['price'] * 1.21), 'Pagada'])
    write('holded', H, rows)
    truth('holded', [o for o in orders if o['cust']], rets, 'Contacto is the customer (name); Anulada = cancelled; R-invoices are rectificativas (returns, negative Unidades); Gastos de envío shipping lines without SKU\n')

def fic():
    """Fatture in Cloud (it) righe documenti: ; sep, decimal comma, dd/mm/yyyy, Note di credito"""
    orders, rets = core(11, 300, price_scale=1, whole=False)
    H = ['Tipo documento', 'Numero', 'Data', 'Cliente', 'P.IVA/CF', 'Cod. prodotto', 'Descrizione', 'Quantità', 'Prezzo netto', 'Sconto %', 'Aliquota IVA', 'Importo netto']
    rows = []
    for o in orders:
        if not o['cust'] or o['cancelled']:
            continue
        for l in o['lines']:
            rows.append(['Fattura', '%d/2023' % (o['no'] - 10000), o['date'].strftime('%d/%m/%Y'), 'Cliente ' + o['cust'], 'IT%011d' % int(o['cust'][1:]), l['sku'], l['name'],
                         comma_dec(l['qty'], 0), comma_dec(l['price']), '', '22', comma_dec(l['qty'] * l['price'])])
        if o['ship']:
            rows.append(['Fattura', '%d/2023' % (o['no'] - 10000), o['date'].strftime('%d/%m/%Y'), 'Cliente ' + o['cust'], 'IT%011d' % int(o['cust'][1:]), '', 'Spese di spedizione',
                         '1', comma_dec(o['ship']), '', '22', comma_dec(o['ship'])])
    for x in rets:
        for l in x['lines']:
            rows.append(['Nota di credito', '%d/2023' % (x['no'] - 90000), x['date'].strftime('%d/%m/%Y'), 'Cliente ' + x['cust'], 'IT%011d' % int(x['cust'][1:]), l['sku'], l['name'],
                         comma_dec(l['qty'], 0), comma_dec(l['price']), '', '22', comma_dec(l['qty'] * l['price'])])
    write('fic', H, rows, sep=';', bom=True)
    truth('fic', [o for o in orders if o['cust'] and not o['cancelled']], rets, 'Numero "n/2023" restarts per type: Nota di credito 1/2023 is NOT Fattura 1/2023; credit notes positive qty\n')

def bling():
    """Bling (pt-BR) pedidos de venda itens: ; sep, decimal comma, dd/mm/yyyy, Situação Cancelado"""
    orders, rets = core(12, 300, price_scale=5, whole=False)
    H = ['Número', 'Data', 'Situação', 'ID contato', 'Contato', 'CPF/CNPJ', 'Código', 'Descrição', 'Quantidade', 'Valor unitário', 'Desconto', 'Frete', 'Total']
    rows = []
    for o in orders:
        for k, l in enumerate(o['lines']):
            rows.append([str(o['no']), o['date'].strftime('%d/%m/%Y'), 'Cancelado' if o['cancelled'] else 'Atendido',
                         o['cust'] and o['cust'][1:] or '', o['cust'] and 'Cliente ' + o['cust'] or 'Consumidor Final', '',
                         l['sku'], l['name'], comma_dec(l['qty'], 4), comma_dec(l['price'], 10), '0,00', comma_dec(o['ship']) if k == 0 else '0,00', comma_dec(l['qty'] * l['price'])])
    write('bling', H, rows, sep=';', enc='cp1252')
    truth('bling', orders, rets, 'Quantidade written with 4 decimals (1,0000), Valor unitário with 10 (Bling does); Consumidor Final = walk-in; Cancelado\n')

def cfdi():
    """Mexican CFDI 4.0 conceptos export (CONTPAQi-like): Tipo I/E, Estatus Vigente/Cancelado"""
    orders, rets = core(13, 300, price_scale=20, whole=False)
    H = ['UUID', 'Serie', 'Folio', 'Fecha', 'TipoDeComprobante', 'RfcReceptor', 'NombreReceptor', 'ClaveProdServ', 'NoIdentificacion', 'Cantidad', 'ClaveUnidad', 'Descripcion', 'ValorUnitario', 'Importe', 'Descuento', 'Estatus']
    rows = []
    import uuid
    rnd = random.Random(13)
    for o in orders:
        u = str(uuid.UUID(int=rnd.getrandbits(128))).upper()
        rfc = o['cust'] and 'XAXX%06d' % int(o['cust'][1:]) + 'AB1' or 'XAXX010101000'
        for l in o['lines']:
            rows.append([u, 'A', str(o['no']), o['date'].strftime('%Y-%m-%dT%H:%M:%S'), 'I', rfc, o['cust'] and 'CLIENTE ' + o['cust'] or 'PUBLICO EN GENERAL',
                         '53101600', l['sku'], '%.6f' % l['qty'], 'H87', l['name'], '%.6f' % l['price'], '%.6f' % (l['qty'] * l['price']), '0.00', 'Cancelado' if o['cancelled'] else 'Vigente'])
        if o['ship']:
            rows.append([u, 'A', str(o['no']), o['date'].strftime('%Y-%m-%dT%H:%M:%S'), 'I', rfc, o['cust'] and 'CLIENTE ' + o['cust'] or 'PUBLICO EN GENERAL',
                         '78102203', 'ENVIO', '1.000000', 'E48', 'Servicio de envío', '%.6f' % o['ship'], '%.6f' % o['ship'], '0.00', 'Cancelado' if o['cancelled'] else 'Vigente'])
    for x in rets:
        u = str(uuid.UUID(int=rnd.getrandbits(128))).upper()
        for l in x['lines']:
            rows.append([u, 'NC', str(x['no']), x['date'].strftime('%Y-%m-%dT%H:%M:%S'), 'E', 'XAXX%06dAB1' % int(x['cust'][1:]), 'CLIENTE ' + x['cust'],
                         '84111506', l['sku'], '%.6f' % l['qty'], 'H87', l['name'], '%.6f' % l['price'], '%.6f' % (l['qty'] * l['price']), '0.00', 'Vigente'])
    write('cfdi', H, rows)
    truth('cfdi', orders, rets, 'customer = RfcReceptor; XAXX010101000 = publico en general (guest RFC); TipoDeComprobante E = egreso (credit note, positive qty); Estatus Cancelado; ENVIO shipping\n')

def allegro():
    """Allegro (pl) sprzedaż: ; sep, decimal comma, zł, Anulowane"""
    orders, rets = core(14, 300, price_scale=4, whole=False)
    H = ['Numer zamówienia', 'Data zakupu', 'Login kupującego', 'Sygnatura', 'Nazwa oferty', 'Ilość', 'Cena', 'Status zamówienia']
    rows = []
    for o in orders:
        for l in o['lines']:
            rows.append(['%08x-%04x' % (o['no'] * 2654435761 % 2**32, o['no'] % 65536), o['date'].strftime('%d.%m.%Y %H:%M'), o['cust'] and 'kup_' + o['cust'] or '',
                         l['sku'], l['name'], str(l['qty']), comma_dec(l['price']) + ' zł', 'Anulowane' if o['cancelled'] else 'Wysłane'])
    write('allegro', H, rows, sep=';')
    truth('allegro', orders, rets, 'Login kupującego = customer; Anulowane = cancelled\n')

def wildberries():
    """Wildberries (ru) детализация продаж: ; sep, decimal comma, Тип документа Продажа/Возврат, ISO dates"""
    orders, rets = core(15, 300, price_scale=60, whole=False)
    H = ['№', 'Номер поставки', 'Предмет', 'Код номенклатуры', 'Бренд', 'Артикул поставщика', 'Название', 'Тип документа', 'Обоснование для оплаты', 'Дата заказа покупателем', 'Дата продажи', 'Кол-во', 'Цена розничная', 'Srid']
    rows = []; n = 0
    for o in orders:
        if o['cancelled']:
            continue
        for l in o['lines']:
            n += 1
            rows.append([str(n), '123', 'Кружки', str(100000 + int(l['sku'][4:])), 'Бренд', l['sku'], 'Товар ' + l['name'][8:], 'Продажа', 'Продажа',
                         o['date'].strftime('%Y-%m-%d'), (o['date'] + datetime.timedelta(days=3)).strftime('%Y-%m-%d'), str(l['qty']), comma_dec(l['price']), 'srid%d' % o['no']])
    for x in rets:
        for l in x['lines']:
            n += 1
            rows.append([str(n), '123', 'Кружки', str(100000 + int(l['sku'][4:])), 'Бренд', l['sku'], 'Товар ' + l['name'][8:], 'Возврат', 'Возврат',
                         x['date'].strftime('%Y-%m-%d'), x['date'].strftime('%Y-%m-%d'), str(l['qty']), comma_dec(l['price']), 'srid%d' % x['orig']])
    write('wildberries', H, rows, sep=';')
    truth('wildberries', [o for o in orders if not o['cancelled']], rets, 'WB gives NO buyer id: customer-less; Возврат = return with positive qty\n')

def shopify_bundles():
    """Shopify order export with a bundles app: parent line at the bundle price, components at 0.00; fields on first line only"""
    orders, rets = core(16, 300, price_scale=1, whole=False)
    H = ['Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency', 'Subtotal', 'Shipping',
         'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price',
         'Lineitem compare at price', 'Lineitem sku', 'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name',
         'Billing Country', 'Cancelled at', 'Refunded Amount', 'Vendor', 'Id', 'Tags', 'Lineitem discount']
    rows = []
    r = random.Random(16)
    extra = []
    for o in orders:
        lines = list(o['lines'])
        bundle = r.random() < 0.25
        bl = []
        if bundle:
            bq = r.randint(1, 2)
            bl = [('BNDL-GIFT', 'Gift Box Bundle', 39.00, bq)] + [('SKU-0%02d' % c, 'Gift Box Bundle - Product %d' % c, 0.0, bq) for c in (1, 2, 3)]
            extra.append((o, bq))
        alll = [(l['sku'], l['name'], l['price'], l['qty']) for l in lines] + bl
        sub = sum(p * q for _, _, p, q in alll)
        email = o['cust'] and o['cust'].lower() + '@example.com' or ''
        created = o['date'].strftime('%Y-%m-%d %H:%M:%S +0100')
        for k, (sku, nm, pr, q) in enumerate(alll):
            first = k == 0
            rows.append(['#%d' % o['no'], email, ('voided' if o['cancelled'] else 'paid') if first else '', created if first and not o['cancelled'] else '',
                         'fulfilled' if first else '', '', 'no' if first else '', 'EUR' if first else '', '%.2f' % sub if first else '', '%.2f' % o['ship'] if first else '',
                         '0.00' if first else '', '%.2f' % (sub + o['ship']) if first else '', '', '0.00' if first else '', 'Standard' if first else '', created, str(q), nm, '%.2f' % pr,
                         '', sku, 'true', 'true', 'fulfilled', 'Name %s' % o['cust'] if first else '', 'DE' if first else '', created if (first and o['cancelled']) else '',
                         '0.00' if first else '', 'Acme', str(5000000 + o['no']) if first else '', '', '0.00'])
    write('shopify_bundles', H, rows)
    truth('shopify_bundles', orders, rets, 'guests have empty Email; voided = cancelled. Bundle lines: %d orders hold BNDL-GIFT (price 39.00) + 3 components at 0.00 (SKU-001..003 as components); truth counts exclude bundle lines: relrec may keep the parent (a product) and should not count 0.00 components as purchases of those SKUs at price 0\n' % len(extra))

def woo_props():
    """WooCommerce order-items export with line-item meta (engraving) as JSON, with quotes, commas and newlines"""
    orders, rets = core(17, 300, price_scale=1, whole=False)
    H = ['Order ID', 'Order Date', 'Order Status', 'Customer User ID', 'Billing Email', 'SKU', 'Item Name', 'Quantity', 'Item Cost', 'Item Meta', 'Order Shipping']
    rows = []
    r = random.Random(17)
    for o in orders:
        for l in o['lines']:
            meta = ''
            if r.random() < 0.3:
                meta = json.dumps({'Engraving': 'For "%s",\nwith love; x' % (o['cust'] or 'you'), 'Font': 'Script, 12pt', '_reduced_stock': str(l['qty'])}, ensure_ascii=False)
            if r.random() < 0.03:
                meta = json.dumps({'_customily_design': 'data:image/png;base64,' + 'iVBORw0KGgo' * 600, 'Name': 'Anna'})
            rows.append([str(o['no']), o['date'].strftime('%Y-%m-%d %H:%M:%S'), 'wc-cancelled' if o['cancelled'] else 'wc-completed',
                         o['cust'] and o['cust'][1:] or '0', o['cust'] and o['cust'].lower() + '@example.com' or 'guest%d@example.org' % o['no'], l['sku'], l['name'],
                         str(l['qty']), '%.2f' % l['price'], meta, '%.2f' % o['ship']])
    write('woo_props', H, rows)
    truth('woo_props', orders, rets, 'Customer User ID 0 = guest; some Item Meta cells hold JSON with quotes/commas/newlines; ~3%% hold a >4096-byte design JSON (Customily-style)\n')

def generic(name, seed, H, rowf, sep=',', enc='utf-8', bom=False, scale=1.0, whole=False, keep_guest=True, keep_cancel=True, retf=None, note='', shipf=None):
    orders, rets = core(seed, 300, price_scale=scale, whole=whole)
    rows = []
    for o in orders:
        if (not keep_guest and not o['cust']) or (not keep_cancel and o['cancelled']):
            continue
        for k, l in enumerate(o['lines']):
            rows.append(rowf(o, l, k))
        if shipf and o['ship']:
            rows.append(shipf(o))
    if retf:
        for x in rets:
            for l in x['lines']:
                rows.append(retf(x, l))
    write(name, H, rows, sep=sep, enc=enc, bom=bom)
    truth(name, [o for o in orders if (keep_guest or o['cust']) and (keep_cancel or not o['cancelled'])], rets if retf else [], note)

def tripletex():
    """Tripletex (no) fakturalinjer: ; sep, decimal comma, dd.mm.yyyy"""
    generic('tripletex', 18, ['Fakturanummer', 'Fakturadato', 'Kundenummer', 'Kundenavn', 'Produktnummer', 'Produktnavn', 'Antall', 'Enhetspris eks. mva', 'Rabatt', 'Sum eks. mva', 'Kreditnota'],
            lambda o, l, k: [str(o['no']), o['date'].strftime('%d.%m.%Y'), o['cust'][1:], 'Kunde', l['sku'], l['name'], comma_dec(l['qty'], 2), comma_dec(l['price'], 2), '0,00', comma_dec(l['qty'] * l['price']), 'Nei'],
            sep=';', enc='cp1252', scale=10, keep_guest=False, keep_cancel=False,
            retf=lambda x, l: [str(x['no']), x['date'].strftime('%d.%m.%Y'), x['cust'][1:], 'Kunde', l['sku'], l['name'], comma_dec(-l['qty'], 2), comma_dec(l['price'], 2), '0,00', comma_dec(-l['qty'] * l['price']), 'Ja'],
            shipf=lambda o: [str(o['no']), o['date'].strftime('%d.%m.%Y'), o['cust'][1:], 'Kunde', '9001', 'Frakt', '1,00', comma_dec(o['ship']), '0,00', comma_dec(o['ship']), 'Nei'],
            note='credit-note lines negative Antall (Kreditnota=Ja); 9001 Frakt = shipping\n')

def sellsy():
    """Sellsy (fr) lignes de factures: ; sep, decimal comma, dd/mm/yyyy, HT/TVA/TTC"""
    generic('sellsy', 19, ['Numéro', 'Date', 'Client', 'Référence', 'Désignation', 'Quantité', 'Prix unitaire HT', 'Remise', 'Taux TVA', 'Total HT', 'Total TTC', 'Statut'],
            lambda o, l, k: ['F-2023-%05d' % o['no'], o['date'].strftime('%d/%m/%Y'), o['cust'] or '', l['sku'], l['name'], comma_dec(l['qty'], 2), comma_dec(l['price']), '0', '20,00 %', comma_dec(l['qty'] * l['price']), comma_dec(l['qty'] * l['price'] * 1.2), 'Annulée' if o['cancelled'] else 'Payée'],
            sep=';', bom=True, keep_guest=False,
            retf=lambda x, l: ['A-2023-%05d' % x['no'], x['date'].strftime('%d/%m/%Y'), x['cust'], l['sku'], l['name'], comma_dec(-l['qty'], 2), comma_dec(l['price']), '0', '20,00 %', comma_dec(-l['qty'] * l['price']), comma_dec(-l['qty'] * l['price'] * 1.2), 'Payée'],
            shipf=lambda o: ['F-2023-%05d' % o['no'], o['date'].strftime('%d/%m/%Y'), o['cust'] or '', 'PORT', 'Frais de port', '1,00', comma_dec(o['ship']), '0', '20,00 %', comma_dec(o['ship']), comma_dec(o['ship'] * 1.2), 'Annulée' if o['cancelled'] else 'Payée'],
            note='A- avoirs (credit notes) negative; Annulée cancelled; PORT = shipping; Client is a name-like id\n')

def alegra():
    """Alegra (es-CO) ventas por ítem: , sep, COP with $ and dot thousands (no decimals), d/m/yyyy"""
    generic('alegra', 20, ['Número', 'Fecha', 'Cliente', 'Identificación', 'Referencia', 'Ítem', 'Cantidad', 'Precio', 'Descuento', 'Impuesto', 'Total', 'Estado'],
            lambda o, l, k: ['FV-%d' % o['no'], o['date'].strftime('%d/%m/%Y'), o['cust'] and 'Cliente ' + o['cust'] or 'Consumidor final', o['cust'] and '10%08d' % int(o['cust'][1:]) or '222222222222', l['sku'], l['name'], str(l['qty']), '$ ' + dot_thousands(l['price']), '0', 'IVA (19%)', '$ ' + dot_thousands(l['qty'] * l['price'] * 1.19), 'Anulada' if o['cancelled'] else 'Cobrada'],
            scale=5000, whole=True,
            retf=lambda x, l: ['NC-%d' % x['no'], x['date'].strftime('%d/%m/%Y'), 'Cliente ' + x['cust'], '10%08d' % int(x['cust'][1:]), l['sku'], l['name'], str(-l['qty']), '$ ' + dot_thousands(l['price']), '0', 'IVA (19%)', '$ ' + dot_thousands(-l['qty'] * l['price'] * 1.19), 'Cobrada'],
            note='Identificación 222222222222 = consumidor final (DIAN generic id, a guest); NC- notas crédito negative; Anulada cancelled\n')

def flipkart():
    """Flipkart seller orders report: OD ids, ORDER_ITEM_ID, statuses DELIVERED/CANCELLED/RETURNED, INR"""
    generic('flipkart', 21, ['Order Id', 'Order Item ID', 'Order Date', 'Order Status', 'FSN', 'SKU', 'Product Title', 'Quantity', 'Selling Price Per Item (INR)', 'Invoice Amount', 'Buyer Id'],
            lambda o, l, k: ['OD%018d' % (o['no'] * 7777), str(200000000000000 + o['no'] * 10 + k), o['date'].strftime('%b %d, %Y %H:%M:%S'), 'CANCELLED' if o['cancelled'] else 'DELIVERED', 'FSN' + l['sku'][4:], l['sku'], l['name'], str(l['qty']), lakh(l['price']), lakh(l['qty'] * l['price']), o['cust'] or ''],
            scale=300, note='Order Id OD…; Order Item ID is per line (not the invoice); CANCELLED\n')

def jumia():
    """Jumia seller center orders (KE): KSh prices, Status delivered/canceled/returned/failed"""
    generic('jumia', 22, ['Order Number', 'Order Item Id', 'Created at', 'Seller SKU', 'Shop SKU', 'Name', 'Unit Price', 'Customer Email', 'Status'],
            lambda o, l, k: [str(300000000 + o['no']), str(900000000 + o['no'] * 10 + k), o['date'].strftime('%Y-%m-%d %H:%M:%S'), l['sku'], 'JU%07d' % int(l['sku'][4:]), l['name'], 'KSh %s' % f"{l['price']:,.2f}", o['cust'] and o['cust'].lower() + '@mail.ke' or '', 'canceled' if o['cancelled'] else 'delivered'],
            scale=100, note='NO quantity column: this file writes one row per order line (truth quantity counts units, so relrec quantity = kept rows is expected)\n')

def kaspi():
    """Kaspi.kz orders: ; sep, dd.mm.yyyy, tenge with NBSP thousands and ₸, Статус Выдан/Отменен"""
    generic('kaspi', 23, ['№ заказа', 'Дата', 'Статус', 'Покупатель', 'Артикул', 'Название в системе продавца', 'Количество', 'Цена за единицу', 'Сумма'],
            lambda o, l, k: [str(500000000 + o['no']), o['date'].strftime('%d.%m.%Y'), 'Отменен' if o['cancelled'] else 'Выдан', o['cust'] and '+7 701 %03d %04d' % (int(o['cust'][1:]), 1234) or '', l['sku'], l['name'], str(l['qty']), f"{int(l['price']):,}".replace(',', '\u00a0') + ' ₸', f"{int(l['price']) * l['qty']:,}".replace(',', '\u00a0') + ' ₸'],
            sep=';', scale=500, whole=True, note='customer = phone; Отменен cancelled; tenge with NBSP groups\n')

def naver():
    """Naver Smartstore 주문조회 엑셀 → CSV (UTF-8 BOM), 구매확정/취소완료/반품완료"""
    generic('naver', 24, ['상품주문번호', '주문번호', '결제일', '주문상태', '구매자ID', '구매자명', '상품번호', '상품명', '수량', '상품가격', '배송비 합계'],
            lambda o, l, k: ['2023%012d' % (o['no'] * 100 + k), '2023%012d' % o['no'], o['date'].strftime('%Y.%m.%d %H:%M:%S'), '취소완료' if o['cancelled'] else '구매확정', o['cust'] and o['cust'].lower() + '****' or '', '고객', l['sku'][4:], l['name'], str(l['qty']), str(int(l['price'])), str(int(o['ship'])) if k == 0 else '0'],
            bom=True, scale=1000, whole=True, note='구매자ID masked (abc****); 상품주문번호 per line, 주문번호 the order; 취소완료 cancelled\n')

def youzan():
    """Youzan 有赞 订单导出 (UTF-8 BOM), ¥, 订单状态 交易成功/已关闭"""
    generic('youzan', 25, ['订单号', '下单时间', '订单状态', '买家ID', '商品编码', '商品名称', '商品数量', '商品单价', '运费'],
            lambda o, l, k: ['E2023%014d' % o['no'], o['date'].strftime('%Y-%m-%d %H:%M:%S'), '已关闭' if o['cancelled'] else '交易成功', o['cust'] or '', l['sku'], '商品' + l['sku'][4:], str(l['qty']), '¥%.2f' % l['price'], '%.2f' % o['ship']],
            bom=True, scale=7, note='已关闭 cancelled\n')

def idosell():
    """IdoSell (pl) zamówienia: ; sep, decimal comma, Status anulowane/zrealizowane"""
    generic('idosell', 26, ['Numer zamówienia', 'Data złożenia', 'Status', 'ID klienta', 'Kod produktu', 'Nazwa produktu', 'Ilość', 'Cena brutto', 'Waluta'],
            lambda o, l, k: [str(o['no']), o['date'].strftime('%Y-%m-%d %H:%M:%S'), 'anulowane' if o['cancelled'] else 'zrealizowane', o['cust'] and o['cust'][1:] or '', l['sku'], l['name'], str(l['qty']), comma_dec(l['price']), 'PLN'],
            sep=';', scale=4, note='anulowane cancelled\n')

def matrixify():
    """Shopify Plus order export via Matrixify (Excelify): one row per Line: Type (Line Item, Discount, Shipping Line,
    Transaction, Fulfillment Line, Refund Line), Line: Properties with engraving text (multi-line)"""
    orders, rets = core(27, 300, price_scale=1)
    retmap = {}
    for x in rets:
        retmap.setdefault(x['orig'], []).append(x)
    H = ['ID', 'Name', 'Command', 'Created At', 'Cancelled At', 'Financial: Status', 'Customer: ID', 'Customer: Email', 'Line: Type', 'Line: ID',
         'Line: SKU', 'Line: Title', 'Line: Quantity', 'Line: Price', 'Line: Discount', 'Line: Properties', 'Refund: Created At', 'Transaction: Kind', 'Transaction: Amount']
    rows = []
    r = random.Random(27)
    for o in orders:
        base = [str(4400000000000 + o['no']), '#%d' % o['no'], 'MERGE', o['date'].strftime('%Y-%m-%d %H:%M:%S +0100'),
                o['date'].strftime('%Y-%m-%d %H:%M:%S +0100') if o['cancelled'] else '', 'voided' if o['cancelled'] else 'paid',
                o['cust'] and str(6000000000 + int(o['cust'][1:])) or '', o['cust'] and o['cust'].lower() + '@example.com' or '']
        for k, l in enumerate(o['lines']):
            props = 'Engraving: For Anna,\nlove "Mum"\nFont: Script' if r.random() < 0.2 else ''
            rows.append(base + ['Line Item', str(11000000 + o['no'] * 10 + k), l['sku'], l['name'], str(l['qty']), '%.2f' % l['price'], '0.00', props, '', '', ''])
        if o['disc']:
            rows.append(base + ['Discount', '', '', 'WELCOME10', '', '-5.00', '', '', '', '', ''])
        if o['ship']:
            rows.append(base + ['Shipping Line', '', '', 'Standard Shipping', '1', '%.2f' % o['ship'], '', '', '', '', ''])
        if not o['cancelled']:
            tot = sum(l['qty'] * l['price'] for l in o['lines']) + o['ship']
            rows.append(base + ['Transaction', '', '', 'shopify_payments', '', '', '', '', '', 'sale', '%.2f' % tot])
            for k, l in enumerate(o['lines']):
                rows.append(base + ['Fulfillment Line', str(11000000 + o['no'] * 10 + k), l['sku'], l['name'], str(l['qty']), '', '', '', '', '', ''])
        for x in retmap.get(o['no'], []):
            for l in x['lines']:
                rows.append(base + ['Refund Line', '', l['sku'], l['name'], str(l['qty']), '%.2f' % l['price'], '', '', x['date'].strftime('%Y-%m-%d %H:%M:%S +0100'), '', ''])
    write('matrixify', H, rows)
    truth('matrixify', orders, rets, 'only Line: Type = Line Item rows are purchases; Fulfillment Line rows repeat them; Refund Line rows are returns (positive qty); Discount/Shipping Line/Transaction are not products\n')

def foodics():
    """Foodics (SA) order items export: English headers, Arabic product names, Status Done/Void/Returned, modifiers as rows"""
    orders, rets = core(28, 300, price_scale=1)
    H = ['Reference', 'Business Date', 'Opened At', 'Branch', 'Type', 'Status', 'Customer Name', 'Customer Phone', 'Product SKU', 'Product Name', 'Modifier', 'Quantity', 'Unit Price', 'Discount', 'Tax', 'Total Price']
    rows = []
    r = random.Random(28)
    for o in orders:
        st = 'Void' if o['cancelled'] else 'Done'
        phone = o['cust'] and '+9665%08d' % int(o['cust'][1:]) or ''
        for l in o['lines']:
            rows.append(['%05d' % o['no'], o['date'].strftime('%Y-%m-%d'), o['date'].strftime('%Y-%m-%d %H:%M:%S'), 'Riyadh', r.choice(['Dine In', 'Pick Up', 'Delivery']), st,
                         o['cust'] and 'عميل' or '', phone, l['sku'], 'منتج ' + l['sku'][4:], '', str(l['qty']), '%.2f' % l['price'], '0.00', '%.2f' % (l['qty'] * l['price'] * 0.15), '%.2f' % (l['qty'] * l['price'] * 1.15)])
            if r.random() < 0.2:
                rows.append(['%05d' % o['no'], o['date'].strftime('%Y-%m-%d'), o['date'].strftime('%Y-%m-%d %H:%M:%S'), 'Riyadh', 'Dine In', st,
                             o['cust'] and 'عميل' or '', phone, '', '', 'Extra Shot - شوت إضافي', str(l['qty']), '3.00', '0.00', '%.2f' % (l['qty'] * 0.45), '%.2f' % (l['qty'] * 3.45)])
    for x in rets:
        for l in x['lines']:
            rows.append(['R%05d' % x['no'], x['date'].strftime('%Y-%m-%d'), x['date'].strftime('%Y-%m-%d %H:%M:%S'), 'Riyadh', 'Pick Up', 'Returned',
                         'عميل', '+9665%08d' % int(x['cust'][1:]), l['sku'], 'منتج ' + l['sku'][4:], '', str(l['qty']), '%.2f' % l['price'], '0.00', '0.00', '%.2f' % (l['qty'] * l['price'])])
    write('foodics', H, rows)
    truth('foodics', orders, rets, 'Void = cancelled; Returned rows are returns with POSITIVE quantity; modifier rows (empty SKU, Modifier set) are not products\n')

PLAT = {k: v for k, v in globals().items() if callable(v) and v.__doc__ and k not in ('core', 'truth', 'write', 'dot_thousands', 'comma_dec', 'lakh', 'generic')}
if __name__ == '__main__':
    for p in (sys.argv[1:] or PLAT):
        PLAT[p]()
        print('wrote', p)
