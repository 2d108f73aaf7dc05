from g7 import *
# Square "Item Sales" (items detail) export: Date, Time, Time Zone, Category, Item, Qty, Price Point Name, SKU, Modifiers Applied, Gross Sales, Discounts, Net Sales, Tax, Transaction ID, Payment ID, Device Name, Notes, Details, Event Type, Location, Dining Option, Customer ID, Customer Name, Customer Reference ID, Unit, Count, Itemization Type, Fulfillment Note, Channel, Token, Card Brand, PAN Suffix
def square():
    h=['Date','Time','Time Zone','Category','Item','Qty','Price Point Name','SKU','Modifiers Applied','Gross Sales','Discounts','Net Sales','Tax','Transaction ID','Payment ID','Device Name','Notes','Details','Event Type','Location','Dining Option','Customer ID','Customer Name','Customer Reference ID','Unit','Count','Itemization Type','Fulfillment Note','Channel','Token','Card Brand','PAN Suffix']
    out=[h]
    def money(x): return ('-$%.2f'%-x) if x<0 else '$%.2f'%x
    for r in B:
        if isnp(r): continue
        c=r['cust']; q=r['qty']; refund=r['inv'].startswith('C')
        cid=('CUST'+format(zlib.crc32(c.encode()),'08X')) if c else ''
        out.append([r['date'].strftime('%Y-%m-%d'),r['date'].strftime('%H:%M:%S'),'London','Home',r['desc'].title(),str(q),'Regular',r['code'],'',money(q*r['price']),'$0.00',money(q*r['price']),'$0.00','TX'+format(zlib.crc32(r['inv'].encode()),'08x'),'PAY'+r['inv'],'iPad','','','Refund' if refund else 'Payment','Main St','',cid,('Customer '+c) if c else '',c,'ea',str(abs(q)),'Physical Item','','Point of Sale','tok','VISA','1234'])
    W('square_item_sales.csv',csvtext(out))
    rows=[]
    for r in rd('square_item_sales.csv'):
        q=float(r['Qty']); g=float(r['Gross Sales'].replace('$',''))
        rows.append(dict(cust=r['Customer ID'],item=r['SKU'],inv=r['Transaction ID'],qty=q,price=(g/q if q else 0),date=dt.datetime.fromisoformat(r['Date']+' '+r['Time']),drop='refund' if r['Event Type']=='Refund' else None))
    return truth.stats(rows,'square_item_sales','python3 csv: customer=Customer ID, item=SKU, invoice=Transaction ID, price=Gross Sales/Qty, Event Type Refund not a purchase; Date+Time columns')
# Dynamics 365 Business Central "Sales Invoice Lines"/"Sales Cr.Memo Lines" combined: Document Type, Type Item/G/L Account, No., Sell-to Customer No., Posting Date 12/01/10 (US short date), Unit Price Excl. VAT, Line Amount Excl. VAT
def bc():
    h=['Document Type','Document No.','Posting Date','Sell-to Customer No.','Type','No.','Description','Quantity','Unit of Measure Code','Unit Price Excl. VAT','Line Discount %','Line Amount Excl. VAT','VAT %']
    out=[h]
    for r in B:
        canc=r['inv'].startswith('C')
        typ='G/L Account' if isnp(r) else 'Item'
        no='6110' if isnp(r) else r['code']
        out.append(['Credit Memo' if canc else 'Invoice',('PCM-' if canc else 'PSI-')+r['inv'].lstrip('C'),r['date'].strftime('%m/%d/%y'),('C'+r['cust']) if r['cust'] else '',typ,no,r['desc'],str(abs(r['qty'])),'PCS','%.2f'%r['price'],'0','%.2f'%(abs(r['qty'])*r['price']),'20'])
    W('bc_sales_lines.csv',csvtext(out))
    rows=[]
    for r in rd('bc_sales_lines.csv'):
        q=float(r['Quantity'])*(-1 if r['Document Type']=='Credit Memo' else 1)
        rows.append(dict(cust=r['Sell-to Customer No.'],item=r['No.'],inv=r['Document No.'],qty=q,price=float(r['Unit Price Excl. VAT']),date=dt.datetime.strptime(r['Posting Date'],'%m/%d/%y'),drop='gl' if r['Type']!='Item' else None))
    return truth.stats(rows,'bc_sales_lines','python3 csv: Credit Memo lines are returns (qty positive as BC stores it, read negative), Type G/L Account lines no product; customer=Sell-to Customer No.; MM/DD/YY')
# Polish Excel (cp1250, ;, decimal comma, space thousands, yyyy-mm-dd): Nr dokumentu;Data sprzedaży;Kod kontrahenta;Symbol;Nazwa towaru;Ilość;J.m.;Cena netto;Wartość netto;Stawka VAT;Wartość brutto
def pl():
    def f(r):
        return [('KOR/' if r['inv'].startswith('C') else 'FS/')+r['inv'].lstrip('C')+'/2011',r['date'].strftime('%Y-%m-%d'),('K'+r['cust']) if r['cust'] else '',r['code'],r['desc'],dec(r['qty'],0).split(',')[0] if False else str(r['qty']),'szt.',dec(r['price']),dec(r['qty']*r['price'],2,' '),'23%',dec(r['qty']*r['price']*1.23,2,' ')]
    generic('pl_excel.csv',['Nr dokumentu','Data sprzedaży','Kod kontrahenta','Symbol','Nazwa towaru','Ilość','J.m.','Cena netto','Wartość netto','Stawka VAT','Wartość brutto'],f,';','cp1250')
    rows=[dict(cust=r['Kod kontrahenta'],item=r['Symbol'],inv=r['Nr dokumentu'].replace('KOR/','C'),qty=pnum(r['Ilość']),price=pnum(r['Cena netto']),date=dt.datetime.fromisoformat(r['Data sprzedaży'])) for r in rdg('pl_excel.csv',';','cp1250')]
    return truth.stats(rows,'pl_excel','python3 cp1250 csv ;: price=Cena netto; KOR/ documents (korekta, negative Ilość) not purchases; yyyy-mm-dd')
# BigCommerce default order export: one row per order, products in one cell
def bigc():
    h=['Order ID','Customer ID','Customer Name','Customer Email','Order Date','Order Status','Subtotal (inc tax)','Shipping Cost (inc tax)','Order Total (inc tax)','Payment Method','Total Quantity','Product Details']
    out=[h]; n=100
    for inv,rs in invs().items():
        n+=1; c=rs[0]['cust']; canc=inv.startswith('C')
        det='|'.join('Product ID: %d, Product Qty: %d, Product SKU: %s, Product Name: %s, Product Weight: 0.5, Product Variation Details: , Product Unit Price: %.2f, Product Total Price: %.2f'%(zlib.crc32(r['code'].encode())%10000,abs(r['qty']),r['code'],r['desc'],r['price'],abs(r['qty'])*r['price']) for r in rs)
        out.append([str(n),c if c else '0',('Customer '+c) if c else 'Guest',email(c) if c else 'g%d@x.com'%n,rs[0]['date'].strftime('%d %b %Y'),'Cancelled' if canc else 'Completed','%.2f'%sum(abs(r['qty'])*r['price'] for r in rs),'4.99','0','Card',str(sum(abs(r['qty']) for r in rs)),det])
    W('bigcommerce_orders.csv',csvtext(out))
    return 'refusal expected (one row per order; products in one cell): no figures'
