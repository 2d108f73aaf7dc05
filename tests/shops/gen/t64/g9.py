from g8 import *
# Sage Intacct Order Entry line export (sodocumententry joined): DOCPARID = transaction definition
def intacct():
    h=['DOCHDRID','DOCPARID','DOCNO','WHENCREATED','CUSTOMERID','CUSTOMERNAME','LINE_NO','ITEMID','ITEMDESC','QUANTITY','UNIT','PRICE','TOTAL','STATE','CURRENCY']
    out=[h]; n=0
    for inv,rs in invs().items():
        n+=1; canc=inv.startswith('C')
        kind='Sales Return' if canc else ('Sales Quote' if n%11==0 else ('Sales Order' if n%7==0 else 'Sales Invoice'))
        st={'Sales Quote':'Pending','Sales Order':'Converted','Sales Invoice':'Posted','Sales Return':'Posted'}[kind]
        for i,r in enumerate(rs):
            c=r['cust']; q=abs(r['qty'])
            out.append([kind+'-'+inv.lstrip('C'),kind,inv.lstrip('C'),r['date'].strftime('%m/%d/%Y'),('CUST-'+c) if c else '',('Customer '+c) if c else '',str(i+1),r['code'],r['desc'],str(q),'Each','%.2f'%r['price'],'%.2f'%(q*r['price']),st,'GBP'])
    W('intacct_so_lines.csv',csvtext(out))
    rows=[dict(cust=r['CUSTOMERID'],item=r['ITEMID'],inv=r['DOCHDRID'],qty=float(r['QUANTITY']),price=float(r['PRICE']),date=dt.datetime.strptime(r['WHENCREATED'],'%m/%d/%Y'),drop=None if r['DOCPARID']=='Sales Invoice' else r['DOCPARID']) for r in rd('intacct_so_lines.csv')]
    return truth.stats(rows,'intacct_so_lines','python3 csv: only DOCPARID Sales Invoice rows are purchases (Sales Quote: never bought; Sales Order: converted into an invoice in real life, here counted not a purchase since invoice is the sale; Sales Return: return); customer=CUSTOMERID, item=ITEMID, invoice=DOCHDRID')
# Zoho Books invoice export: Invoice Status Draft/Void/Paid/Overdue
def zbooks():
    h=['Invoice Date','Invoice ID','Invoice Number','Invoice Status','Customer ID','Customer Name','Due Date','Currency Code','Item Name','SKU','Item Desc','Quantity','Usage unit','Item Price','Discount','Item Total','Item Tax %','SubTotal','Total','Balance']
    out=[h]; n=0
    for inv,rs in invs().items():
        if inv.startswith('C'): continue
        n+=1
        st='Draft' if n%9==0 else ('Void' if n%14==0 else ('Overdue' if n%5==0 else 'Paid'))
        for r in rs:
            c=r['cust']
            out.append([r['date'].strftime('%d/%m/%Y'),'3'+inv,'INV-'+inv,st,('3'+c) if c else '',('Customer '+c) if c else '','', 'GBP',r['desc'],r['code'],'',str(r['qty']),'pcs','%.2f'%r['price'],'0','%.2f'%(r['qty']*r['price']),'0','','',''])
    W('zoho_books_invoices.csv',csvtext(out))
    rows=[dict(cust=r['Customer ID'],item=r['SKU'],inv=r['Invoice Number'],qty=float(r['Quantity']),price=float(r['Item Price']),date=dt.datetime.strptime(r['Invoice Date'],'%d/%m/%Y'),drop='x' if r['Invoice Status'] in ('Draft','Void') else None) for r in rd('zoho_books_invoices.csv')]
    return truth.stats(rows,'zoho_books_invoices','python3 csv: Invoice Status Draft (never sent) and Void are not sales; customer=Customer ID, invoice=Invoice Number, DD/MM/YYYY')
# Excel "Unicode text" US locale: UTF-16LE BOM, tab, $ prices, M/D/YYYY h:mm AM/PM, negative in parentheses for returns
def us_utf16():
    h=['Invoice','Item','Description','Qty','Date','Unit Price','Customer','Country']
    def f(r):
        q=r['qty']; qs=('({:,})'.format(-q)) if q<0 else '{:,}'.format(q)
        return [r['inv'],r['code'],r['desc'],qs,r['date'].strftime('%-m/%-d/%Y %-I:%M %p'),'${:,.2f}'.format(r['price']),r['cust'],r['country']]
    generic('us_excel_unicode.txt',h,f,'\t','utf-16le')
    def pq(s): s=s.replace(',',''); return -float(s.strip('()')) if s.startswith('(') else float(s)
    rows=[dict(cust=r['Customer'],item=r['Item'],inv=r['Invoice'],qty=pq(r['Qty']),price=float(r['Unit Price'].strip('$').replace(',','')),date=dt.datetime.strptime(r['Date'],'%m/%d/%Y %I:%M %p')) for r in rdg('us_excel_unicode.txt','\t','utf-16le')]
    return truth.stats(rows,'us_excel_unicode','python3 UTF-16LE, tab; (n) = -n; $ prices')
