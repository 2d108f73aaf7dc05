from g15 import *
def woo_ship():
    # Shop invoice lines as exported from an accounting app fed by WooCommerce: a shipping-method line on every order
    h=['Invoice Number','Invoice Date','Customer ID','SKU','Item Name','Quantity','Unit Price']
    out=[h]
    for inv,rs in invs().items():
        for r in rs: out.append([inv,r['date'].strftime('%Y-%m-%d'),r['cust'],r['code'],r['desc'],str(r['qty']),'%.2f'%r['price']])
        if inv.startswith('C'): continue
        k=zlib.crc32(inv.encode())%3
        code,desc,p=[('SHIP-STD','Standard Shipping',4.99),('SHIP-EXP','Express Delivery',9.99),('SHIP-FREE','Free Shipping',0.0)][k]
        out.append([inv,rs[0]['date'].strftime('%Y-%m-%d'),rs[0]['cust'],code,desc,'1','%.2f'%p])
    W('woo_shipping_lines.csv',csvtext(out))
    rows=[dict(cust=r['Customer ID'],item=r['SKU'],inv=r['Invoice Number'],qty=float(r['Quantity']),price=float(r['Unit Price']),date=dt.datetime.fromisoformat(r['Invoice Date']),drop='shipping' if r['SKU'].startswith('SHIP-') else None) for r in rd('woo_shipping_lines.csv')]
    return truth.stats(rows,'woo_shipping_lines','python3 csv: SHIP-* lines (Standard Shipping / Express Delivery / Free Shipping, the shipping method WooCommerce writes as a line) are no product: dropped (README nonproduct rule: shipping, delivery)')
