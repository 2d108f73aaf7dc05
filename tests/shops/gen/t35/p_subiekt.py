# Polish Subiekt GT "Dokumenty sprzedaży - pozycje" export: cp1250, ';', decimal comma, FS/PA/KFS document types
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Kubek ceramiczny','Herbata zielona','Kawa ziarnista','Miód wielokwiatowy','Świeca sojowa','Ręcznik bawełniany','Dżem truskawkowy','Łyżka drewniana','Żelazko parowe','Śrubokręt zestaw']
random.seed(71); items=catalogue(30,'',names)
items=[(f'TW-{i+1:04d}',n,round(random.uniform(5,900),2)) for i,(s,n,p) in enumerate(items)]
ords=orders(71,60,400,items,start=datetime.datetime(2024,1,2),days=300,guest_rate=0.25)
def pl(x): return f'{x:,.2f}'.replace(',',' ').replace('.',',')
T=Truth('subiekt'); L=[]; k=0
for o in ords:
    c=o['cust']; typ='FS' if c else 'PA'; num=f'{typ} {o["inv"]-10000}/2024'
    kn=f'Firma {c[1:]} Sp. z o.o.' if c else ''
    d=o['dt'].strftime('%d.%m.%Y')
    for sku,ds,q,p in o['lines']:
        L.append([num,typ,d,kn,'52%08d'%int(c[1:]) if c else '',sku,ds,str(q),'szt.',pl(p),pl(q*p),pl(q*p*1.23)])
        T.add('sale' if c else 'guest',num,kn or None,o['dt'].replace(hour=0,minute=0),sku,q,p)
    if c and random.random()<0.3:
        L.append([num,typ,d,kn,'52%08d'%int(c[1:]),'TRANSPORT','Usługa transportowa - kurier DPD','1','usł.',pl(16.26),pl(16.26),pl(20)]); T.add('nonproduct',num,kn,o['dt'],'TRANSPORT',1,16.26)
    if c and random.random()<0.07:
        k+=1; sku,ds,q,p=o['lines'][0]; dt=o['dt']+datetime.timedelta(days=6)
        L.append([f'KFS {k}/2024','KFS',dt.strftime('%d.%m.%Y'),kn,'52%08d'%int(c[1:]),sku,ds,str(-q),'szt.',pl(p),pl(-q*p),pl(-q*p*1.23)]); T.add('return',f'KFS {k}/2024',kn,dt,sku,q,p)
with open(f'{OUT}/subiekt.csv','w',encoding='cp1250',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n')
    w.writerow(['Numer','Typ','Data wystawienia','Kontrahent','NIP','Symbol','Nazwa','Ilość','J.m.','Cena netto','Wartość netto','Wartość brutto']); w.writerows(L)
print(T.write(),len(L))
