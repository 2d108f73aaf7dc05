from g2 import *
def invs(skipnp=True):
    d={}
    for r in B:
        if skipnp and isnp(r): continue
        d.setdefault(r['inv'],[]).append(r)
    return d
# ---- Magento 2 sales_order_item joined report: configurable parent + simple child rows; statuses ----
def magento():
    h=['increment_id','created_at','status','customer_id','customer_email','customer_is_guest','item_id','parent_item_id','product_type','sku','name','qty_ordered','qty_refunded','qty_canceled','price','base_price','row_total','tax_amount','discount_amount']
    out=[h]; iid=1; n=0
    for inv,rs in invs().items():
        n+=1
        canc=inv.startswith('C')
        st='canceled' if canc else ('closed' if n%19==0 else ('pending' if n%29==0 else 'complete'))
        # Magento: pending = placed, not paid yet; we count it (README keeps statuses other than never bought)
        for r in rs:
            c=r['cust']; q=abs(r['qty'])
            conf = (zlib.crc32(r['code'].encode())%4==0)
            base=['1'+inv.lstrip('C').zfill(8),r['date'].strftime('%Y-%m-%d %H:%M:%S'),st,c if c else '\\N' if False else c,email(c) if c else 'guest%d@mail.com'%n,'0' if c else '1']
            if conf:
                pid=iid
                out.append(base+[str(iid),'','configurable',r['code'],r['desc'],'%.4f'%q,'%.4f'%(q if st=='closed' else 0),'%.4f'%(q if canc else 0),'%.4f'%r['price'],'%.4f'%r['price'],'%.4f'%(q*r['price']),'%.4f'%(q*r['price']*.2),'0.0000']); iid+=1
                out.append(base+[str(iid),str(pid),'simple',r['code'],r['desc']+' - Default','%.4f'%q,'%.4f'%(q if st=='closed' else 0),'%.4f'%(q if canc else 0),'0.0000','0.0000','0.0000','0.0000','0.0000']); iid+=1
            else:
                out.append(base+[str(iid),'','simple',r['code'],r['desc'],'%.4f'%q,'%.4f'%(q if st=='closed' else 0),'%.4f'%(q if canc else 0),'%.4f'%r['price'],'%.4f'%r['price'],'%.4f'%(q*r['price']),'%.4f'%(q*r['price']*.2),'0.0000']); iid+=1
    W('magento2_order_items.csv',csvtext(out))
    rows=[]
    for r in rd('magento2_order_items.csv'):
        if r['parent_item_id']: continue   # child of a configurable: the parent row holds the sale
        rows.append(dict(cust=r['customer_id'],item=r['sku'],inv=r['increment_id'],qty=float(r['qty_ordered']),price=float(r['price']),date=dt.datetime.fromisoformat(r['created_at']),drop='canceled' if r['status']=='canceled' else None))
    return truth.stats(rows,'magento2_order_items','python3 csv: child rows (parent_item_id set, price 0) skipped; customer=customer_id (guest: empty), invoice=increment_id, item=sku, qty=qty_ordered, price=price; status canceled dropped; closed (refunded) and pending kept as README keeps refunded orders')
# ---- PrestaShop order detail export (semicolon, decimal point, tax incl/excl) ----
PID={}
def presta():
    h=['id_order','reference','date_add','id_customer','customer_email','product_id','product_reference','product_name','product_quantity','unit_price_tax_incl','unit_price_tax_excl','total_price_tax_incl','total_price_tax_excl','current_state']
    out=[h]; n=0
    for inv,rs in invs().items():
        n+=1; canc=inv.startswith('C')
        ref=''.join(chr(65+(zlib.crc32((inv+str(i)).encode())%26)) for i in range(9))
        for r in rs:
            q=abs(r['qty']); c=r['cust']
            out.append([inv.lstrip('C'),ref,r['date'].strftime('%Y-%m-%d %H:%M:%S'),c if c else '0',email(c) if c else '',str(PID.setdefault(r['code'],len(PID)+1)),r['code'],r['desc'],str(q),'%.6f'%(r['price']*1.2),'%.6f'%r['price'],'%.6f'%(q*r['price']*1.2),'%.6f'%(q*r['price']),'Canceled' if canc else 'Delivered'])
    W('prestashop_order_detail.csv',csvtext(out,';'))
    rows=[]
    for r in rd('prestashop_order_detail.csv',';'):
        rows.append(dict(cust='' if r['id_customer']=='0' else r['id_customer'],item=r['product_reference'],inv=r['id_order'],qty=float(r['product_quantity']),price=float(r['unit_price_tax_excl']),date=dt.datetime.fromisoformat(r['date_add']),drop='c' if r['current_state']=='Canceled' else None))
    return truth.stats(rows,'prestashop_order_detail','python3 csv ; : customer=id_customer (0 = none), item=product_reference, invoice=id_order, qty=product_quantity, price=unit_price_tax_excl (net); Canceled dropped. NOTE ids of cancelled orders reuse the number without C (PrestaShop has no C); spend net of VAT (gross would be x1.2)')
# ---- Etsy Sold Order Items ----
def etsy():
    h=['Sale Date','Item Name','Buyer','Quantity','Price','Coupon Code','Coupon Details','Discount Amount','Delivery Discount','Order Delivery','Order Sales Tax','Item Total','Currency','Transaction ID','Listing ID','Date Paid','Date Posted','Ship Name','Ship Address1','Ship City','Ship State','Ship Zipcode','Ship Country','Order ID','Variations','Order Type','Listings Type','Payment Type','InPerson Discount','InPerson Location','VAT Paid by Buyer','SKU']
    out=[h]
    for inv,rs in invs().items():
        if inv.startswith('C'): continue   # Etsy lists sold items only
        for r in rs:
            c=r['cust']
            d=r['date'].strftime('%m/%d/%y')
            out.append([d,r['desc'],('user'+c) if c else '',str(r['qty']),'%.2f'%r['price'],'','','0','0','0','0','%.2f'%(r['qty']*r['price']),'GBP',str(zlib.crc32((inv+r['code']).encode())),str(1000000+zlib.crc32(r['code'].encode())%10**8),d,d,'Name','Addr','City','','ZIP',r['country'],inv,'','online','listing','online_cc','','','0',r['code']])
    W('etsy_sold_order_items.csv',csvtext(out))
    rows=[]
    for r in rd('etsy_sold_order_items.csv'):
        rows.append(dict(cust=r['Buyer'],item=r['SKU'],inv=r['Order ID'],qty=float(r['Quantity']),price=float(r['Price']),date=dt.datetime.strptime(r['Sale Date'],'%m/%d/%y')))
    return truth.stats(rows,'etsy_sold_order_items','python3 csv: customer=Buyer (empty=guest), item=SKU, invoice=Order ID, Price unit; MM/DD/YY')
