from g13 import *
def fr_sage():
    # Sage 100 / EBP style French export: Référence (code) + Article (libellé)
    h=['N° pièce','Date','Code client','Référence','Article','Quantité','PU HT','Montant HT']
    generic('fr_ref_article.csv',h,lambda r:[r['inv'],r['date'].strftime('%d/%m/%Y'),r['cust'],r['code'],r['desc'],str(r['qty']),dec(r['price']),dec(r['qty']*r['price'],2,' ')],';','cp1252')
    rows=[dict(cust=r['Code client'],item=r['Référence'],inv=r['N° pièce'],qty=pnum(r['Quantité']),price=pnum(r['PU HT']),date=dt.datetime.strptime(r['Date'],'%d/%m/%Y')) for r in rdg('fr_ref_article.csv',';','cp1252')]
    return truth.stats(rows,'fr_ref_article','python3 cp1252 ;: item = Référence (the code); Article is the product name (libellé); PU HT unit price')
def es_codigo():
    h=['Factura','Fecha','Cliente','Código','Artículo','Cantidad','Precio','Importe']
    generic('es_codigo_articulo.csv',h,lambda r:[r['inv'],r['date'].strftime('%d/%m/%Y'),r['cust'],r['code'],r['desc'],dec(r['qty']),dec(r['price']),dec(r['qty']*r['price'],2,'.')],';','utf-8',bom=True)
    rows=[dict(cust=r['Cliente'],item=r['Código'],inv=r['Factura'],qty=pnum(r['Cantidad']),price=pnum(r['Precio']),date=dt.datetime.strptime(r['Fecha'],'%d/%m/%Y')) for r in rdg('es_codigo_articulo.csv',';','utf-8-sig')]
    return truth.stats(rows,'es_codigo_articulo','python3 utf-8-sig ;: item = Código; Artículo is the product name')
