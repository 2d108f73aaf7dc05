import csv, random
random.seed(93)
prod=[('P1','Mug'),('P2','Bowl'),('P3','Plate'),('','DHL-yellow T-shirt'),('','Gift box set'),('','Delivery van toy'),('','UPS Truck Toy'),('','Die kleine Fee'),('','Rounding Brush'),('','Voucher Holder'),('','Store Credit Card Reader'),('','Boxberry Jam'),('','Hermes Scarf'),('','Cajun Spice')]
nonp=['Rounding','UPS Ground','Late Fee','Ongkir','配送费','Gift Card Redemption','Доставка Нова Пошта','Öresavrundning','Caj Perkhidmatan 10%','Frete PAC']
rows=[]
for o in range(40):
    cust='C%02d'%(o%9)
    day='2024-04-%02d'%(o%28+1)
    for k in range(random.randint(1,3)):
        sku,name=random.choice(prod)
        rows.append([1000+o,cust,sku,name,random.randint(1,3),'%.2f'%random.choice([4.5,9.0,12.25]),day])
    rows.append([1000+o,cust,'',nonp[o%len(nonp)],1,'1.50',day])
with open('/tmp/e93/e93_np_lookalikes.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['Order ID','Customer ID','SKU','Item Name','Quantity','Price','Date']); w.writerows(rows)
kept=[r for r in rows if r[3] not in nonp]
items=set((r[2] or r[3]) for r in kept)
pairs=set((r[1],r[2] or r[3]) for r in kept)
print('kept',len(kept),'customers',len(set(r[1] for r in kept)),'items',len(items),'invoices',len(set(r[0] for r in kept)),'pairs',len(pairs),
 'qty',sum(r[4] for r in kept),'spend','%.2f'%sum(r[4]*float(r[5]) for r in kept),min(r[6] for r in kept),max(r[6] for r in kept))
