from g6 import *
# Squarespace Commerce orders export: order fields on every line, Lineitem columns, Financial Status PAID/REFUNDED/PENDING, Created at "2010-12-01 08:26:00 +0000"
def sqsp():
    h=['Order ID','Email','Financial Status','Paid at','Fulfillment Status','Fulfilled at','Currency','Subtotal','Shipping','Taxes','Amount Refunded','Total','Discount Code','Discount Amount','Shipping Method','Created at','Lineitem quantity','Lineitem name','Lineitem price','Lineitem sku','Lineitem variant','Lineitem requires shipping','Lineitem weight','Billing Name','Billing Country','Payment Method','Payment Reference','Channel Type','Channel Name']
    out=[h]; n=1000
    for inv,rs in invs().items():
        n+=1; canc=inv.startswith('C')
        tot=sum(abs(r['qty'])*r['price'] for r in rs)
        for r in rs:
            c=r['cust']; q=abs(r['qty']); d=r['date'].strftime('%Y-%m-%d %H:%M:%S +0000')
            out.append([str(n).zfill(5),email(c) if c else '','REFUNDED' if canc else 'PAID',d,'FULFILLED',d,'GBP','%.2f'%tot,'4.99','0.00','%.2f'%(tot+4.99 if canc else 0),'%.2f'%(tot+4.99),'','0.00','Standard',d,str(q),r['desc'],'%.2f'%r['price'],'SQ'+r['code'],'','true','0.0','Name',r['country'],'Stripe','ch_x','Web','Squarespace'])
    W('squarespace_orders.csv',csvtext(out))
    rows=[dict(cust=r['Email'].lower(),item=r['Lineitem sku'],inv=r['Order ID'],qty=float(r['Lineitem quantity']),price=float(r['Lineitem price']),date=dt.datetime.strptime(r['Created at'][:19],'%Y-%m-%d %H:%M:%S'),drop='refunded in full' if r['Financial Status']=='REFUNDED' else None) for r in rd('squarespace_orders.csv')]
    return truth.stats(rows,'squarespace_orders','python3 csv: customer=Email, item=Lineitem sku, invoice=Order ID; REFUNDED orders (the Online Retail cancellations, Amount Refunded = Total) are not purchases (NOTE: README keeps refunded orders as sales; relrec is right to keep them only if it says so)')
# VAT-inclusive UK till: Price (inc VAT) only with VAT Rate column; truth spend net = gross/1.2
def vat_incl():
    generic('uk_till_vat_incl.csv',['Receipt No','Date','Customer No','Item Code','Item Description','Qty','Price (inc VAT)','VAT Rate','Line Total (inc VAT)'],lambda r:[r['inv'],r['date'].strftime('%d/%m/%Y %H:%M'),r['cust'],r['code'],r['desc'],str(r['qty']),'%.2f'%(r['price']*1.2),'20%','%.2f'%(r['qty']*r['price']*1.2)],',',skipnp=False)
    rows=[dict(cust=r['Customer No'],item=r['Item Code'],inv=r['Receipt No'],qty=float(r['Qty']),price=float(r['Price (inc VAT)']),date=dt.datetime.strptime(r['Date'],'%d/%m/%Y %H:%M')) for r in rd('uk_till_vat_incl.csv')]
    return truth.stats(rows,'uk_till_vat_incl','python3 csv: price = Price (inc VAT) (the only unit price in the file, gross); spend gross = 1.2 x net')
# sales + returns concatenated: returns export has its own header (other column order, positive qty, Return No)
def concat():
    sales=[r for r in B if not r['inv'].startswith('C')]; rets=[r for r in B if r['inv'].startswith('C')]
    a=csvtext([['Invoice No','Invoice Date','Customer ID','SKU','Description','Quantity','Unit Price']]+[[r['inv'],r['date'].strftime('%Y-%m-%d %H:%M'),r['cust'],r['code'],r['desc'],str(r['qty']),'%.2f'%r['price']] for r in sales])
    b=csvtext([['Return No','Return Date','Customer ID','SKU','Description','Quantity Returned','Unit Price','Reason']]+[['R'+r['inv'][1:],r['date'].strftime('%Y-%m-%d %H:%M'),r['cust'],r['code'],r['desc'],str(-r['qty']),'%.2f'%r['price'],'Customer return'] for r in rets])
    W('sales_plus_returns.csv',a+b)
    rows=[]; mode=None
    for l in csv.reader(open(F+'sales_plus_returns.csv',newline='')):
        if l[0] in('Invoice No','Return No'): mode=l[0]; continue
        q=float(l[5]); q=-q if mode=='Return No' else q
        rows.append(dict(cust=l[2],item=l[3],inv=l[0],qty=q,price=float(l[6]),date=dt.datetime.fromisoformat(l[1])))
    return truth.stats(rows,'sales_plus_returns','python3: `cat sales.csv returns.csv`; rows after the second header (Return No) are returns: quantity negative, not purchases')
# pipe-delimited mainframe extract, fixed-width padded, trailing minus on returns, YYYYMMDD + HHMMSS
def mainframe():
    lines=['INV-NO|CUST-NO |ITEM-NO     |ITEM-DESC                          |QTY     |UNIT-PRICE|INV-DATE|INV-TIME|CTRY']
    for r in B:
        q=r['qty']; qs=('%07d'%abs(q))+('-' if q<0 else ' ')
        lines.append('|'.join([r['inv'].ljust(7),(r['cust'] or '').zfill(8) if r['cust'] else ' '*8,r['code'].ljust(12),r['desc'][:35].ljust(35),qs,('%09.2f'%r['price']).rjust(10),r['date'].strftime('%Y%m%d'),r['date'].strftime('%H%M%S'),r['country'][:4].upper().ljust(4)]))
    W('mainframe_extract.txt','\r\n'.join(lines)+'\r\n','cp1252')
    rows=[]
    for l in open(F+'mainframe_extract.txt',encoding='cp1252').read().splitlines()[1:]:
        p=[x.strip() for x in l.split('|')]
        q=float(p[4].rstrip('-'))*(-1 if p[4].endswith('-') else 1)
        rows.append(dict(cust=p[1].lstrip('0'),item=p[2],inv=p[0],qty=q,price=float(p[5]),date=dt.datetime.strptime(p[6]+p[7],'%Y%m%d%H%M%S')))
    return truth.stats(rows,'mainframe_extract','python3 split on |, strip blanks; trailing minus = negative; CUST-NO zero-padded to 8 (one customer each, counted as written)')
