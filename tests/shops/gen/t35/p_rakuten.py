# Rakuten Ichiba RMS order download (Shift_JIS/cp932, quoted, CRLF), one row per order item
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['有機緑茶 100g','ほうじ茶ティーバッグ','抹茶パウダー','急須 常滑焼','湯呑み 2個組','和菓子詰め合わせ','煎茶 特上','玄米茶','茶筅','黒豆茶']
random.seed(44); items=catalogue(30,'tea-',names)
items=[(s,n,float(random.randint(5,60)*100-20)) for s,n,p in items]
ords=orders(44,80,500,items,start=datetime.datetime(2024,1,2,8),days=330,guest_rate=0)
T=Truth('rakuten'); L=[]
FW=str.maketrans('0123456789','０１２３４５６７８９')
for o in ords:
    no=f'123456-20240101-{o["inv"]:08d}'
    st=random.choices(['発送完了','キャンセル'],[94,6])[0]
    em=f'{abs(hash(o["cust"]))%10**10:010d}s1@fw.rakuten.ne.jp'
    for sku,d,q,p in o['lines']:
        qs=str(q).translate(FW) if random.random()<0.2 else str(q)
        L.append([no,st,o['dt'].strftime('%Y-%m-%d %H:%M:%S'),'山田','太郎',em,sku,d,sku.upper(),f'{int(p):,}',qs,'0' ,f'{int(q*p):,}'])
        T.add('sale' if st=='発送完了' else 'cancelled',no,em,o['dt'],sku,q,p)
import csv
with open(f'{OUT}/rakuten.csv','w',encoding='cp932',newline='') as f:
    w=csv.writer(f,quoting=csv.QUOTE_ALL,lineterminator='\r\n')
    w.writerow(['注文番号','ステータス','注文日時','注文者名字','注文者名前','メールアドレス','商品ID','商品名','商品番号','単価','個数','送料','合計金額']); w.writerows(L)
print(T.write(),len(L))
