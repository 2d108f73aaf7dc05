import zlib,csv,sys,io,gzip,datetime as dt,random
sys.path.insert(0,'/tmp/t64/gen'); import truth
random.seed(7)
B=[]
for r in csv.DictReader(open('/tmp/t64/base.csv')):
    B.append(dict(inv=r['InvoiceNo'],code=r['StockCode'],desc=r['Description'],qty=int(r['Quantity']),
      date=dt.datetime.strptime(r['InvoiceDate'],'%m/%d/%Y %H:%M'),price=float(r['UnitPrice']),cust=r['CustomerID'],country=r['Country']))
F='/tmp/t64/files/'
def W(name,text,enc='utf-8'):
    open(F+name,'wb').write(text.encode(enc) if isinstance(text,str) else text)
def csvtext(rows,delim=',',quoting=csv.QUOTE_MINIMAL,lt='\n'):
    s=io.StringIO(); w=csv.writer(s,delimiter=delim,quoting=quoting,lineterminator=lt); w.writerows(rows); return s.getvalue()
emails={}
def email(c):
    if c not in emails: emails[c]=f"cust{c}@example.{random.choice(['com','co.uk','de'])}"
    return emails[c]
def rd(name,delim=',',enc='utf-8'):
    return list(csv.DictReader(open(F+name,encoding=enc,newline=''),delimiter=delim))
done=[]
# ---------- 1 Amazon Seller Central order report (TSV): item-price is the LINE total ----------
def amazon():
    h=['amazon-order-id','merchant-order-id','purchase-date','last-updated-date','order-status','fulfillment-channel','sales-channel','order-channel','url','ship-service-level','product-name','sku','asin','item-status','quantity','currency','item-price','item-tax','shipping-price','shipping-tax','gift-wrap-price','gift-wrap-tax','item-promotion-discount','ship-promotion-discount','ship-city','ship-state','ship-postal-code','ship-country','promotion-ids','is-business-order','purchase-order-number','price-designation','buyer-email']
    out=[h]
    for r in B:
        if r['code'].upper() in truth.NP: continue   # Amazon has no postage lines; shipping in shipping-price
        canc=r['inv'].startswith('C')
        oid='%03d-%07d-%07d'%(int(r['inv'].lstrip('C'))%1000,int(r['inv'].lstrip('C')),zlib.crc32(r['inv'].encode())%10**7)
        q=abs(r['qty'])
        st='Cancelled' if canc else 'Shipped'
        out.append([oid,'',r['date'].strftime('%Y-%m-%dT%H:%M:%S+00:00'),(r['date']+dt.timedelta(days=2)).strftime('%Y-%m-%dT%H:%M:%S+00:00'),st,'Merchant','Amazon.co.uk','','','Standard',r['desc'],r['code'],'B0'+('%08d'%(zlib.crc32(r['code'].encode())%10**8)),'Cancelled' if canc else 'Shipped',str(0 if canc else q),'GBP','%.2f'%(0 if canc else q*r['price']),'%.2f'%(0 if canc else q*r['price']*0.2),'0.00','0.00','','','','','LONDON','','EC1A','GB','','false','','',email(r['cust']) if r['cust'] else ''])
    W('amazon_orders.txt',csvtext(out,'\t',csv.QUOTE_MINIMAL))
    rows=[]
    for r in rd('amazon_orders.txt','\t'):
        q=float(r['quantity']); rows.append(dict(cust=r['buyer-email'].lower(),item=r['sku'],inv=r['amazon-order-id'],qty=q,price=(float(r['item-price'])/q if q else 0),
            date=dt.datetime.fromisoformat(r['purchase-date']),drop='cancelled' if r['order-status']=='Cancelled' else None))
    return truth.stats(rows,'amazon_orders','python3 csv over the TSV: customer=buyer-email, invoice=amazon-order-id, item=sku, unit price = item-price/quantity (Amazon item-price is the line total), Cancelled orders (quantity 0) dropped, empty buyer-email = no customer')
