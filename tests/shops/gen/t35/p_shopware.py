# Shopware 6 Import/Export profile "Default orders": one row per order, ';', UTF-8, lineItems serialized "qtyx productNumber|..."
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Hauptartikel','Trinkflasche','Sonnenbrille','Rucksack','Turnschuh','Mütze','Socken 3er','Gürtel','Schal','Handschuhe']
random.seed(88); items=catalogue(30,'SW1',names)
ords=orders(88,60,400,items,start=datetime.datetime(2024,1,2,8),days=250,guest_rate=0)
T=Truth('shopware'); L=[]
H=['id','orderNumber','salesChannelId','orderCustomer.firstName','orderCustomer.lastName','orderCustomer.email','orderCustomer.salutation.salutationKey','billingAddress.street','billingAddress.zipcode','billingAddress.city','billingAddress.country.iso','amountTotal','stateId','orderDateTime','lineItems','deliveries']
for o in ords:
    em=o['cust'].lower()+'@example.de'
    li='|'.join(f'{q}x {sku}' for sku,d,q,p in o['lines'])
    L.append(['%032x'%random.getrandbits(128),str(o['inv']),'98432def39fc4624b33213a56b8c944d','Max','Mustermann',em,'mr','Ebbinghoff 10','48624','Schöppingen','DE',f'{sum(q*p for _,_,q,p in o["lines"])+4.99:.2f}','%032x'%random.getrandbits(128),o['dt'].strftime('%Y-%m-%dT%H:%M:%S.000+00:00'),li,'%032x'%random.getrandbits(128)])
    for sku,d,q,p in o['lines']: T.add('sale',o['inv'],em,o['dt'],sku,q,p)
import csv
with open(f'{OUT}/shopware.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\n'); w.writerow(H); w.writerows(L)
print(T.write(),len(L))
