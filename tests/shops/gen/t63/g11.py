import sys; sys.path.insert(0,'/tmp/t63/gen')
from lib import *
P=[2.5,3.99,12.0,7.25,1.1,19.9,5.5,8.75,4.2,15.0]
# 41 hardware store: 007 and 7 are two products (codes by shelf: 007 = screws 7mm, 7 = paint colour 7), all year, all rows
codes=[('007','Wood screws 7mm'),('7','Paint RAL 7'),('012','Wall plug 12mm'),('12','Paint RAL 12'),('0450','Drill bit 4.5'),('450','Sandpaper 450'),('099','Nails 99'),('99','Brush 99')]
rows=[];tl=[]
for k,c,dt,ls in stream(41,15,codes,60):
    for i,q in ls:
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),'K%03d'%c,codes[i][0],codes[i][1],q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('hardware_zero_codes.csv',['Receipt','Date','Customer ID','Item Code','Description','Qty','Price'],rows,tl,
 '007 and 7 are two products all year (screws vs paint: every row\'s description says so): 8 items; the man page: "in some shops 007 and 7 are two products".')
