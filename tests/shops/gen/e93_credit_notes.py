# e93_credit_notes: t59's kashflow.csv (KashFlow: INV-nnnn invoices and CN-nnnn credit notes,
# positive quantities, no type column) with each credit note's customer made one who bought
# its goods on an INV- invoice before: provable credit notes, dropped as returns
import csv
rows=list(csv.reader(open('/tmp/t59/data/kashflow.csv')))
h,rows=rows[0],rows[1:]
inv=[r for r in rows if r[0].startswith('INV')]
out=[]
for r in rows:
    if r[0].startswith('CN'):
        cands=sorted({x[1] for x in inv if x[2]==r[2] and x[6]<=r[6]})
        cand=[x for x in inv if x[6]<=r[6]]
        if cands: r=[r[0],cands[0]]+r[2:]
    out.append(r)
# one customer per credit note: its first line's
first={}
for r in out:
    if r[0].startswith('CN'): first.setdefault(r[0],r[1])
out=[[r[0],first.get(r[0],r[1])]+r[2:] for r in out]
with open('/tmp/e93/e93_credit_notes.csv','w',newline='') as f:
    w=csv.writer(f,lineterminator='\n'); w.writerow(h); w.writerows(out)
k=[r for r in out if r[0].startswith('INV')]
cn=[r for r in out if r[0].startswith('CN')]
bought=sum(1 for r in cn if any(x[1]==r[1] and x[2]==r[2] and x[6]<=r[6] for x in k))
print('cn lines',len(cn),'provable',bought)
print('kept',len(k),'customers',len({r[1] for r in k}),'items',len({r[2] for r in k}),'invoices',len({r[0] for r in k}),
 'pairs',len({(r[1],r[2]) for r in k}),'qty',sum(int(r[4]) for r in k),'spend','%.2f'%sum(int(r[4])*float(r[5]) for r in k),min(r[6] for r in k),max(r[6] for r in k))
