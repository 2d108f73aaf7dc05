import sys,random,datetime,csv
sys.path.insert(0,'/tmp/t83/gen'); from common import *
items=[("%05d"%(20000+i),f"Artikel {i}",round(1.5+i*0.9,2)) for i in range(30)]
path="/tmp/t83/files/t83_franchise_filialen_titel.csv"; out=open(path,'w',encoding='utf-8',newline='')
allrows=[]
for s,(store,seed) in enumerate([("Berlin Mitte",1),("Hamburg Altona",2),("München Schwabing",3)]):
    r,orders=base_orders(100+seed,300,150,items,max_lines=4,start=datetime.datetime(2024,4,1,8))
    out.write(f"Umsatzbericht Filiale: {store};;;;;;;\r\n")
    out.write("Bon-Nr.;Datum;Uhrzeit;Kundenkarte;Artikelnummer;Bezeichnung;Menge;Preis\r\n")
    tot=0
    for inv,dt,c,lines in orders:
        for code,desc,q,p in lines:
            out.write(f"{inv+1};{dt:%d.%m.%Y};{dt:%H:%M};{900000+c};{code};{desc};{q};{fmt_de(p)}\r\n"); tot+=q*p
            allrows.append((store,inv+1,dt,900000+c,code,q,p))
    out.write(f"Summe {store};;;;;;;{fmt_de(tot)}\r\n;;;;;;;\r\n")
out.close()
cu=set(x[3] for x in allrows);it=set(x[4] for x in allrows);iv=set((x[0],x[1]) for x in allrows);ivn=set(x[1] for x in allrows)
sp=sum(x[5]*x[6] for x in allrows);q=sum(x[5] for x in allrows)
# baskets merged if keyed by number+customer+date? compute number+date+customer combos
ivk=set((x[1],x[2].date(),x[3]) for x in allrows)
t=(f"file {path}\nkept {len(allrows)} customers {len(cu)} items {len(it)} invoices {len(iv)} (store+Bon-Nr.) quantity {q} spend {sp:.2f}\n"
f"Bon-Nr. alone gives {len(ivn)} numbers (each used in all 3 stores); Bon-Nr.+date+customer gives {len(ivk)}\n"
"how: python3 /tmp/t83/gen/g_fil.py from the rows it wrote: three stores' reports, each under its title line, receipts numbered from 1 in each; the store is only in the title\n")
open("/tmp/t83/truth/t83_franchise_filialen_titel.txt","w").write(t);print(t)
