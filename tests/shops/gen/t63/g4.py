import sys; sys.path.insert(0,'/tmp/t63/gen')
from lib import *
P=[2.5,3.99,12.0,7.25,1.1,19.9,5.5,8.75,4.2,15.0]
# 27 household + member card (dunnhumby-like grocery)
rows=[];tl=[]
items=list(range(8))
for k,c,dt,ls in stream(27,15,items,60):
    hh=c//3
    for i,q in ls:
        rows.append([str(hh+1000),'CARD%04d'%c,'%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),'%d'%(880000+i),q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('household_member.csv',['household_key','member_id','basket_id','transaction_timestamp','product_id','quantity','price'],rows,tl,
 'customer = the member (card holder): member_id is listed before household_key among the user names in the man page (truth by that order; 5 households).')

# 28 till exports joined: customer ids with Excel text marks ='00123' / '00123 and plain 123; phone in sci
rows=[];tl=[]
for k,c,dt,ls in stream(28,15,items,60):
    cid='%05d'%(c+120)
    v=['="%s"'%cid,"'%s"%cid,cid,str(int(cid))][k%4]
    for i,q in ls:
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),v,'ITM-%d'%i,'Item %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('excel_text_ids.csv',['Invoice','Date','Customer ID','Item Code','Description','Qty','Price'],rows,tl,
 'customer 00120 written ="00120", \'00120, 00120 and 120 (a sheet dropped the zeros): one customer (man: ="..." and \' read as 00120; leading-zero warning -> --strip-zeros user).')

# 29 zero-width / trailing space / tab / NFD in ids (Lightspeed Retail export from a Mac + Windows)
import unicodedata
rows=[];tl=[]
names=['Müller','Señor Café','Zoë','Ångström','Łukasz','Renée','José','Björn']
for k,c,dt,ls in stream(29,8,items,60):
    n=names[c]
    v=[n, unicodedata.normalize('NFD',n), n+' ', n+'\u200b'][k%4]
    for i,q in ls:
        code=['SKU-%d'%i,'SKU-%d\t'%i,' SKU-%d'%i,'SKU\u00ad-%d'%i][k%4]
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),v,code,'Item %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('mac_win_ids.csv',['Sale ID','Date','Customer Name','SKU','Description','Quantity','Price'],rows,tl,
 'NFD vs NFC names, trailing blank/tab, zero-width space and soft hyphen inside ids: one customer and one item each (all documented).')

# 30 phone ids saved by Excel in scientific notation (loyalty by phone, Ukrainian shop)
rows=[];tl=[]
for k,c,dt,ls in stream(30,15,items,60):
    ph='380%09d'%(671234500+c*37)
    v=ph if dt.month<=6 else '%.5E'%int(ph)
    for i,q in ls:
        rows.append(['%d'%(k+1),dt.strftime('%d.%m.%Y %H:%M'),v,'A%03d'%i,'Товар %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('phone_sci_customer.csv',['Invoice','Date','Customer ID','SKU','Description','Quantity','Price'],rows,tl,
 'customer = phone 380671234500...; Excel wrote the H2 ones as 3.80671E+11 (rounded; all 15 collapse). Truth = unrounded; man: read as written with a warning to re-export.')

# 31 restaurant numbered walk-ins (Lightspeed Restaurant "Walk-in 12" / table guests)
rows=[];tl=[]
for k,c,dt,ls in stream(31,10,items,60):
    walk = k%3==0
    cid=('Walk-in %d'%(k+1)) if walk else 'M%03d'%c
    for i,q in ls:
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),cid,'PLU%d'%(100+i),'Dish %d'%i,q,'%.2f'%P[i]])
        if not walk: tl.append((c,i,k,q,P[i],dt))
write('restaurant_numbered_walkin.csv',['Receipt ID','Date','Customer ID','PLU','Item','Qty','Price'],rows,tl,
 'a numbered walk-in ("Walk-in 12", one per receipt) is no customer, as walk-in is (man): dropped like a blank id.')

# 32 customer ids with letter prefix in one export and bare in another (POS migration, Vend -> Lightspeed X)
rows=[];tl=[]
for k,c,dt,ls in stream(32,15,items,60):
    v=('CUS-%05d'%(c+77)) if dt.month<=6 else str(c+77)
    for i,q in ls:
        rows.append(['%d'%(k+1),dt.strftime('%Y-%m-%d %H:%M'),v,'V%02d'%i,'Item %d'%i,q,'%.2f'%P[i]])
        tl.append((c,i,k,q,P[i],dt))
write('pos_migration_prefix.csv',['sale_id','sale_date','customer_code','sku','product_name','quantity','price'],rows,tl,
 'the old POS wrote CUS-00077, the new one 77: the same customer (migration kept the number). relrec cannot know; judgment: a word would help.')
