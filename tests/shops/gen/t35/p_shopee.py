# Shopee Indonesia seller centre "Order.all" export (English headers), xlsx saved as CSV by Indonesian Excel: ';', IDR with thousands dots
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Kaos Polos Cotton','Hijab Segi Empat','Sandal Jepit','Tas Selempang','Dompet Kulit','Topi Baseball','Celana Jogger','Kemeja Flanel','Masker Kain','Kaos Kaki']
random.seed(41); items=catalogue(30,'SKU',names)
items=[(f'KP-{i:03d}',n,float(random.randint(15,300)*1000)) for i,(s,n,p) in enumerate(items)]
ords=orders(41,120,550,items,start=datetime.datetime(2024,1,2,8),days=300,guest_rate=0,maxlines=3)
def idr(x): return f'{int(x):,}'.replace(',','.')
T=Truth('shopee'); L=[]
for o in ords:
    st=random.choices(['Selesai','Batal','Sedang Dikirim'],[85,8,7])[0]
    st={'Selesai':'Completed','Batal':'Cancelled','Sedang Dikirim':'Shipping'}[st]
    u='buyer_'+o['cust'].lower()
    for sku,d,q,p in o['lines']:
        rq=q if (st=='Completed' and random.random()<0.04) else 0
        L.append([f'24{o["inv"]:012d}',st,'Need to change delivery address' if st=='Cancelled' else '','Refund Accepted' if rq else '','JX%010d'%o['inv'],'J&T Express',o['dt'].strftime('%Y-%m-%d %H:%M'),o['dt'].strftime('%Y-%m-%d %H:%M'),sku.split('-')[0],d,sku,'Hitam,L',idr(p*1.2),idr(p),str(q),str(rq),idr(q*p),u,'Budi','62812xxxx','Jakarta'])
        T.add('cancelled' if st=='Cancelled' else ('return' if rq else 'sale'),f'24{o["inv"]:012d}',u,o['dt'],sku,q,p)
with open(f'{OUT}/shopee.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n')
    w.writerow(['Order ID','Order Status','Cancel reason','Return / Refund Status','Tracking Number*','Shipping Option','Order Creation Date','Order Paid Time','Parent SKU Reference No.','Product Name','SKU Reference No.','Variation Name','Original Price','Deal Price','Quantity','Returned quantity','Product Subtotal','Username (Buyer)','Receiver Name','Phone Number','City']); w.writerows(L)
print(T.write(),len(L))
