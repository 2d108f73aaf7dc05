from g3 import *
# ---- Zoho Inventory sales order export: Status draft/confirmed/void; Item Price; Quantity Ordered ----
def zoho():
    h=['SalesOrder ID','Order Date','SalesOrder Number','Status','Customer ID','Customer Name','Currency Code','Exchange Rate','Item Name','SKU','Item Desc','Quantity Ordered','Quantity Invoiced','Quantity Cancelled','Usage unit','Item Price','Discount','Item Total','Item Tax %','Shipping Charge','Adjustment','Total','Sales person','Notes']
    out=[h]; n=0
    for inv,rs in invs().items():
        n+=1; canc=inv.startswith('C')
        st='void' if canc else ('draft' if n%13==0 else ('closed' if n%2 else 'invoiced'))
        for r in rs:
            q=abs(r['qty']); c=r['cust']
            pc=(q//2 if (not canc and st!='draft' and q>=2 and zlib.crc32((inv+r['code']).encode())%9==0) else 0)  # partly cancelled line (out of stock)
            out.append(['4600000'+inv.lstrip('C'),r['date'].strftime('%Y-%m-%d'),'SO-'+inv.lstrip('C'),st,('46000000'+c) if c else '',('Customer '+c) if c else 'Walk-in Customer','GBP','1.00',r['desc'],r['code'],'',str(q),str(0 if st in('draft','void') else q-pc),str(q if canc else pc),'pcs','%.2f'%r['price'],'0.00','%.2f'%(q*r['price']),'0','0.00','0.00','','',''])
    W('zoho_salesorders.csv',csvtext(out))
    rows=[]
    for r in rd('zoho_salesorders.csv'):
        rows.append(dict(cust=r['Customer ID'],item=r['SKU'],inv=r['SalesOrder Number'],qty=float(r['Quantity Ordered'])-(0 if r['Status']=='void' else float(r['Quantity Cancelled'])),price=float(r['Item Price']),date=dt.datetime.fromisoformat(r['Order Date']),drop=('x' if r['Status'] in ('void','draft') else None)))
    return truth.stats(rows,'zoho_salesorders','python3 csv: customer=Customer ID, item=SKU, invoice=SalesOrder Number, qty=Quantity Ordered - Quantity Cancelled (lines partly cancelled, out of stock), price=Item Price; Status void and draft are orders never bought: dropped')
# ---- NetSuite transaction saved search: Type Invoice/Credit Memo; Name = customer ("12345 Company"); Rate; Item hierarchical ----
def netsuite():
    h=['Internal ID','Date','Type','Document Number','Name','Item','Memo','Quantity','Rate','Amount','Status']
    out=[h]; n=0
    for inv,rs in invs(False).items():
        n+=1; canc=inv.startswith('C')
        for r in rs:
            c=r['cust']; q=r['qty']
            item=('Inventory Item : Home : '+r['code']) if not isnp(r) else {'POST':'Shipping','DOT':'Shipping','M':'Manual Adjustment','C2':'Carriage','BANK CHARGES':'Bank Charges','AMAZONFEE':'Amazon Fee','CRUK':'Donation','PADS':'Pads','D':'Discount','S':'Samples','B':'Adjust bad debt'}.get(r['code'],r['code'])
            out.append([str(10000+n),r['date'].strftime('%-m/%-d/%Y'),'Credit Memo' if canc else 'Invoice',('CM' if canc else 'INV')+inv.lstrip('C'),(c+' Customer '+c) if c else 'Cash Sale Customer',item,r['desc'],str(q),'%.2f'%r['price'],'%.2f'%(q*r['price']),'Fully Applied' if canc else 'Paid In Full'])
    W('netsuite_saved_search.csv',csvtext(out))
    rows=[]
    for r in rd('netsuite_saved_search.csv'):
        it=r['Item'].split(' : ')[-1]
        c=r['Name'].split(' ')[0] if r['Name']!='Cash Sale Customer' else ''
        rows.append(dict(cust=c,item=it,inv=('C' if r['Type']=='Credit Memo' else '')+r['Document Number'],qty=float(r['Quantity']),price=float(r['Rate']),date=dt.datetime.strptime(r['Date'],'%m/%d/%Y'),drop=None if r['Item'].startswith('Inventory Item') else 'nonproduct'))
    return truth.stats(rows,'netsuite_saved_search','python3 csv: customer = Name (the entity, "ID Name"; "Cash Sale Customer" none), item = last part of Item, invoice=Document Number, qty=Quantity (Credit Memo negative), price=Rate; non-inventory items (Shipping, Manual Adjustment, Bank Charges...) are no product')
# ---- Wix Stores orders: Date created "Dec 1, 2010", Time "8:26 AM", Contact email, Qty, Price ----
def wix():
    h=['Order #','Date created','Time','Billing customer','Contact email','Item','Variant','SKU','Qty','Quantity refunded','Price','Weight','Custom text','Deposit amount','Coupon','Discount','Shipping','Tax','Total','Currency','Payment method','Payment status','Fulfillment status','Delivery country']
    out=[h]; n=10000
    for inv,rs in invs().items():
        n+=1; canc=inv.startswith('C')
        for r in rs:
            c=r['cust']; q=abs(r['qty'])
            out.append([str(n),r['date'].strftime('%b %-d, %Y'),r['date'].strftime('%-I:%M %p'),('Cust '+c) if c else 'Guest',email(c) if c else '','%s'%r['desc'],'',r['code'],str(q),str(q if canc else 0),'£%.2f'%r['price'],'','','','','£0.00','£0.00','£0.00','£%.2f'%(q*r['price']),'GBP','Credit/Debit','Refunded' if canc else 'Paid','Fulfilled',r['country']])
    W('wix_orders.csv',csvtext(out))
    rows=[]
    for r in rd('wix_orders.csv'):
        q=float(r['Qty'])-float(r['Quantity refunded'])
        rows.append(dict(cust=r['Contact email'].lower(),item=r['SKU'],inv=r['Order #'],qty=q,price=float(r['Price'].strip('£')),date=dt.datetime.strptime(r['Date created']+' '+r['Time'],'%b %d, %Y %I:%M %p')))
    return truth.stats(rows,'wix_orders','python3 csv: customer=Contact email (empty=guest), item=SKU, invoice=Order #, qty=Qty - Quantity refunded (the Online Retail cancellations, written as fully refunded orders: 0 bought), price=Price')
