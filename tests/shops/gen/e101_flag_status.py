# e101 (t59 F18's sibling): an iiko-style line flag, 'Deletion Type' empty on the dishes sold and
# set on a dish deleted from its order (never sold), read as the status with --purchase - (the
# empty value named a purchase) and --void naming the deletion: the lines below a deleted one
# in its order are sold, never the deleted line's flag taken down. Truth: deleted lines dropped.
import csv, random
random.seed(101)
dishes=[('D01','Borscht',350),('D02','Pelmeni',420),('D03','Blini',280),('D04','Kvass',120)]
DEL='Удалено со списанием'
rows=[]
for o in range(24):
    cust='G%02d'%(o%7); day='2024-05-%02d'%(o%20+1)
    n=random.randint(2,4)
    for k in range(n):
        code,name,price=random.choice(dishes)
        flag=DEL if (o%4==1 and k==0) else ''
        rows.append([700+o,cust,code,name,random.randint(1,2),price,day,flag])
with open('/tmp/e101/gen/e101_flag_status.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['Order Number','Customer ID','Dish Code','Dish Name','Quantity','Price','Date','Deletion Type']); w.writerows(rows)
kept=[r for r in rows if not r[7]]
print('kept',len(kept),'customers',len(set(r[1] for r in kept)),'items',len(set(r[2] for r in kept)),'invoices',len(set(r[0] for r in kept)),
 'pairs',len(set((r[1],r[2]) for r in kept)),'qty',sum(r[4] for r in kept),'spend','%.2f'%sum(r[4]*r[5] for r in kept),min(r[6] for r in kept),max(r[6] for r in kept),
 'deleted',len(rows)-len(kept))
