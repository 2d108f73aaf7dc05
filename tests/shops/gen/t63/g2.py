import sys; sys.path.insert(0,'/tmp/t63/gen')
from lib import *
P=[2.5,3.99,12.0,7.25,1.1,19.9,5.5,8.75,4.2,15.0]
def isbn13(core9):
    s='978'+core9; t=sum(int(d)*(1 if i%2==0 else 3) for i,d in enumerate(s)); return s+str((10-t%10)%10)
def isbn10(core9):
    t=sum(int(d)*(10-i) for i,d in enumerate(core9)); c=(11-t%11)%11; return core9+('X' if c==10 else str(c))
def hy13(s): return '%s-%s-%s-%s-%s'%(s[:3],s[3],s[4:7],s[7:12],s[12])

# 11 bookshop: ISBN-13 / hyphenated ISBN-13 / ISBN-10 / ISBN-10 without its zero
cores=['030640615','014044913','006112008','044022165','015602943','019953556','031242757','067973452']
rows=[];tl=[]
for k,c,dt,ls in stream(11,15,cores,60):
    for i,q in ls:
        co=cores[i]; p=P[i]+10
        code=[isbn13(co),hy13(isbn13(co)),isbn10(co),isbn10(co).lstrip('0')][k%4]
        rows.append(['INV%05d'%k,dt.strftime('%Y-%m-%d %H:%M'),'K%04d'%c,code,'Title %d'%i,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('bookshop_isbn.csv',['Invoice No','Date','Customer No','ISBN','Title','Qty','Price'],rows,tl,
 'item = the book: ISBN-13 9780306406157, 978-0-306-40615-7, ISBN-10 0306406152 and 306406152 (zero dropped by a spreadsheet) are one book.')

# 12 grocery variable-measure EAN-13 (GS1 prefix 2, price embedded) + PLU
plus=['4011','4046','4065','3082','4225','4087','4131','4664']   # banana, avocado, pepper, broccoli...
def vm(plu,price):
    body='21'+plu.zfill(5)+'0'+'%04d'%round(price*100)
    t=sum(int(d)*(1 if i%2==0 else 3) for i,d in enumerate(body)); return body+str((10-t%10)%10)
import random; rng=random.Random(12)
rows=[];tl=[]
for k,c,dt,ls in stream(12,15,plus,60):
    for i,q in ls:
        kg=round(rng.uniform(0.3,2.5),3); perkg=P[i]; amt=round(kg*perkg,2)
        code=vm(plus[i],amt) if k%2 else plus[i]
        rows.append([str(k+1),dt.strftime('%Y-%m-%d %H:%M'),'C%03d'%c,code,['Bananas','Avocado','Peppers','Broccoli','Melon','Tomatoes','Apples','Lemons'][i],'%.3f'%kg,'%.2f'%perkg,'%.2f'%amt])
        tl.append((c,i,k,kg,perkg,dt))
write('grocery_weighed_ean.csv',['Receipt','Date','Customer ID','Barcode','Description','Quantity','Unit Price','Line Total'],rows,tl,
 'weighed goods: odd receipts scanned the scale label, a GS1 variable-measure EAN-13 (prefix 21 + 5-digit PLU + price in cents + check digit), even ones the PLU keyed in: item = PLU (one banana item, not one per price).')

# 13 fashion: parent Product ID beside Variant SKU (Shopify-style products joined)
par=['8801','8802','8803']; vars_=[(0,'TSHIRT-RED-M'),(0,'TSHIRT-RED-L'),(0,'TSHIRT-BLU-M'),(1,'HOODIE-GRY-S'),(1,'HOODIE-GRY-M'),(2,'CAP-BLK'),(1,'HOODIE-BLK-M'),(0,'TSHIRT-BLU-L')]
rows=[];tl=[]
for k,c,dt,ls in stream(13,15,vars_,60):
    for i,q in ls:
        pi,sku=vars_[i]; p=[19.0,45.0,15.0][pi]
        rows.append(['#%d'%(2001+k),dt.strftime('%Y-%m-%d %H:%M:%S'),'shopper%d@mail.test'%c,par[pi],sku,['T-Shirt','Hoodie','Cap'][pi],q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('fashion_variants.csv',['Order','Created at','Email','Product ID','Variant SKU','Product Title','Quantity','Price'],rows,tl,
 'item = the variant (Variant SKU: a size and colour is what a shopper buys again; man: article_id beside product_code, H&M, is the item, the product code groups colours). Reading Product ID gives 3 items.')

# 14 marketplace: several sellers, seller SKUs for the same EAN
eans=['4006381333931','5901234123457','4012345678901','8712345678906','7612345678900','3012345678901']
sellers=['ShopA','ShopB','ShopC']
rows=[];tl=[]
rng=random.Random(14)
for k,c,dt,ls in stream(14,15,eans,60):
    s=rng.randrange(3)
    for i,q in ls:
        p=P[i]+s
        rows.append(['MP-%06d'%k,dt.strftime('%Y-%m-%d %H:%M'),'buyer%03d'%c,sellers[s],'%s-%s'%(sellers[s][-1],['X1','KB9','ZZ-77','q-5','M42','R2D2'][i]),eans[i],'Product %d'%i,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('marketplace_seller_sku.csv',['Order ID','Order Date','Buyer ID','Seller','Seller SKU','EAN','Product Name','Quantity','Unit Price'],rows,tl,
 'a marketplace operator export: three sellers list the same product (one EAN) under their own Seller SKU: item = EAN (the product a buyer buys), not the listing.')

# 15 B2B distributor: Company beside Contact Email / Contact Name
rows=[];tl=[]
items=list(range(8))
comp=['Acme GmbH','Bolt Ltd','Cobalt BV','Delta SA','Echo AB','Fjord AS']
for k,c,dt,ls in stream(15,6,items,60):
    person=k%3
    for i,q in ls:
        p=P[i]*10
        rows.append(['SO%05d'%k,dt.strftime('%d-%b-%Y'),comp[c],'buyer%d@%s.example'%(person,comp[c].split()[0].lower()),'Buyer %d'%person,'ART-%03d'%i,'Article %d'%i,q*10,'%.2f'%p])
        tl.append((c,i,k,q*10,p,dt.replace(hour=0,minute=0)))
write('b2b_company_contact.csv',['Sales Order','Order Date','Company','Contact Email','Contact Name','Item Code','Item Description','Qty','Unit Price'],rows,tl,
 'B2B: the customer is the Company (3 buyers of each company order for it); reading the contact e-mail splits each company into 3.')

# 16 guest per order ids
items=list(range(8))
rows=[];tl=[]
for k,c,dt,ls in stream(16,12,items,60):
    guest = k%5 in (0,2)
    cid='GUEST-%06d'%(123+k) if guest else 'CU%05d'%c
    for i,q in ls:
        p=P[i]
        rows.append(['WO-%d'%(3000+k),dt.strftime('%Y-%m-%d %H:%M:%S'),cid,'SKU%02d'%i,'Thing %d'%i,q,'%.2f'%p])
        if not guest: tl.append((c,i,k,q,p,dt))
write('guest_per_order.csv',['Order Number','Order Date','Customer ID','SKU','Item Name','Quantity','Item Price'],rows,tl,
 'GUEST-nnnnnn is a per-order guest id: no customer (as a blank or "guest" id: the man page reads such rows as no customer and the customer rule drops them).')

# 17 loyalty: replaced card (Aldi-style) - Card Number changes, Account Number stays
items=list(range(8))
rows=[];tl=[]
for k,c,dt,ls in stream(17,12,items,60):
    card=('9276%012d'%(c*7919+1)) if (dt.month<=6 or c%3) else ('9276%012d'%(c*7919+500000))
    for i,q in ls:
        p=P[i]
        rows.append([dt.strftime('%d.%m.%Y'),dt.strftime('%H:%M'),'%04d-%d'%(k,dt.day),card,'KTO%05d'%(c+10),'%06d'%(700100+i),'Artikel %d'%i,q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('loyalty_card_account.csv',['Datum','Uhrzeit','Bon-Nr','Kartennummer','Kundenkonto','Artikelnummer','Artikelbezeichnung','Menge','Preis'],rows,tl,
 'customer = Kundenkonto (the account); 4 customers got a new card (Kartennummer) in July, same account.')

# 18 merged customers: Customer ID + Merged Into
items=list(range(8))
rows=[];tl=[]
for k,c,dt,ls in stream(18,12,items,60):
    canon=c if c<9 else c-9   # customers 9,10,11 are duplicates of 0,1,2, merged in the CRM
    for i,q in ls:
        p=P[i]
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d'),str(500+c),str(500+canon) if c>=9 else '','P%02d'%i,'Prod %d'%i,q,'%.2f'%p])
        tl.append((canon,i,k,q,p,dt.replace(hour=0,minute=0)))
write('crm_merged_ids.csv',['Invoice','Date','Customer ID','Merged Into Customer ID','Product Code','Product Name','Quantity','Price'],rows,tl,
 'customers 509-511 were merged into 500-502 (the CRM column "Merged Into Customer ID" says so): 9 customers.')
