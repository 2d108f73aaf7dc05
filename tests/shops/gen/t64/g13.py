from g12 import *
def woo_wide():
    N=max(len(v) for v in invs().values())
    N=min(N,20)
    h=['order_id','order_number','order_date','status','shipping_total','order_total','customer_id','billing_email']+['line_item_%d'%(i+1) for i in range(N)]
    out=[h]
    for inv,rs in invs().items():
        c=rs[0]['cust']
        li=['name:%s|product_id:%d|sku:%s|quantity:%d|total:%.2f|subtotal:%.2f|meta:'%(r['desc'],zlib.crc32(r['code'].encode())%9999,r['code'],abs(r['qty']),abs(r['qty'])*r['price'],abs(r['qty'])*r['price']) for r in rs[:N]]
        out.append([inv.lstrip('C'),inv.lstrip('C'),rs[0]['date'].strftime('%Y-%m-%d %H:%M:%S'),'cancelled' if inv.startswith('C') else 'completed','4.99','%.2f'%sum(abs(r['qty'])*r['price'] for r in rs),c or '0',email(c) if c else '']+li+['']*(N-len(li)))
    W('woo_one_row_per_order.csv',csvtext(out))
    return 'refusal expected: one row per order, items in line_item_N columns'
