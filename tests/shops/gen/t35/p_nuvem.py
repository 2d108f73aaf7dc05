# Nuvemshop (Tiendanube Brasil) "Exportar vendas": ';', latin1, order fields on the order's first product line only
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
names=['Camiseta Básica Algodão','Caneca Cerâmica','Bolsa de Praia','Chinelo Estampado','Boné Aba Reta','Óculos de Sol','Toalha de Banho','Garrafa Térmica','Vela Aromática','Sabonete Artesanal']
random.seed(55); items=catalogue(30,'NV',names)
items=[(s,n,round(random.uniform(19,1890),2)) for s,n,p in items]
ords=orders(55,70,450,items,start=datetime.datetime(2024,3,1,8),days=200,guest_rate=0)
T=Truth('nuvem'); L=[]
def brl(x): return 'R$ '+f'{x:,.2f}'.replace(',','X').replace('.',',').replace('X','.')
H=['Número do Pedido','E-mail','Data','Status do Pedido','Status do Pagamento','Status do Envio','Moeda','Subtotal de produtos','Desconto','Valor do Frete','Total','Nome do comprador','Forma de Entrega','Forma de Pagamento','Cupom de Desconto','Nome do Produto','Valor do Produto','Quantidade Comprada','SKU','Canal','Data e hora de cancelamento']
for o in ords:
    em=o['cust'].lower()+'@gmail.com'
    st=random.choices(['Fechado','Aberto','Cancelado'],[80,12,8])[0]
    pay='Estornado' if st=='Cancelado' else 'Pago'
    sub=sum(q*p for _,_,q,p in o['lines']); frete=random.choice([0,19.9,32.5])
    for i,(sku,d,q,p) in enumerate(o['lines']):
        if i==0:
            row=[str(o['inv']),em,o['dt'].strftime('%d/%m/%Y %H:%M:%S'),st,pay,'Enviado',"BRL",brl(sub),brl(0),brl(frete),brl(sub+frete),'Maria Silva','Correios - PAC','Pix','',d,brl(p),str(q),sku,'Loja virtual',(o['dt']+datetime.timedelta(days=1)).strftime('%d/%m/%Y %H:%M:%S') if st=='Cancelado' else '']
        else:
            row=[str(o['inv']),'','','','','','','','','','','','','','',d,brl(p),str(q),sku,'','']
        L.append(row); T.add('sale' if st!='Cancelado' else 'cancelled',o['inv'],em,o['dt'],sku,q,p)
import csv
with open(f'{OUT}/nuvem.csv','w',encoding='latin1',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n'); w.writerow(H); w.writerows(L)
print(T.write(),len(L))
