import sys,random,datetime,csv
sys.path.insert(0,'/tmp/t83/gen'); from common import *
name,hdr,sep,dec=sys.argv[1],sys.argv[2].split('|'),sys.argv[3],sys.argv[4]
# hdr roles: no date cust code desc ordered delivered backorder price total
items=[("W%04d"%i,f"Artikel {i}",round(2+i*0.73,2)) for i in range(25)]
r,orders=base_orders(21,450,120,items,max_lines=5,start=datetime.datetime(2024,2,1))
num=lambda x:(f"{x:.2f}".replace('.',',') if dec==',' else f"{x:.2f}")
path=f"/tmp/t83/files/{name}.csv"; out=open(path,'w',encoding='utf-8',newline='')
out.write(sep.join(hdr)+"\r\n")
for inv,dt,c,lines in orders:
    for code,desc,q,p in lines:
        q=q*r.choice([1,2,5,10]); d=q
        x=r.random()
        if x<0.12: d=r.randint(1,q-1) if q>1 else 0
        elif x<0.18: d=0
        out.write(sep.join([f"AB{50000+inv}",dt.strftime('%d.%m.%Y'),f"D{2000+c}",code,desc,str(q),str(d),str(q-d),num(p),num(d*p)])+"\r\n")
out.close()
rd=csv.reader(open(path,encoding='utf-8'),delimiter=sep); next(rd)
k=0;cu=set();it=set();iv=set();qd=0;qo=0;sp=0;spo=0;zero=0;part=0
for row in rd:
    o,d,p=int(row[5]),int(row[6]),float(row[8].replace(',','.'))
    qo+=o; spo+=o*p
    if d==0: zero+=1; continue
    if d<o: part+=1
    k+=1;cu.add(row[2]);it.add(row[3]);iv.add(row[0]);qd+=d;sp+=d*p
t=(f"file {path}\nby delivered quantity (the purchase): kept {k} customers {len(cu)} items {len(it)} invoices {len(iv)} quantity {qd} spend {sp:.2f}\n"
f"by ordered quantity (what relrec would read if it takes the order): quantity {qo} spend {spo:.2f}; rows delivered 0: {zero}; partly delivered: {part}\n"
"how: python3 /tmp/t83/gen/ordeliv.py: columns 6 (ordered) and 7 (delivered) summed, rows of 0 delivered left out\n")
open(f"/tmp/t83/truth/{name}.txt",'w').write(t); print(t)
