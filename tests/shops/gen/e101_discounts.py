# e101 (t59's probe: Discount, Coupon SAVE10, Promo Code, Loyalty Discount, Staff Discount): a
# discount's, a coupon's, a promotion code's, a loyalty redemption's or a markdown's line with no
# SKU at an amount of 0 or below (a negative price, a price of 0, a quantity of -1), in the
# languages of the non-product names, beside products whose names hold such a word (Coupon
# holder, Discount bin sign, VOUCHER WALLET, Rabatt-Schild) at their prices. Truth: the
# discount lines are no products (the nonproduct rule's), the look-alikes are products.
import csv, random
random.seed(1010)
prod=[('P1','Mug',6.0),('P2','Bowl',8.5),('','Coupon holder',2.5),('','Discount bin sign',4.0),('','VOUCHER WALLET',7.0),('','Rabatt-Schild',3.0)]
disc=['Discount','Coupon SAVE10','Promo Code','Loyalty Discount','Staff Discount 10%','Скидка','Скидка 5%','割引','クーポン','优惠券','Rabatt','Descuento','Desconto','Remise','Sconto','Korting','İndirim','Diskon','Markdown','Coupon: WELCOME']
rows=[]
for o in range(36):
    cust='K%02d'%(o%8); day='2024-06-%02d'%(o%25+1)
    for k in range(random.randint(1,3)):
        sku,name,price=random.choice(prod)
        rows.append([900+o,cust,sku,name,random.randint(1,3),'%.2f'%price,day,1])
    if o%2==0:
        d=disc[(o//2)%len(disc)]
        form=(o//2)%3
        q,p=(1,'-1.50') if form==0 else (1,'0.00') if form==1 else (-1,'1.50')
        rows.append([900+o,cust,'',d,q,p,day,0])
with open('/tmp/e101/gen/e101_discounts.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['Order ID','Customer ID','SKU','Item Name','Quantity','Price','Date']); w.writerows([r[:7] for r in rows])
kept=[r for r in rows if r[7]]
print('kept',len(kept),'customers',len(set(r[1] for r in kept)),'items',len(set(r[2] or r[3] for r in kept)),'invoices',len(set(r[0] for r in kept)),
 'pairs',len(set((r[1],r[2] or r[3]) for r in kept)),'qty',sum(r[4] for r in kept),'spend','%.2f'%sum(r[4]*float(r[5]) for r in kept),min(r[6] for r in kept),max(r[6] for r in kept),
 'discount lines',len(rows)-len(kept))
