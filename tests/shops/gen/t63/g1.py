import sys; sys.path.insert(0,'/tmp/t63/gen')
from lib import *
import hashlib
P=[2.5,3.99,12.0,7.25,1.1,19.9,5.5,8.75,4.2,15.0]

# 1 Square for Retail item sales: SKU re-keyed from internal code to GTIN in July; Item name and Token stable
items=[('Oat Latte','SQ100%d'%i,'400638133%04d'%(i*7+1),'TKN%05d'%(i*13),P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(1,15,items,60):
    for i,q in ls:
        nm,sku,gtin,tok,p=items[i]; nm=['Oat Latte','Flat White','Croissant','Banana Bread','Cold Brew','Granola Jar','Scone','Chai'][i]
        code=sku if dt.month<7 else gtin
        rows.append([dt.strftime('%Y-%m-%d'),dt.strftime('%H:%M:%S'),'Time Zone','Default','Merch','Regular',nm,q,'Regular',code,'%.2f'%(q*p),'0.00','%.2f'%(q*p),'tx%06d'%k,'CUST%03d'%c,'Customer %d'%c,tok])
        tl.append((c,i,k,q,p,dt))
write('square_sku_gtin.csv',['Date','Time','Time Zone','Category','Item Category','Price Point Name','Item','Qty','Device Name','SKU','Gross Sales','Discounts','Net Sales','Transaction ID','Customer ID','Customer Name','Token'],rows,tl,
 'item = product (Item name / Token are stable; SKU holds the internal code SQ100n Jan-Jun and the GTIN from July: one product, two codes). spend = Gross Sales.')

# 2 grocery: EAN-13 with leading zeros vs UPC-A vs zeros dropped, month by month
items=[('0%011d'%(12345678900+i*11),'Item %d'%i,P[i]) for i in range(8)]  # 12-digit UPC-A with leading 0
rows=[];tl=[]
for k,c,dt,ls in stream(2,20,items,60):
    for i,q in ls:
        upc,d,p=items[i]
        code={0:'0'+upc,1:upc,2:upc.lstrip('0')}[dt.month%3]   # EAN-13 / UPC-A / spreadsheet
        rows.append(['R%05d'%k,dt.strftime('%d.%m.%Y %H:%M'),'L%04d'%(c+100),code,['Milk 1L','Bread','Eggs 10','Butter','Yoghurt','Apples 1kg','Coffee 500g','Tea 20'][i],q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('ean_upc_zeros.csv',['Receipt','Date','Loyalty Card','Barcode','Description','Qty','Price'],rows,tl,
 'item = product: EAN-13 0012345678900, UPC-A 012345678900 and 12345678900 are one GTIN (man: --strip-zeros item merges all-digit ids with/without leading zeros).')

# 3 SAP Customer Checkout: material numbers padded to 18 in one extract, plain in the other; customer too
items=[('%d'%(100230+i),'Material %d'%i,P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(3,12,items,50):
    for i,q in ls:
        m,d,p=items[i]
        pad = dt.month<=6
        mat=m.zfill(18) if pad else m; cu=str(c+101).zfill(10) if pad else str(c+101)
        rows.append(['4711',str(900000+k),dt.strftime('%Y%m%d'),dt.strftime('%H%M%S'),cu,mat,d,'%d'%q,'ST','%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('sap_checkout.csv',['Store','Receipt Number','Receipt Date','Time','Customer Number','Material Number','Material Description','Quantity','Unit','Unit Price'],rows,tl,
 'SAP ALPHA: 000000000000100230 = 100230 and 0000000101 = 101 (man: --strip-zeros user,item).')

# 4 Vend / Lightspeed X via pandas: codes and customer ids with .0 in H1, plain in H2
items=[('%d'%(10045+i*3),'Prod %d'%i,P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(4,15,items,60):
    for i,q in ls:
        code,d,p=items[i]
        h1=dt.month<=6
        rows.append([dt.strftime('%Y-%m-%d %H:%M:%S'),'S-%d'%(5000+k),(str(c+2001)+'.0') if h1 else str(c+2001),(code+'.0') if h1 else code,['Tote','Mug','Cap','Pin','Poster','Sticker','Socks','Scarf'][i],q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('vend_dotzero.csv',['sale_date','receipt_number','customer_code','sku','product_name','quantity','price'],rows,tl,
 'pandas wrote customer_code and sku as floats (2001.0, 10045.0) in the Jan-Jun export: 10045.0 is 10045 (man: "An id written as a decimal number (13085.0) is read as the whole number" - said for customers; a careful analyst expects the same for an all-digit sku, or at least a warning).')

# 5 Odoo POS: code reused for another product after catalogue change (July)
names={0:'Blue Mug',1:'Tea Towel',2:'Candle',3:'Notebook',4:'Pen Set',5:'Vase',6:'Coaster',7:'Apron'}
items=list(range(8))
rows=[];tl=[]
for k,c,dt,ls in stream(5,15,items,60):
    for i,q in ls:
        p=P[i]
        if dt.month>=7 and i==0: ti=100; d='Desk Lamp'; p=39.0   # FURN-100 now a lamp
        elif dt.month>=7 and i==1: ti=101; d='Wall Clock'; p=24.0
        else: ti=i; d=names[i]
        code='FURN-%03d'%(100+i)
        rows.append(['Shop/%04d'%k,dt.strftime('%Y-%m-%d %H:%M:%S'),'Partner %d'%c,code,d,q,'%.2f'%p])
        tl.append((c,ti,k,q,p,dt))
write('odoo_reused_code.csv',['Order Ref','Order Date','Customer','Internal Reference','Product','Quantity','Unit Price'],rows,tl,
 'FURN-100 was Blue Mug until June and Desk Lamp from July; FURN-101 Tea Towel then Wall Clock (catalogue change; the description and price say so): 4 products. relrec cannot split by itself; a careful analyst expects at least a word that a code carries two descriptions.')

# 6 code with trailing NBSP / tab / lower case (SAP CC, Lightspeed Restaurant)
items=[('MAT-%03d'%i,'Dish %d'%i,P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(6,15,items,60):
    for i,q in ls:
        code,d,p=items[i]
        v=code
        if k%4==1: v=code+'\u00a0'
        elif k%4==2: v=code+'\u3000'
        elif k%4==3: v='\u00a0'+code
        rows.append([str(7000+k),dt.strftime('%d/%m/%Y %H:%M'),'M%04d'%c,v,['Soup','Salad','Burger','Fries','Cola','Water','Cake','Coffee'][i],q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('lsr_nbsp_codes.csv',['Receipt ID','Date','Customer ID','PLU','Item','Qty','Unit Price'],rows,tl,
 'a code with a trailing/leading no-break space (U+00A0) or ideographic space (U+3000) is the same code (man: blanks around fields are left out; an id with an invisible mark is read without it).')

# 7 phone numbers in several spellings (Evotor / 1C-ish, Russian)
def phones(c):
    n='912%07d'%(1234567+c*1111)
    return ['+7 %s %s-%s-%s'%(n[:3],n[3:6],n[6:8],n[8:]),'8%s'%n,'8 (%s) %s-%s-%s'%(n[:3],n[3:6],n[6:8],n[8:]),'+7%s'%n]
items=[('ART%02d'%i,'Товар %d'%i,P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(7,12,items,60):
    for i,q in ls:
        code,d,p=items[i]
        rows.append([str(k+1),dt.strftime('%d.%m.%Y %H:%M'),phones(c)[k%4],code,d,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('phone_spellings.csv',['Номер чека','Дата','Телефон покупателя','Артикул','Наименование','Количество','Цена'],rows,tl,
 'customer = phone number: +7 912 123-45-67, 89121234567, 8 (912) 123-45-67 and +79121234567 are one phone (Russian 8 = +7).')

# 8 emails mixed case, spaces and +tags (Shopify)
items=[('TEE-%02d'%i,'Tee %d'%i,P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(8,12,items,60):
    e='anna.k%d@example.com'%c
    sp=[e,e.upper(),'Anna.K%d@Example.COM'%c,' %s '%e][k%4]
    for j,(i,q) in enumerate(ls):
        code,d,p=items[i]
        rows.append(['#%d'%(1001+k),sp,dt.strftime('%Y-%m-%d %H:%M:%S +0100'),code,d,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('shopify_email_case.csv',['Name','Email','Created at','Lineitem sku','Lineitem name','Lineitem quantity','Lineitem price'],rows,tl,
 'customer = e-mail, compared ignoring case (man: "An id that is an e-mail address is compared ignoring ASCII case") and the blanks around it.')

# 9 hashes upper vs lower case (anonymised export, two halves)
items=[('%d'%(50000+i),'Art %d'%i,P[i]) for i in range(8)]
rows=[];tl=[]
for k,c,dt,ls in stream(9,15,items,60):
    h=hashlib.sha1(b'cust%d'%c).hexdigest()
    h=h.upper() if dt.month<=6 else h
    for i,q in ls:
        code,d,p=items[i]
        rows.append([h,'T%05d'%k,dt.strftime('%Y-%m-%d %H:%M'),code,d,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('hash_case.csv',['customer_hash','transaction_id','transaction_date','product_code','product_name','quantity','unit_price'],rows,tl,
 'customer = SHA-1 hex hash; H1 export wrote it upper case, H2 lower case: hex digits are case-free, one customer.')

# 10 zero-padded customer ids (pharmacy) + NDC 10 vs 11 digit
ndc10=['0002-1433-80','50580-506-02','0093-0058-01','0378-1800-10','0781-1506-10','0904-6412-61','68180-513-01','0115-1655-01']
def ndc11(s):
    a,b,c=s.split('-'); return '%05d-%04d-%02d'%(int(a),int(b),int(c))
items=list(range(8))
rows=[];tl=[]
for k,c,dt,ls in stream(10,12,items,60):
    for i,q in ls:
        p=P[i]
        code=ndc10[i] if dt.month<=6 else ndc11(ndc10[i])
        pid=('%08d'%(c+341)) if dt.month<=6 else str(c+341)
        rows.append(['RX%06d'%k,dt.strftime('%m/%d/%Y'),pid,code,'Drug %d'%i,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt.replace(hour=0,minute=0)))
write('pharmacy_ndc.csv',['Rx Number','Fill Date','Patient ID','NDC','Drug Name','Qty','Unit Price'],rows,tl,
 'Patient ID 00000341 = 341 (pharmacy system padded, after the migration not: --strip-zeros user). NDC 0002-1433-80 (10-digit 4-4-2) = 00002-1433-80 (11-digit 5-4-2 billing form): the same drug.')
# control probe: pharmacy_ndc.csv with every NDC in its 11-digit form (one spelling per drug)
import csv as _c
R=list(_c.reader(open(D+'/pharmacy_ndc.csv',encoding='utf-8')))
_f=lambda s:'%05d-%04d-%02d'%tuple(map(int,s.split('-')))
_c.writer(open(D+'/probe_pharmacy_ndc11.csv','w',encoding='utf-8',newline=''),lineterminator='\r\n').writerows([R[0]]+[r[:3]+[_f(r[3])]+r[4:] for r in R[1:]])
open(T+'/probe_pharmacy_ndc11.csv.txt','w').write(open(T+'/pharmacy_ndc.csv.txt').read().replace('TRUTH for pharmacy_ndc.csv','TRUTH for probe_pharmacy_ndc11.csv (pharmacy_ndc.csv with every NDC in its 11-digit form)'))
