from g1 import *
def isnp(r): return r['code'].upper() in truth.NP
# ---- MYOB AccountRight Item Sales export: TAB, blank line between sales, Sale Status I/O/Q, D/MM/YYYY ----
def myob():
    h=['Co./Last Name','First Name','Addr 1 - Line 1','Invoice #','Date','Customer PO','Ship Via','Delivery Status','Item Number','Quantity','Description','Price','Inc-Tax Price','Discount','Total','Inc-Tax Total','Job','Comment','Journal Memo','Salesperson Last Name','Salesperson First Name','Shipping Date','Referral Source','Tax Code','Non-GST Amount','GST Amount','LCT Amount','Freight Amount','Inc-Tax Freight Amount','Freight Tax Code','Freight Non-GST Amount','Freight GST Amount','Freight LCT Amount','Sale Status','Currency Code','Exchange Rate','Terms - Payment is Due','Terms - Discount Days','Terms - Balance Due Days','Terms - % Discount','Terms - % Monthly Charge','Amount Paid','Payment Method','Payment Notes','Name on Card','Card Number','Expiry Date','Authorisation Code','BSB','Account Number','Drawer/Account Name','Cheque Number','Category','Location ID','Card ID','Record ID']
    lines=['\t'.join(h)]
    invs={}
    for r in B: invs.setdefault(r['inv'],[]).append(r)
    n=0
    for inv,rs in invs.items():
        n+=1
        status='Q' if n%17==0 else ('O' if n%23==0 else 'I')   # some quotes and open orders
        for r in rs:
            c=r['cust'] or ''
            name=('Cust'+c) if c else 'Cash Sales'
            cardid=('*None' if not c else 'C'+c)
            price=r['price']; q=r['qty']
            lines.append('\t'.join([name,'',"1 Main St",inv.lstrip('C') if False else inv,r['date'].strftime('%-d/%m/%Y'),'','','P',r['code'],str(q),r['desc'],'$%.2f'%price,'$%.2f'%(price*1.1),'0%','$%.2f'%(q*price),'$%.2f'%(q*price*1.1),'','','Sale; '+name,'','','','','GST','$0.00','$%.2f'%(q*price*0.1),'$0.00','$0.00','$0.00','FRE','$0.00','$0.00','$0.00',status,'AUD','1','2','0','30','0%','0%','$0.00','','','','','','','','','','','','',cardid,str(n)]))
        lines.append('')
    W('myob_item_sales.txt','\r\n'.join(lines)+'\r\n','cp1252')
    rows=[]
    for r in csv.DictReader(open(F+'myob_item_sales.txt',encoding='cp1252',newline=''),delimiter='\t'):
        if not r['Invoice #']: continue
        c=r['Card ID']; c='' if c=='*None' else c
        rows.append(dict(cust=c,item=r['Item Number'],inv=r['Invoice #'],qty=float(r['Quantity']),price=float(r['Price'].replace('$','')),date=dt.datetime.strptime(r['Date'],'%d/%m/%Y'),drop=None if r['Sale Status']=='I' else 'not an invoice'))
    return truth.stats(rows,'myob_item_sales','python3 csv (tab, cp1252) over the file: customer=Card ID (*None = cash sale, no customer), item=Item Number, invoice=Invoice #, price=Price (ex-GST); only Sale Status I (invoice) rows are sales: Q (quote) and O (order) rows are not purchases; C invoices and POST etc dropped as Online Retail')
# ---- Faire wholesale order export: Wholesale Price and Retail Price ----
def faire():
    h=['Order Date','Order Number','Retailer Name','Retailer ID','Product Name','SKU','Option Name','Quantity','Wholesale Price','Retail Price','Order Status','Ship Date','Payout Total']
    out=[h]
    for r in B:
        if isnp(r): continue
        canc=r['inv'].startswith('C')
        out.append([r['date'].strftime('%B %-d, %Y'),'FA'+r['inv'].lstrip('C')+('R' if canc else ''),('Shop '+r['cust']) if r['cust'] else '',('r_'+r['cust']) if r['cust'] else '',r['desc'],r['code'],'',str(abs(r['qty'])),'$%.2f'%r['price'],'$%.2f'%(r['price']*2),'Canceled' if canc else 'Delivered',r['date'].strftime('%B %-d, %Y'),'$%.2f'%(abs(r['qty'])*r['price']*0.85)])
    W('faire_orders.csv',csvtext(out))
    rows=[]
    for r in rd('faire_orders.csv'):
        rows.append(dict(cust=r['Retailer ID'],item=r['SKU'],inv=r['Order Number'],qty=float(r['Quantity']),price=float(r['Wholesale Price'].strip('$')),date=dt.datetime.strptime(r['Order Date'],'%B %d, %Y'),drop='cancel' if r['Order Status']=='Canceled' else None))
    return truth.stats(rows,'faire_orders','python3 csv: customer=Retailer ID, item=SKU, invoice=Order Number, price=Wholesale Price (the brand sells at wholesale; Retail Price is the MSRP the retailer charges), Canceled dropped')
# ---- eBay Orders report: blank first line, order summary row + item rows, footer lines ----
def ebay():
    h=['Sales Record Number','Order Number','Buyer Username','Buyer Name','Buyer Email','Buyer Note','Buyer Address 1','Buyer City','Buyer Country','Item Number','Item Title','Custom Label','Sold Via Promoted Listings','Quantity','Sold For','Shipping And Handling','Seller Collected Tax','eBay Collected Tax','Total Price','Payment Method','Sale Date','Paid On Date','Shipped On Date','Feedback Left','Transaction ID','Variation Details']
    out=[[''],h]
    invs={}
    for r in B:
        if isnp(r) or r['inv'].startswith('C') or not r['cust']: continue
        invs.setdefault(r['inv'],[]).append(r)
    srn=1000
    for inv,rs in invs.items():
        c=rs[0]['cust']; d=rs[0]['date'].strftime('%b-%d-%y')
        tot=sum(x['qty']*x['price'] for x in rs)
        base=[str(srn),'11-'+inv+'-0'+str(len(rs)),'buyer_'+c,'Buyer '+c,email(c),'','1 High St','London',rs[0]['country']]
        if len(rs)>1:
            out.append(base+['','','','','','','£4.99','£0.00','£0.00','£%.2f'%(tot+4.99),'PayPal',d,d,'','No','',''])
            for x in rs:
                srn+=1
                out.append([str(srn),'11-'+inv+'-0'+str(len(rs)),'buyer_'+c,'','','','','','','1'+x['code'].ljust(11,'0')[:11] if False else str(110000000000+zlib.crc32((x['code']+str((x['date'].month-1)//4)).encode())%10**9),x['desc'],x['code'],'No',str(x['qty']),'£%.2f'%x['price'],'','','','','',d,'','','',str(zlib.crc32((inv+x['code']).encode())),''])
        else:
            x=rs[0]
            out.append(base+[str(110000000000+zlib.crc32((x['code']+str((x['date'].month-1)//4)).encode())%10**9),x['desc'],x['code'],'No',str(x['qty']),'£%.2f'%x['price'],'£4.99','£0.00','£0.00','£%.2f'%(tot+4.99),'PayPal',d,d,'','No',str(zlib.crc32((inv+x['code']).encode())),''])
        srn+=1
    out+=[[''],['%d record(s) downloaded,'%(srn-1000),'from Dec-01-10 to Dec-09-11'],['Seller ID : whitegifts_uk']]
    W('ebay_orders.csv',csvtext(out,lt='\r\n'))
    rows=[]; cur=None
    lines=list(csv.reader(open(F+'ebay_orders.csv',encoding='utf-8',newline='')))
    hd=lines[1]; idx={k:i for i,k in enumerate(hd)}
    for l in lines[2:]:
        if len(l)<len(hd): continue
        g=lambda k:l[idx[k]]
        if g('Buyer Email'): cur=g('Buyer Email')   # order summary / single row carries the buyer
        if not g('Item Number'): continue        # order summary row, no item
        rows.append(dict(cust=g('Buyer Username'),item=g('Custom Label'),inv=g('Order Number'),qty=float(g('Quantity')),price=float(g('Sold For').strip('£')),date=dt.datetime.strptime(g('Sale Date'),'%b-%d-%y')))
    return truth.stats(rows,'ebay_orders','python3 csv: skip blank first line and footer; order summary rows (no Item Number) are no item; customer=Buyer Username, item=Custom Label, invoice=Order Number, price=Sold For (unit)')
