from g14 import *
def fba():
    h=['amazon-order-id','merchant-order-id','shipment-id','shipment-item-id','amazon-order-item-id','merchant-order-item-id','purchase-date','payments-date','shipment-date','reporting-date','buyer-email','buyer-name','buyer-phone-number','sku','product-name','quantity-shipped','currency','item-price','item-tax','shipping-price','shipping-tax','gift-wrap-price','gift-wrap-tax','ship-service-level','recipient-name','ship-address-1','ship-city','ship-state','ship-postal-code','ship-country','item-promotion-discount','ship-promotion-discount','carrier','tracking-number','estimated-arrival-date','fulfillment-center-id','fulfillment-channel','sales-channel']
    out=[h]
    for inv,rs in invs().items():
        if inv.startswith('C') or not rs[0]['cust']: continue
        oid='%03d-%07d-%07d'%(int(inv)%1000,int(inv),zlib.crc32(inv.encode())%10**7)
        for j,r in enumerate(rs):
            q=r['qty']; parts=[q] if q<4 or zlib.crc32((inv+r['code']).encode())%5 else [q//2,q-q//2]   # some lines shipped in two shipments
            for k,pq in enumerate(parts):
                sd=r['date']+dt.timedelta(days=1+2*k)
                pdt=(r['date']-dt.timedelta(hours=8)).strftime('%Y-%m-%dT%H:%M:%S-08:00')
                out.append([oid,'','S%07d'%(zlib.crc32((inv+str(k)).encode())%10**7),str(zlib.crc32((inv+r['code']+str(k)).encode())),str(10**13+zlib.crc32((inv+r['code']).encode())),'',pdt,pdt,sd.strftime('%Y-%m-%dT%H:%M:%S-08:00'),sd.strftime('%Y-%m-%dT%H:%M:%S-08:00'),'x%s@marketplace.amazon.com'%format(zlib.crc32(r['cust'].encode()),'x'),'Customer','',r['code'],r['desc'],str(pq),'USD','%.2f'%(pq*r['price']),'0.00','0.00','0.00','0.00','0.00','Standard','N','A','C','S','Z','US','0.00','0.00','UPS','1Z','','PHX3','AFN','Amazon.com'])
    W('amazon_fba_shipments.txt',csvtext(out,'\t'))
    rows=[]
    for r in rd('amazon_fba_shipments.txt','\t'):
        q=float(r['quantity-shipped']); d=dt.datetime.fromisoformat(r['purchase-date']).astimezone(dt.timezone.utc).replace(tzinfo=None)
        rows.append(dict(cust=r['buyer-email'],item=r['sku'],inv=r['amazon-order-id'],qty=q,price=float(r['item-price'])/q,date=d))
    return truth.stats(rows,'amazon_fba_shipments','python3 csv tab: one row per shipment item (a line shipped in two shipments is two rows of one order); customer=buyer-email, invoice=amazon-order-id, qty=quantity-shipped, unit=item-price/qty, purchase-date -08:00 -> UTC; kept = rows')
