from g9 import *
def paypal():
    h=['Date','Time','TimeZone','Name','Type','Status','Currency','Gross','Fee','Net','From Email Address','To Email Address','Transaction ID','Shipping Address','Address Status','Item Title','Item ID','Shipping and Handling Amount','Insurance Amount','Sales Tax','Option 1 Name','Option 1 Value','Option 2 Name','Option 2 Value','Reference Txn ID','Invoice Number','Custom Number','Quantity','Receipt ID','Balance','Country','Contact Phone Number','Subject','Note','Balance Impact']
    out=[h]; bal=0.0
    def m(x): return '{:,.2f}'.format(x)
    for inv,rs in invs().items():
        c=rs[0]['cust']
        if not c: continue
        d=rs[0]['date']; bst=dt.datetime(2011,3,27,1)<=d<dt.datetime(2011,10,30,1)
        ld=d+dt.timedelta(hours=1) if bst else d
        tid=format(zlib.crc32(inv.encode()),'08X')+'AB'+inv[-5:]
        base=lambda: [ld.strftime('%d/%m/%Y'),ld.strftime('%H:%M:%S'),'BST' if bst else 'GMT','Customer '+c]
        if inv.startswith('C'):
            tot=sum(-r['qty']*r['price'] for r in rs)
            bal-=tot
            out.append(base()+['Refund','Completed','GBP',m(-tot),m(tot*0.034),m(-tot*0.966),'shop@whitegifts.co.uk',email(c),tid,'','','','','0.00','0.00','0.00','','','','','','INV-'+inv,'','','',m(bal),'United Kingdom','','','','Debit'])
            continue
        tot=sum(r['qty']*r['price'] for r in rs)+4.99
        bal+=tot*0.966
        out.append(base()+['Shopping Cart Payment Received','Completed','GBP',m(tot),m(-tot*0.034-0.2),m(tot*0.966),email(c),'shop@whitegifts.co.uk',tid,'1 High St, London','Confirmed','','','4.99','0.00','0.00','','','','','','INV-'+inv,'','','',m(bal),'United Kingdom','','','','Credit'])
        for r in rs:
            out.append(base()+['Shopping Cart Item','Completed','GBP',m(r['qty']*r['price']),'0.00',m(r['qty']*r['price']),email(c),'shop@whitegifts.co.uk',tid,'','',r['desc'],r['code'],'0.00','0.00','0.00','','','','','','INV-'+inv,'',str(r['qty']),'','','United Kingdom','','','','Memo'])
    W('paypal_activity.csv','\ufeff'+csvtext(out,quoting=csv.QUOTE_ALL,lt='\r\n'))
    rows=[]
    for r in list(csv.DictReader(open(F+'paypal_activity.csv',encoding='utf-8-sig',newline=''))):
        if r['Type']!='Shopping Cart Item': continue
        q=float(r['Quantity']); g=float(r['Gross'].replace(',',''))
        d=dt.datetime.strptime(r['Date']+' '+r['Time'],'%d/%m/%Y %H:%M:%S')-dt.timedelta(hours=1 if r['TimeZone']=='BST' else 0)
        rows.append(dict(cust=r['From Email Address'].lower(),item=r['Item ID'],inv=r['Transaction ID'],qty=q,price=g/q,date=d))
    return truth.stats(rows,'paypal_activity','python3 csv: only Type "Shopping Cart Item" rows are goods (the "Shopping Cart Payment Received" row is the whole payment incl. 4.99 shipping; Refund rows are refunds); customer=From Email Address, item=Item ID, qty=Quantity, price=Gross/Quantity, BST times -1h to UTC (days unchanged)')
