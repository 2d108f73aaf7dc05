# Trendyol seller "Siparişler" export saved from Excel as CSV UTF-8 (BOM, ';', decimal comma)
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Kırmızı Çay Bardağı','Bakır Cezve','İnci Kolye','Pamuk Havlu','Şal Desenli','Lokum Güllü','Zeytinyağı Sabunu','Nazar Boncuğu','Ağaç Kaşık Seti','Işıklı Ayna']
random.seed(66); items=catalogue(30,'TY',names)
items=[(s,n,round(random.uniform(49,2490),2)) for s,n,p in items]
ords=orders(66,80,500,items,start=datetime.datetime(2024,1,5,8),days=300,guest_rate=0,maxlines=3)
T=Truth('trendyol'); L=[]
def tl(x): return f'{x:,.2f}'.replace(',','X').replace('.',',').replace('X','.')
H=['Barkod','Paket No','Kargo Firması','Sipariş Tarihi','Sipariş Numarası','Alıcı','Şehir','Ürün Adı','Sipariş Statüsü','E-Posta','Komisyon Oranı','Marka','Stok Kodu','Adet','Birim Fiyatı','Satış Tutarı','İndirim Tutarı','Faturalanacak Tutar']
for o in ords:
    st=random.choices(['Teslim Edildi','Kargoda','İptal Edildi','İade Edildi'],[80,8,7,5])[0]
    em='pf+'+o['cust'].lower()+'@trendyolmail.com'
    for sku,d,q,p in o['lines']:
        disc=round(q*p*random.choice([0,0,0.1]),2)
        L.append(['86%011d'%int(sku[2:]),str(7000000+o['inv']),'Trendyol Express',o['dt'].strftime('%d.%m.%Y %H:%M'),str(900000000+o['inv']),'Ayşe Yılmaz','İstanbul',d,st,em,'%15','Zanaat',sku,str(q),tl(p),tl(q*p),tl(disc),tl(q*p-disc)])
        T.add({'İptal Edildi':'cancelled','İade Edildi':'sale'}.get(st,'sale'),900000000+o['inv'],em,o['dt'],sku,q,p)
with open(f'{OUT}/trendyol.csv','w',encoding='utf-8-sig',newline='') as f:
    import csv; w=csv.writer(f,delimiter=';',lineterminator='\r\n'); w.writerow(H); w.writerows(L)
print(T.write(),len(L))
