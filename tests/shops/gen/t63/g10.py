import sys; sys.path.insert(0,'/tmp/t63/gen')
from lib import *
# 40 fashion export where older products have no variant SKU (blank) but a Variant Barcode and parent Product ID
par=['8801','8802','8803']
vars_=[(0,'TSHIRT-RED-M','2000000000011'),(0,'TSHIRT-RED-L','2000000000028'),(0,'','2000000000035'),(1,'HOODIE-GRY-S','2000000000042'),(1,'','2000000000059'),(2,'CAP-BLK','2000000000066'),(1,'','2000000000073'),(0,'TSHIRT-BLU-L','2000000000080')]
rows=[];tl=[]
for k,c,dt,ls in stream(40,15,vars_,60):
    for i,q in ls:
        pi,sku,bc=vars_[i]; p=[19.0,45.0,15.0][pi]
        rows.append(['#%d'%(2001+k),dt.strftime('%Y-%m-%d %H:%M:%S'),'shopper%d@mail.test'%c,par[pi],sku,bc,['T-Shirt','Hoodie','Cap'][pi],q,'%.2f'%p])
        tl.append((c,i,k,q,p,dt))
write('fashion_blank_variant_sku.csv',['Order','Created at','Email','Product ID','Variant SKU','Variant Barcode','Product Title','Quantity','Price'],rows,tl,
 'item = the variant: 3 variants have no Variant SKU but their own Variant Barcode (man: an empty code is named by an unused barcode column): 8 items.')
# control probe: the same file with the header's 'Variant Barcode' named 'Barcode'
s=open(D+'/fashion_blank_variant_sku.csv',encoding='utf-8').read().replace('Variant Barcode','Barcode',1)
open(D+'/probe_fashion_barcode.csv','w',encoding='utf-8',newline='').write(s)
open(T+'/probe_fashion_barcode.csv.txt','w').write(open(T+'/fashion_blank_variant_sku.csv.txt').read().replace('TRUTH for fashion_blank_variant_sku.csv','TRUTH for probe_fashion_barcode.csv (fashion_blank_variant_sku.csv with its header Barcode)'))
