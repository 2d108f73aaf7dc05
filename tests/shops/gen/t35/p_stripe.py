# Stripe Dashboard exports: (a) Payments (unified_payments.csv), (b) Invoice line items
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Pro plan (monthly)','Starter plan','Extra seat','Onboarding call','Sticker pack','Hoodie','Mug','T-shirt','Tote bag','Notebook']
random.seed(99); items=catalogue(20,'prod_P',names)
ords=orders(99,60,420,items,start=datetime.datetime(2024,1,1,0),days=300,guest_rate=0.05,maxlines=3)
import csv
# (b) invoice line items
T=Truth('stripe_li'); L=[]
H=['Invoice ID','Invoice Number','Invoice Status','Customer','Customer Email','Created (UTC)','Line Item ID','Description','Quantity','Unit Amount','Amount','Currency','Price ID','Product ID','Discountable','Proration']
for o in ords:
    cus='cus_'+('%014x'%abs(hash(o['cust'] or o['inv'])))[:14]
    em=(o['cust'] or 'x').lower()+'@acme.io'
    st=random.choices(['paid','open','void','uncollectible'],[85,7,5,3])[0]
    for sku,d,q,p in o['lines']:
        L.append(['in_%024x'%o['inv'],f'A1B2C3D4-{o["inv"]:04d}',st,cus,em,o['dt'].strftime('%Y-%m-%d %H:%M:%S'),'il_%020x'%random.getrandbits(80),d,str(q),f'{p:.2f}',f'{q*p:.2f}','usd','price_%s'%sku[-4:],sku,'true','false'])
        T.add('sale' if st!='void' else 'void',o['inv'],cus,o['dt'],sku,q,p)
with open(f'{OUT}/stripe_li.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f); w.writerow(H); w.writerows(L)
print(T.write(),len(L))
# (a) payments
P=['id','Description','Seller Message','Created date (UTC)','Amount','Amount Refunded','Currency','Captured','Converted Amount','Converted Amount Refunded','Fee','Taxes On Fee','Converted Currency','Status','Statement Descriptor','Customer ID','Customer Description','Customer Email','Card ID','Card Brand','Invoice ID']
with open(f'{OUT}/stripe_pay.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f); w.writerow(P)
    for o in ords:
        a=sum(q*p for _,_,q,p in o['lines'])
        w.writerow(['ch_%024x'%o['inv'],'Payment for Invoice','Payment complete.',o['dt'].strftime('%Y-%m-%d %H:%M:%S'),f'{a:.2f}','0.00','usd','true',f'{a:.2f}','0.00',f'{a*.029+.3:.2f}','0.00','usd','Paid','ACME','cus_%014x'%abs(hash(o['cust'] or o['inv'])),'',(o['cust'] or 'x').lower()+'@acme.io','card_x','Visa','in_%024x'%o['inv']])
