# SumUp "Transactions" report: Email = the MERCHANT's login on every row; one row per payment; Description lists the items
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Latte','Cappuccino','Flat White','Croissant','Banana Bread','Iced Tea','Bagel','Muffin']
random.seed(91); items=catalogue(8,'',names)
ords=orders(91,50,400,items,start=datetime.datetime(2024,3,1,7),days=100,guest_rate=1,maxlines=3)
with open(f'{OUT}/sumup.csv','w',encoding='utf-8',newline='') as f:
    w=csv.writer(f)
    w.writerow(['Email','Date','Transaction ID','Transaction Type','Status','Card Type','Last 4 Digits','Payment Method','Description','Total Amount','Tip Amount','Fee','Payout','Reference'])
    for o in ords:
        st=random.choices(['Successful','Refunded','Failed'],[92,4,4])[0]
        desc=', '.join((f'{q} x {d}' if q>1 else d) for _,d,q,_ in o['lines'])
        a=sum(q*p for _,_,q,p in o['lines'])
        w.writerow(['owner@bluecafe.co.uk',o['dt'].strftime('%d/%m/%Y %H:%M'),'T'+'%09X'%random.getrandbits(36),'Sale',st,'VISA','%04d'%random.randint(0,9999),'Card',desc,f'{a:.2f}','0.00',f'{a*.0169:.2f}',f'{a*.9831:.2f}',''])
