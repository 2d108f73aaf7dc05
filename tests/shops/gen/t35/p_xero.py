# Xero Sales > Invoices > Export (CSV), NZ/AU/UK: dd/mm/yyyy, one row per invoice line; credit notes in same export
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Flat White Beans 1kg','Decaf Beans 500g','Chai Syrup','Oat Milk 1L','Paper Cups 8oz (1000)','Lids 8oz (1000)','Espresso Blend 1kg','Hot Choc Powder','Almond Milk 1L','Barista Cloth']
random.seed(77); items=catalogue(28,'IT-',names)
ords=orders(77,45,380,items,start=datetime.datetime(2023,7,1),days=360,guest_rate=0)
cname={f'C{i:04d}':f'Cafe {w} Ltd' for i,w in enumerate(['Aroha','Kowhai','Tui','Rata','Kiwi','Nikau','Pohutukawa','Manuka','Kauri','Totara']*5)}
noemail={c for c in cname if hash(c)%7==0}
T=Truth('xero'); L=[]
H=['ContactName','EmailAddress','POAddressLine1','POCity','POCountry','InvoiceNumber','Reference','InvoiceDate','DueDate','Total','TaxTotal','InvoiceAmountPaid','InvoiceAmountDue','InventoryItemCode','Description','Quantity','UnitAmount','Discount','LineAmount','AccountCode','TaxType','TaxAmount','TrackingName1','TrackingOption1','Currency','Type','Sent','Status']
cn=0
for o in ords:
    c=o['cust']; em='' if c in noemail else f'accounts@{cname[c].split()[1].lower()}.co.nz'
    st=random.choices(['PAID','AUTHORISED','VOIDED'],[85,10,5])[0]
    ls=list(o['lines']); tot=sum(q*p for _,_,q,p in ls)*1.15
    d=o['dt'].strftime('%d/%m/%Y'); due=(o['dt']+datetime.timedelta(days=20)).strftime('%d/%m/%Y')
    base=lambda num,typ,stt:[cname[c],em,'1 Queen St','Auckland','New Zealand',num,f'PO{o["inv"]}',d,due,f'{tot:.2f}',f'{tot-tot/1.15:.2f}',f'{tot if stt=="PAID" else 0:.2f}',f'{0 if stt=="PAID" else tot:.2f}']
    num=f'INV-{o["inv"]:04d}'
    for sku,ds,q,p in ls:
        L.append(base(num,'Sales invoice',st)+[sku,ds,f'{q:.4f}',f'{p:.4f}','',f'{q*p:.2f}','200','15% GST on Income',f'{q*p*.15:.2f}','Region','North','NZD','Sales invoice','Sent',st])
        T.add('sale' if st!='VOIDED' else 'void',num,cname[c],o['dt'].replace(hour=0,minute=0),sku,q,p)
    if random.random()<0.4:
        L.append(base(num,'Sales invoice',st)+['','Freight - Mainfreight','1.0000','12.5000','','12.50','210','15% GST on Income','1.88','','','NZD','Sales invoice','Sent',st]); T.add('nonproduct',num,c,o['dt'],'',1,12.5)
    if random.random()<0.06 and st=='PAID':
        cn+=1; sku,ds,q,p=ls[0]; dt=o['dt']+datetime.timedelta(days=4)
        r=base(f'CN-{cn:04d}','Sales credit note','PAID'); r[7]=dt.strftime('%d/%m/%Y')
        L.append(r+[sku,ds,f'{q:.4f}',f'{p:.4f}','',f'{q*p:.2f}','200','15% GST on Income',f'{q*p*.15:.2f}','','','NZD','Sales credit note','Sent','PAID'])
        T.add('return',f'CN-{cn:04d}',cname[c],dt,sku,q,p)
import csv
with open(f'{OUT}/xero.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,lineterminator='\r\n'); w.writerow(H); w.writerows(L)
print(T.write(),len(L),'noemail',len(noemail))
