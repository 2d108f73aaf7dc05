# Mercado Libre (Argentina) "Reporte de ventas" xlsx saved as CSV from Spanish Excel: ';', decimal comma, title lines above header,
# dates "15 de marzo de 2024 14:22 hs.", Estado words, buyer = name only
import sys; sys.path.insert(0,'/tmp/t35/gen')
from common import *
import csv
names=['Auriculares Bluetooth','Funda Silicona iPhone','Cargador USB-C 20W','Cable Lightning 1m','Soporte Celular Auto','Vidrio Templado','Power Bank 10000','Parlante Portátil','Smartwatch Deportivo','Mouse Inalámbrico']
random.seed(31); items=catalogue(30,'MLA',names)
items=[(f'MLA{1400000000+i*7919}',n,float(random.randint(30,900)*100)) for i,(s,n,p) in enumerate(items)]
ords=orders(31,90,500,items,start=datetime.datetime(2024,1,2,8),days=300,guest_rate=0,maxlines=1)
MES=['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre']
def fd(d): return f'{d.day} de {MES[d.month-1]} de {d.year} {d:%H:%M} hs.'
def ar(x): return f'{x:,.2f}'.replace(',','X').replace('.',',').replace('X','.')
buyers={f'C{i:04d}':f'COMPRADOR{i} APELLIDO' for i in range(90)}
T=Truth('meli'); L=[]
for o in ords:
    sku,d,q,p=o['lines'][0]
    st=random.choices(['Entregado','Cancelada por el comprador','Devuelto','En camino'],[80,8,5,7])[0]
    L.append([str(2000007000000+o['inv']),fd(o['dt']),st,'',"No",str(q),ar(q*p),ar(-q*p*.13),ar(-1500),ar(-q*p) if st=='Devuelto' else '',ar(q*p*.87-1500) if st!='Devuelto' else '0,00','No',sku[-6:],sku,'Mercado Libre',d,'',ar(p),'Clásica','',buyers[o['cust']],'',str(20000000+int(o['cust'][1:]))])
    T.add({'Cancelada por el comprador':'cancelled','Devuelto':'return'}.get(st,'sale'),2000007000000+o['inv'],str(20000000+int(o['cust'][1:])),o['dt'],sku[-6:],q,p)
with open(f'{OUT}/meli.csv','w',encoding='utf-8-sig',newline='') as f:
    w=csv.writer(f,delimiter=';',lineterminator='\r\n')
    w.writerow(['Ventas']+['']*22); w.writerow(['Período: 1 de enero de 2024 al 31 de octubre de 2024']); w.writerow([]); w.writerow(['']*23)
    w.writerow(['Ventas','','','','','','','','','','','','','','Publicaciones','','','','','Facturación al comprador','','',''])
    w.writerow(['# de venta','Fecha de venta','Estado','Descripción del estado','Paquete de varios productos','Unidades','Ingresos por productos (ARS)','Cargo por venta e impuestos','Costos de envío','Anulaciones y reembolsos (ARS)','Total (ARS)','Venta por publicidad','SKU','# de publicación','Canal de venta','Título de la publicación','Variante','Precio unitario de venta de la publicación (ARS)','Tipo de publicación','Factura adjunta','Comprador','Negocio','DNI'])
    w.writerows(L)
print(T.write(),len(L))
