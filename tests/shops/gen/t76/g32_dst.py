import csv
w=csv.writer(open('/tmp/t76/files/dst_spring.csv','w',newline=''))
w.writerow(['Receipt No','Date','Time','Customer','SKU','Description','Qty','Price'])
# two days, receipts 1..30 restarting; on 2024-03-31 (EU spring forward 02:00->03:00) receipt 5 spans the change
for day in ('2024-03-30','2024-03-31'):
    for no in range(1,31):
        c=f'N{(no*7+len(day)*0+int(day[-1])*13)%40:02d}'
        if day=='2024-03-31' and no==5:
            times=['01:58','03:01','03:03']   # 5 real minutes
        else:
            h=(no//2)%24; m=(no*2)%60; times=[f'{h:02d}:{m:02d}',f'{h:02d}:{m:02d}',f'{h:02d}:{m+1:02d}' if m<59 else f'{h:02d}:{m:02d}']
        for l,t in enumerate(times):
            w.writerow([no,day,t,c,f'P{(no+l)%9}',f'Item {(no+l)%9}',1,'2.00'])
