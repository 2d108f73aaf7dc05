from g5 import *
import calendar
def ep(d): return calendar.timegm(d.timetuple())
# epoch milliseconds, event-store dump: order_id,user_id,product_id,qty,unit_price,created_ms
def epoch_ms():
    generic('epoch_ms.csv',['order_id','user_id','product_id','product_name','qty','unit_price','created_ms','currency'],lambda r:[r['inv'],r['cust'],r['code'],r['desc'],str(r['qty']),'%.2f'%r['price'],str(ep(r['date'])*1000+zlib.crc32(r['code'].encode())%1000),'GBP'],',')
    rows=[dict(cust=r['user_id'],item=r['product_id'],inv=r['order_id'],qty=float(r['qty']),price=float(r['unit_price']),date=dt.datetime.utcfromtimestamp(int(r['created_ms'])/1000)) for r in rd('epoch_ms.csv')]
    return truth.stats(rows,'epoch_ms','python3: created_ms / 1000 as UTC')
# ISO 8601 with offsets and Z mixed (shop moved servers): local UK times written +00:00 / +01:00 in BST, some Z
def iso_off():
    def f(r):
        d=r['date']; bst = dt.datetime(2011,3,27,1)<=d<dt.datetime(2011,10,30,1)
        if bst: s=(d+dt.timedelta(hours=1)).strftime('%Y-%m-%dT%H:%M:%S')+'+01:00'
        else: s=d.strftime('%Y-%m-%dT%H:%M:%S')+('Z' if zlib.crc32(r['inv'].encode())%2 else '+00:00')
        return [r['inv'],s,r['cust'],r['code'],r['desc'],str(r['qty']),'%.2f'%r['price']]
    generic('iso_offsets.csv',['order_number','ordered_at','customer_id','sku','product_title','quantity','price'],f,',')
    rows=[]
    for r in rd('iso_offsets.csv'):
        d=dt.datetime.fromisoformat(r['ordered_at'].replace('Z','+00:00'))
        rows.append(dict(cust=r['customer_id'],item=r['sku'],inv=r['order_number'],qty=float(r['quantity']),price=float(r['price']),date=d.astimezone(dt.timezone.utc).replace(tzinfo=None)))
    return truth.stats(rows,'iso_offsets','python3 fromisoformat, converted to UTC')
# Lightspeed Retail R-Series "Sales Lines" export: Sale ID, Date "12/1/2010 8:26 am", Customer, System ID, Custom SKU, Manufact. SKU, UPC, Qty, Retail, Price, Subtotal, Discount, Total, Tax, Employee, Register
def lsr():
    def f(r):
        c=r['cust']
        return [r['inv'].replace('C','') if False else r['inv'],r['date'].strftime('%-m/%-d/%Y %-I:%M %p').lower(),('Customer '+c) if c else '','210000'+str(zlib.crc32(r['code'].encode())%100000).zfill(5),r['code'],'', ('' if isnp(r) or zlib.crc32(r['code'].encode())%3==0 else str(500000000000+zlib.crc32(r['code'].encode())%10**11)),r['desc'],str(r['qty']),'$%.2f'%r['price'],'$%.2f'%r['price'],'$%.2f'%(r['qty']*r['price']),'$0.00','$%.2f'%(r['qty']*r['price']),'$0.00','Sam','Register 1','Complete']
    generic('lightspeed_r_sales_lines.csv',['Sale ID','Date','Customer','System ID','Custom SKU','Manufact. SKU','UPC','Description','Qty','Retail','Price','Subtotal','Discount','Total','Tax','Employee','Register','Status'],f,',')
    rows=[dict(cust=r['Customer'],item=r['Custom SKU'],inv=r['Sale ID'],qty=float(r['Qty']),price=float(r['Price'].strip('$')),date=dt.datetime.strptime(r['Date'].upper(),'%m/%d/%Y %I:%M %p')) for r in rd('lightspeed_r_sales_lines.csv')]
    return truth.stats(rows,'lightspeed_r_sales_lines','python3 csv: customer=Customer (name; empty none), item=Custom SKU (System ID is 1:1 modulo crc collisions), invoice=Sale ID, price=Price')
# PostgreSQL \copy (SELECT ...) TO STDOUT CSV HEADER: timestamptz ISO "2010-12-01 08:26:00+00", numeric(10,3), boolean t/f is_cancelled, NULL empty
def pg():
    def f(r):
        c=r['cust']; canc=r['inv'].startswith('C')
        return [r['inv'].lstrip('C'),r['date'].strftime('%Y-%m-%d %H:%M:%S')+'+00',c,r['code'],r['desc'],str(abs(r['qty'])),'%.3f'%r['price'],'t' if canc else 'f',r['country']]
    generic('pg_copy.csv',['invoice_no','invoiced_at','customer_id','stock_code','description','quantity','unit_price','is_cancelled','country'],f,',',lt='\n')
    rows=[dict(cust=r['customer_id'],item=r['stock_code'],inv=r['invoice_no'],qty=float(r['quantity']),price=float(r['unit_price']),date=dt.datetime.fromisoformat(r['invoiced_at']+':00').replace(tzinfo=None),drop='c' if r['is_cancelled']=='t' else None) for r in rd('pg_copy.csv')]
    return truth.stats(rows,'pg_copy','python3 csv: is_cancelled t rows are cancellations (quantity written positive as the table stores it): dropped')
# mysql -B (batch) TSV: \N for NULL, tab, no quoting, backslash escapes
def mysql():
    def esc(s): return s.replace('\\','\\\\').replace('\t','\\t').replace('\n','\\n')
    lines=['\t'.join(['InvoiceNo','StockCode','Description','Quantity','InvoiceDate','UnitPrice','CustomerID','Country'])]
    for r in B:
        lines.append('\t'.join([r['inv'],r['code'],esc(r['desc']),str(r['qty']),r['date'].strftime('%Y-%m-%d %H:%M:%S'),'%.2f'%r['price'],r['cust'] if r['cust'] else '\\N',r['country']]))
    W('mysql_batch.tsv','\n'.join(lines)+'\n')
    rows=[]
    for l in open(F+'mysql_batch.tsv').read().splitlines()[1:]:
        p=l.split('\t')
        rows.append(dict(cust='' if p[6]=='\\N' else p[6],item=p[1],inv=p[0],qty=float(p[3]),price=float(p[5]),date=dt.datetime.fromisoformat(p[4])))
    return truth.stats(rows,'mysql_batch','python3 split on tab; \\N = NULL customer')
