# Sage 50 Accounts (UK): Invoice/credit item listing exported to CSV (Excel-style, cp1252, dd/mm/yyyy)
# Type SI = sales invoice, SC = sales credit; product codes S1/S2/S3 = non-stock/service, M = message line
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Oak Chopping Board','Enamel Mug','Linen Tea Towel','Copper Kettle','Wool Throw','Beeswax Candle','Ceramic Vase','Brass Hook','Jute Rug','Walnut Tray']
random.seed(22); items=catalogue(30,'PRD',names)
ords=orders(22,50,300,items,start=datetime.datetime(2023,4,3,9),days=360)
T=Truth('sage50'); L=[]
acs={}
for o in ords:
    ac=(o['cust'] or 'CASH001').replace('C','ACC',1) if o['cust'] else 'CASH001'
    for sku,d,q,p in o['lines']:
        net=q*p
        L.append(['SI',o['inv'],o['dt'].strftime('%d/%m/%Y'),ac,sku,d,f'{q:.2f}',f'{p:.2f}',f'{net:.2f}',f'{net*0.2:.2f}'])
        T.add('sale' if ac!='CASH001' else 'guest',o['inv'],ac if ac!='CASH001' else None,o['dt'].replace(hour=0,minute=0),sku,q,p)
    if random.random()<0.3:
        L.append(['SI',o['inv'],o['dt'].strftime('%d/%m/%Y'),ac,'S1','Carriage - DPD next day','1.00','7.95','7.95','1.59'])
        T.add('nonproduct',o['inv'],ac,o['dt'],'S1',1,7.95)
    if random.random()<0.2:
        L.append(['SI',o['inv'],o['dt'].strftime('%d/%m/%Y'),ac,'M','Thank you for your order','0.00','0.00','0.00','0.00'])
        T.add('nonproduct',o['inv'],ac,o['dt'],'M',0,0)
    if random.random()<0.07 and ac!='CASH001':
        sku,d,q,p=o['lines'][0]; dt=o['dt']+datetime.timedelta(days=9)
        L.append(['SC',90000+o['inv'],dt.strftime('%d/%m/%Y'),ac,sku,d,f'{q:.2f}',f'{p:.2f}',f'{q*p:.2f}',f'{q*p*0.2:.2f}'])
        T.add('return',90000+o['inv'],ac,dt,sku,q,p)
import csv
with open(f'{OUT}/sage50.csv','w',encoding='cp1252',newline='') as f:
    w=csv.writer(f,lineterminator='\r\n')
    w.writerow(['Type','Invoice/CM #','Date','A/C','Product Code','Description','Quantity','Unit Price','Net','VAT']); w.writerows(L)
print(T.write(),len(L))
