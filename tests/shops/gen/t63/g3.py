import sys; sys.path.insert(0,'/tmp/t63/gen')
from lib import *
import random
P=[2.5,3.99,12.0,7.25,1.1,19.9,5.5,8.75,4.2,15.0]
def ean13(b12):
    t=sum(int(d)*(1 if i%2==0 else 3) for i,d in enumerate(b12)); return b12+str((10-t%10)%10)
def sci(s):
    return ('%.5E'%int(s)).replace('E+','E+')   # 4.00638E+12
# 19 Shopify POS export opened in Excel: barcodes in scientific notation on the H2 rows; two EANs round alike
eans=[ean13('400638133%03d'%(i*10)) for i in range(6)]+[ean13('590123412345'),ean13('871234567890')]
rows=[];tl=[]
for k,c,dt,ls in stream(19,15,eans,60):
    for i,q in ls:
        e=eans[i]; code=e if dt.month<=6 else ('%.5E'%int(e))
        rows.append(['#%d'%(4001+k),dt.strftime('%Y-%m-%d %H:%M:%S'),'c%03d@pos.test'%c,code,'POS item %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('shopifypos_sci_barcode.csv',['Name','Created at','Email','Lineitem sku','Lineitem name','Lineitem quantity','Lineitem price'],rows,tl,
 'H2 rows were saved by Excel: 4006381330003 became 4.00638E+12 (the six 400638133xxx EANs round alike). Truth = the unrounded reading (8 items); man: such ids are read as written and a WARNING counts them.')

# 20 Aldi-style loyalty: 16-digit card numbers, Excel kept 15 digits on H2 rows; customer phone in sci too
rows=[];tl=[]
items=list(range(8))
for k,c,dt,ls in stream(20,15,items,60):
    card='9276%012d'%(c*104729+17)
    if dt.month>6: card=card[:15]+'0'
    for i,q in ls:
        rows.append([str(k+1),dt.strftime('%Y-%m-%d %H:%M'),card,'%06d'%(200300+i),'Artikel %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('loyalty_excel15.csv',['Receipt No','Date','Member Number','Item No','Description','Quantity','Price'],rows,tl,
 '16-digit card numbers; Excel wrote the H2 ones with a 0 for the 16th digit (15 significant digits). Truth 15 customers; man: warns when 3+ 16-digit ids end in zeros past the 15th digit.')

# 21 letter case: variant SKUs lower case from the web shop, upper case from the till (WooCommerce + POS)
vs=['tshirt-red-m','tshirt-red-l','tshirt-blu-m','hoodie-gry-s','mug-wht','cap-blk','sock-3pk','bag-nat']
rows=[];tl=[]
for k,c,dt,ls in stream(21,15,vs,60):
    for i,q in ls:
        code=vs[i] if k%2 else vs[i].upper()
        cu='Cust%03d'%c if k%2 else 'CUST%03d'%c
        rows.append(['%d'%(9000+k),dt.strftime('%Y-%m-%d %H:%M'),cu,code,'Item %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('case_sku_customer.csv',['Order ID','Order Date','Customer ID','SKU','Product Name','Quantity','Price'],rows,tl,
 'web orders write SKU and customer id in lower/mixed case, till orders in capitals: one item, one customer (man: stock codes compared byte for byte unless clean casefold on; customer ids such as WHOLESALE01 and wholesale01 are two - documented; truth here is what the shop means).')

# 22 Smaregi-like: JAN codes in full-width digits on some rows, customer ids with thousands marks
jans=[ean13('49012345%04d'%i) for i in range(8)]
fw=lambda s:''.join(chr(ord(ch)+0xFEE0) for ch in s)
rows=[];tl=[]
for k,c,dt,ls in stream(22,15,jans,60):
    cid=str(12340+c*7)
    for i,q in ls:
        code=fw(jans[i]) if k%3==0 else jans[i]
        cu='{:,}'.format(int(cid)) if k%3==1 else cid
        rows.append(['%d'%(k+1),dt.strftime('%Y/%m/%d %H:%M'),cu,code,'商品%d'%i,q,'%d'%int(P[i]*100)])
        tl.append((c,i,k,q,int(P[i]*100),dt))
write('smaregi_fullwidth.csv',['取引ID','取引日時','会員ID','JANコード','商品名','数量','単価'],rows,tl,
 'full-width JAN digits and 12,347 vs 12347 are the same ids (man: full-width ASCII read as ASCII; grouped ids merged when also written plain).')

# 23 subscription box: +tag e-mails (gift/box tags) 
rows=[];tl=[]
items=list(range(8))
for k,c,dt,ls in stream(23,12,items,60):
    e=['mia%d@gmail.com'%c,'mia%d+box@gmail.com'%c][k%2]
    for i,q in ls:
        rows.append(['sub_%d'%(100+c),'#%d'%(700+k),dt.strftime('%Y-%m-%d %H:%M'),e,'BOX-%02d'%i,'Box item %d'%i,1,'%.2f'%P[i]])
        tl.append((c,i,k,1,P[i],dt))
write('subscription_plus_tags.csv',['Subscription ID','Order Name','Billing Date','Customer Email','SKU','Product','Quantity','Price'],rows,tl,
 'mia3+box@gmail.com is mia3@gmail.com (a +tag: same mailbox; the same Subscription ID confirms it): one customer per subscriber.')

# 24 EAN-8 vs GTIN-14 zero padded, and items with ".00"
e8=['96385074','40123455','12345670','55123457','73513537','20123451','42345671','87654325']
rows=[];tl=[]
for k,c,dt,ls in stream(24,15,e8,60):
    for i,q in ls:
        code=[e8[i],e8[i].zfill(13),e8[i].zfill(14),e8[i]+'.00'][k%4]
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),('%d.00'%(300+c)) if k%4==3 else str(300+c),code,'Snack %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('ean8_gtin14_dec.csv',['Transaction','Date','Customer ID','GTIN','Description','Quantity','Price'],rows,tl,
 'EAN-8 96385074, as GTIN-13 0000096385074 and GTIN-14 00000096385074, and 96385074.00 from a float column: one item; customer 301.00 = 301 (man: decimal number read as whole number).')

# 25 code reused under a code column (Lightspeed Retail, "Product Code")
names=['Blue Mug','Tea Towel','Candle','Notebook','Pen Set','Vase','Coaster','Apron']
rows=[];tl=[]
for k,c,dt,ls in stream(25,15,names,60):
    for i,q in ls:
        p=P[i]; ti=i; d=names[i]
        if dt.month>=7 and i<2: ti=100+i; d=['Desk Lamp','Wall Clock'][i]; p=[39.0,24.0][i]
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),'C%03d'%c,'%d'%(1000+i),d,q,'%.2f'%p])
        tl.append((c,ti,k,q,p,dt))
write('lsretail_reused_code.csv',['Sale ID','Date','Customer Code','Product Code','Description','Quantity','Unit Price'],rows,tl,
 'codes 1000 and 1001 were given to new products in July (Blue Mug -> Desk Lamp, Tea Towel -> Wall Clock): 10 products; a careful analyst expects at least a word that a code carries two descriptions in separate periods.')

# 26 Odoo partner display names "Company, Person" (B2B via Odoo), item "[REF] Name" renamed
rows=[];tl=[]
comps=['Azure Interior','Deco Addict','Gemini Furniture','Lumber Inc']
items=['E-COM11','E-COM12','FURN_0269','FURN_7800','FURN_8220','E-COM07']
nm=['Cabinet with Doors','Conference Chair','Office Chair Black','Desk Combination','Four Person Desk','Large Cabinet']
for k,c,dt,ls in stream(26,4,items,50):
    person=['Brandon Freeman','Nicole Ford','Colleen Diaz'][k%3]
    for i,q in ls:
        n=nm[i] if dt.month<7 else nm[i].replace('with','w/').replace('Chair','Chair (v2)')
        rows.append(['Shop/%04d'%k,dt.strftime('%Y-%m-%d %H:%M:%S'),'%s, %s'%(comps[c],person),'[%s] %s'%(items[i],n),q,'%.2f'%(P[i]*20)])
        tl.append((c,i,k,q,P[i]*20,dt))
write('odoo_partner_display.csv',['Order Ref','Date','Customer','Product','Quantity','Unit Price'],rows,tl,
 'Odoo writes a contact as "Company, Person" and a product as "[Internal Ref] Name": the customer is the company (4), the item the internal reference (6; names were edited in July).')
