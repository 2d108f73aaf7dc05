# BASE (Japan) order CSV, UTF-8 with BOM; dates 2024年03月15日 14:22, prices ¥1,980, some full-width digits
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['手ぬぐい 藍','豆皿 5枚組','箸置き','風呂敷 中','マグカップ 白','ポーチ 帆布','トートバッグ','キーホルダー','ハンカチ','ブックカバー']
random.seed(51); items=catalogue(25,'',names)
items=[(f'{30000000+i*37}',n,float(random.randint(5,60)*100-20)) for i,(s,n,p) in enumerate(items)]
ords=orders(51,70,400,items,start=datetime.datetime(2024,1,2,8),days=300,guest_rate=0)
FW=str.maketrans('0123456789,','０１２３４５６７８９，')
T=Truth('base_jp'); L=[]
for o in ords:
    st=random.choices(['対応済','キャンセル'],[93,7])[0]
    em=o['cust'].lower()+'@example.jp'
    for sku,d,q,p in o['lines']:
        pr=f'¥{int(p):,}'
        if random.random()<0.3: pr=pr.translate(FW)
        L.append([f'A{o["inv"]:07d}',o['dt'].strftime('%Y年%m月%d日 %H:%M'),'山田','花子',em,'東京都',st,sku,d,'',pr,str(q).translate(FW) if random.random()<0.3 else str(q),'クレジットカード'])
        T.add('sale' if st=='対応済' else 'cancelled',f'A{o["inv"]:07d}',em,o['dt'],sku,q,p)
with open(f'{OUT}/base_jp.csv','w',encoding='utf-8-sig',newline='') as f:
    w=csv.writer(f,lineterminator='\r\n',quoting=csv.QUOTE_ALL)
    w.writerow(['注文ID','注文日時','氏名(姓)','氏名(名)','メールアドレス','都道府県','対応状況','商品ID','商品名','バリエーション','価格','数量','決済方法']); w.writerows(L)
print(T.write(),len(L))
