from g11 import *
# Kounta (Lightspeed K-Series) "Sales by line" export: "Price" is the line's price (qty x unit, ex discount), "Unit Price" absent
def kounta():
    generic('kounta_sales_lines.csv',['Order Number','Created','Site','Register','Customer','Customer ID','Product','Product Code','Quantity','Price','Tax','Discount','Status'],
      lambda r:[r['inv'].lstrip('C'),r['date'].strftime('%d/%m/%Y %I:%M %p'),'Main','REG1',('Customer '+r['cust']) if r['cust'] else '',r['cust'],r['desc'],r['code'],str(abs(r['qty'])),'%.2f'%(abs(r['qty'])*r['price']),'%.2f'%(abs(r['qty'])*r['price']*0.1),'0.00','REFUNDED' if r['inv'].startswith('C') else 'COMPLETE'],',')
    rows=[dict(cust=r['Customer ID'],item=r['Product Code'],inv=r['Order Number'],qty=float(r['Quantity']),price=float(r['Price'])/float(r['Quantity']),date=dt.datetime.strptime(r['Created'],'%d/%m/%Y %I:%M %p'),drop='refund' if r['Status']=='REFUNDED' else None) for r in rd('kounta_sales_lines.csv')]
    return truth.stats(rows,'kounta_sales_lines','python3 csv: Price is the line total (qty x unit): unit = Price/Quantity; REFUNDED lines (the Online Retail cancellations, written with positive quantity as the refund of the order) not purchases')
