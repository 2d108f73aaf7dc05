# 1C:Enterprise 8.3 "Продажи" report saved as CSV (cp1251, ';', decimal comma, NBSP thousands)
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
random.seed(11)
names=['Чай чёрный Ассам','Кофе молотый','Сахар-рафинад','Печенье овсяное','Мёд липовый','Конфеты «Мишка»','Кружка керамическая','Чайник заварочный','Варенье вишнёвое','Шоколад горький','Пряники тульские','Сушки ванильные']
items=catalogue(40,'ЦБ-',names)
for i,it in enumerate(items): items[i]=(f'{i+1:011d}',it[1],round(random.uniform(50,5000),2))
ords=orders(11,60,350,items)
custs={f'C{i:04d}':n for i,n in enumerate(['ООО «Ромашка»','ИП Иванов И.И.','ООО "Вектор"','АО Тандер','Петров П.П.']*20)}
T=Truth('1c'); L=[]
def num(x):
    s=f'{x:,.2f}'.replace(',','\u00a0').replace('.',',')
    return s
hdr=['Документ','Дата','Контрагент','Код контрагента','Номенклатура','Код','Количество','Цена','Сумма','Вид операции']
for o in ords:
    cust=o['cust'] or 'C0000'
    cname=f'{custs[cust]} ({cust})'
    doc=f'Реализация товаров и услуг {o["inv"]:011d} от {o["dt"]:%d.%m.%Y %H:%M:%S}'
    for sku,d,q,p in o['lines']:
        L.append([doc,o['dt'].strftime('%d.%m.%Y %H:%M:%S'),custs[cust],cust,d,sku,str(q),num(p),num(q*p),'Продажа'])
        T.add('sale',doc,cust,o['dt'],sku,q,p)
    if random.random()<0.15:  # delivery service line
        L.append([doc,o['dt'].strftime('%d.%m.%Y %H:%M:%S'),custs[cust],cust,'Доставка','00000000999','1',num(350),num(350),'Продажа'])
        T.add('nonproduct',doc,cust,o['dt'],'00000000999',1,350)
    if random.random()<0.06:
        sku,d,q,p=o['lines'][0]; dt=o['dt']+datetime.timedelta(days=5)
        rd=f'Возврат товаров от покупателя {o["inv"]:011d} от {dt:%d.%m.%Y %H:%M:%S}'
        L.append([rd,dt.strftime('%d.%m.%Y %H:%M:%S'),custs[cust],cust,d,sku,str(q),num(p),num(q*p),'Возврат'])
        T.add('return',rd,cust,dt,sku,q,p)
import csv
with open(f'{OUT}/1c.csv','w',encoding='cp1251',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n'); w.writerow(hdr); w.writerows(L)
print(T.write(), len(L))
