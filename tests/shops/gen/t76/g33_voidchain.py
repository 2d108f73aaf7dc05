import csv
w=csv.writer(open('/tmp/t76/files/void_chain.csv','w',newline=''))
w.writerow(['InvoiceNo','StockCode','Description','Quantity','InvoiceDate','UnitPrice','CustomerID'])
inv=710000
for k in range(100):   # ordinary receipts
    inv+=1
    for l in range(2):
        w.writerow([inv,f'A{(k+l)%10}',f'Filler {(k+l)%10}',1,f'2024-02-{k%27+1:02d} 09:{l:02d}:00','2.00',31000+k%20])
# scan 09:52, void 10:00, rescan 10:05, void 10:12 of one item on one receipt: nothing sold
for j in range(10):
    inv+=1
    d=f'2024-03-{j+1:02d}'
    for q,t in ((1,'09:52:00'),(-1,'10:00:00'),(1,'10:05:00'),(-1,'10:12:00')):
        w.writerow([inv,'V1','Vase',q,f'{d} {t}','25.00',32000+j])
    w.writerow([inv,'A1','Filler 1',1,f'{d} 10:13:00','2.00',32000+j])
