# 1C:Enterprise (Управление торговлей 11) list form "Реализация товаров" lines, saved as CSV UTF-8 with BOM from 1C's spreadsheet:
# quantities with 3 decimals "1,000", prices "4 792,31" (plain space), retail sales under the counterparty "Розничный покупатель", a final "Итого" line
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Чай чёрный Ассам','Кофе молотый','Сахар-рафинад','Печенье овсяное','Мёд липовый','Конфеты «Мишка»','Кружка керамическая','Чайник заварочный','Варенье вишнёвое','Шоколад горький']
random.seed(61); items=catalogue(30,'',names)
items=[(f'00-{i+1:08d}',n,round(random.uniform(50,5000),2)) for i,(s,n,p) in enumerate(items)]
ords=orders(61,50,350,items,start=datetime.datetime(2024,1,9,9),days=300,guest_rate=0.3)
def num(x,d=2): return f'{x:,.{d}f}'.replace(',',' ').replace('.',',')
T=Truth('1c_utf8'); L=[]; tq=0; ts=0
for o in ords:
    c=o['cust']; cn=f'ООО Клиент {c[1:]}' if c else 'Розничный покупатель'
    for sku,d,q,p in o['lines']:
        L.append([f'{o["dt"]:%d.%m.%Y %H:%M:%S}',f'УТ-{o["inv"]:06d}',cn,sku,d,num(q,3),num(p),num(q*p)])
        T.add('sale' if c else 'guest',o['inv'],cn if c else None,o['dt'],sku,q,p); tq+=q; ts+=q*p
L.append(['','','Итого','','',num(tq,3),'',num(ts)])
with open(f'{OUT}/1c_utf8.csv','w',encoding='utf-8-sig',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n'); w.writerow(['Дата','Номер','Контрагент','Артикул','Номенклатура','Количество','Цена','Сумма']); w.writerows(L)
print(T.write(),len(L))
