import sys,random,datetime,csv
sys.path.insert(0,'/tmp/t83/gen'); from common import *
sizes=[1,6,12,24,1,10,20,1,6,12,50,1]
items=[("GH%04d"%i,f"Großhandelsartikel {i}",round((0.8+i*0.35)*sizes[i],2)) for i in range(12)]
r,orders=base_orders(77,450,100,items,max_lines=4,start=datetime.datetime(2024,1,8))
sz={it[0]:sizes[i] for i,it in enumerate(items)}
path="/tmp/t83/files/t83_grosshandel_vpe.csv"; out=open(path,'w',encoding='utf-8',newline='')
out.write("Rechnungsnr.;Rechnungsdatum;Kundennr.;Artikelnr.;Artikelbezeichnung;Menge;VPE;Einheit;Preis je VPE;Gesamtpreis\r\n")
for inv,dt,c,lines in orders:
    for code,desc,q,p in lines:
        out.write(f"R{30000+inv};{dt:%d.%m.%Y};{50000+c};{code};{desc};{q};{sz[code]};{'Stk' if sz[code]==1 else 'Karton'};{fmt_de(p)};{fmt_de(q*p)}\r\n")
out.close()
rd=csv.DictReader(open(path,encoding='utf-8'),delimiter=';')
k=0;qu=0;qc=0;sp=0
for row in rd:
    q=int(row['Menge']);v=int(row['VPE']);p=float(row['Preis je VPE'].replace('.','').replace(',','.'))
    k+=1;qc+=q;qu+=q*v;sp+=q*p
t=f"file {path}\nkept {k} quantity in units {qu} (Menge × VPE); in cases as written {qc}; spend {sp:.2f}\nhow: python3 /tmp/t83/gen/g_vpe.py: Menge counts packs (Einheit Karton) of VPE units each; price is per pack\n"
open("/tmp/t83/truth/t83_grosshandel_vpe.txt","w").write(t);print(t)
