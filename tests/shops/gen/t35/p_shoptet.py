# Czech Shoptet order export (cp1250, ';', decimal comma); one row per order item, orderItemType says what the row is
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Hrnek smaltovaný','Čaj zelený Sencha','Káva zrnková Brazílie','Kořenka dřevěná','Prkénko bukové','Ubrousky lněné','Svíčka včelí','Džem meruňkový','Med květový','Mýdlo levandulové']
random.seed(33); items=catalogue(35,'SKU-',names)
items=[(s,n,round(random.randint(49,1490)+0.0,2)) for s,n,p in items]
ords=orders(33,70,420,items,start=datetime.datetime(2024,2,1,8),days=250)
T=Truth('shoptet'); L=[]
def n(x): return f'{x:.2f}'.replace('.',',')
for o in ords:
    code=f'2024{o["inv"]:06d}'; dt=o['dt'].strftime('%Y-%m-%d %H:%M:%S')
    st=random.choices(['Vyřízena','Stornována','Nevyřízena'],[85,8,7])[0]
    em=(o['cust'].lower()+'@seznam.cz') if o['cust'] else f'host{o["inv"]}@email.cz'
    cust=em
    base=[code,dt,st,'CZK',em,'Jan Novák' if o['cust'] else 'Host']
    for sku,d,q,p in o['lines']:
        L.append(base+['product',d,sku,n(q),n(p),n(q*p)])
        T.add('sale' if st!='Stornována' else 'cancelled',code,cust,o['dt'],sku,q,p)
    L.append(base+['shipping','Zásilkovna - výdejní místo','','1,00',n(79),n(79)]); T.add('nonproduct',code,cust,o['dt'],'',1,79)
    if random.random()<0.3: L.append(base+['billing','Dobírka','','1,00',n(39),n(39)]); T.add('nonproduct',code,cust,o['dt'],'',1,39)
    if random.random()<0.1: L.append(base+['discount-coupon','Sleva 10 % (JARO10)','','1,00',n(-50),n(-50)]); T.add('nonproduct',code,cust,o['dt'],'',1,-50)
import csv
with open(f'{OUT}/shoptet.csv','w',encoding='cp1250',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n')
    w.writerow(['code','date','statusName','currency','email','billFullName','orderItemType','orderItemName','orderItemCode','orderItemAmount','orderItemUnitPriceWithVat','orderItemTotalPriceWithVat']); w.writerows(L)
print(T.write(),len(L))
