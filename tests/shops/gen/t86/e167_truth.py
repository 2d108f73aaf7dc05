# truth figures as shops.tsv writes them: kept customers items invoices pairs quantity spend first last
import csv, sys, datetime as dt
def fig(rows):
    # rows: (user, item, invoice, qty, price, 'YYYY-MM-DD')
    k=len(rows); c=len({r[0] for r in rows}); i=len({r[1] for r in rows}); inv=len({r[2] for r in rows})
    p=len({(r[0],r[1]) for r in rows}); q=sum(r[3] for r in rows); s=sum(r[3]*r[4] for r in rows)
    d=sorted(r[5] for r in rows)
    q = int(q) if q==int(q) else round(q,3)
    return '\t'.join(map(str,[k,c,i,inv,p,q,'%.2f'%s,d[0],d[-1]]))
def money(v): return float(v.replace('$','').replace('USD','').replace(',','').strip())
F='/tmp/t86/files/'
def gp():
    rows=[]
    for r in csv.DictReader(open(F+'dynamics_gp_sop30300.csv')):
        if r['SOPTYPE'].strip()=='3':
            rows.append((r['CUSTNMBR'].strip(),r['ITEMNMBR'].strip(),r['SOPNUMBE'].strip(),float(r['QUANTITY']),float(r['UNITPRCE']),r['DOCDATE'][:10]))
    return fig(rows)
def b1():
    rows=[]
    for r in csv.DictReader(open(F+'sapb1_inv_rin_lines.csv'),delimiter='\t'):
        if r['ObjType']=='13':
            d=r['DocDate']; rows.append((r['CardCode'],r['ItemCode'],r['DocNum'],float(r['Quantity']),float(r['Price']),d[:4]+'-'+d[4:6]+'-'+d[6:]))
    return fig(rows)
def rp():
    rows=[]
    for r in csv.DictReader(open(F+'retailpro_prism_documents.csv')):
        if r['receipt_type']=='0':
            # relrec counts days in UTC (the offset -05:00 converted)
            t=dt.datetime.fromisoformat(r['created_datetime'].replace('.000',''))
            u=t.astimezone(dt.timezone.utc)
            rows.append((r['bt_cuid'],r['alu'],r['document_number'],float(r['quantity']),float(r['price']),u.strftime('%Y-%m-%d')))
    return fig(rows)
def smart():
    rows=[]
    for r in csv.DictReader(open(F+'gp_smartlist_sales_line_items.csv')):
        if r['SOP Type']=='Invoice':
            m,d,y=r['Document Date'].split('/')
            rows.append((r['Customer Number'],r['Item Number'],r['SOP Number'],float(r['QTY']),money(r['Unit Price']),'%s-%02d-%02d'%(y,int(m),int(d))))
    return fig(rows)
for n,f in [('gp',gp),('b1',b1),('rp',rp),('smart',smart)]: print(n,f(),sep='\t')
def sfdc():
    # a Salesforce Opportunity Products report: Closed Won lines only (a lost or open deal is
    # no sale); the Grand Totals row and the footer are no lines; no invoice column ('-')
    rows=[]
    for r in csv.reader(open(F+'salesforce_opportunity_products.csv')):
        if len(r)==10 and r[3]=='Closed Won':
            m,d,y=r[4].split('/')
            rows.append((r[1],r[5],r[2],float(r[7]),money(r[8]),'%s-%02d-%02d'%(y,int(m),int(d))))
    return fig(rows)
print('sfdc',sfdc(),sep='\t')
