import csv, random, datetime
r=random.Random(21)
w=csv.writer(open('/tmp/t76/files/bar_business_day.csv','w',newline=''))
w.writerow(['Business Date','Time','Check No','Member','PLU','Item','Qty','Price'])
n=0; checks=set(); rows=0
for d in range(20):
    bd=datetime.date(2024,4,1)+datetime.timedelta(days=d)
    for no in range(1,16):
        m=f'MB{r.randint(1,40):02d}'
        # checks opened 23:40-23:58, lines every 3-6 minutes, closing after midnight for half of them
        t=datetime.datetime.combine(bd,datetime.time(23,40))+datetime.timedelta(minutes=r.randint(0,18))
        for l in range(r.randint(2,6)):
            it=r.randint(1,20)
            w.writerow([bd.isoformat(),t.strftime('%H:%M'),no,m,it,f'Drink {it}',1,'4.50']); rows+=1
            checks.add((bd,no)); t+=datetime.timedelta(minutes=r.randint(3,6))
print(rows,len(checks))
