from g4 import *
def dec(x,nd=2,grp=None,mark=','):
    s=('%.'+str(nd)+'f')%x
    ip,fp=s.split('.')
    neg=ip.startswith('-'); ip=ip.lstrip('-')
    if grp:
        g=''
        while len(ip)>3: g=grp+ip[-3:]+g; ip=ip[:-3]
        ip=ip+g
    return ('-' if neg else '')+ip+mark+fp
def generic(name,h,fmt,delim=';',enc='utf-8',lt='\r\n',bom=False,skipnp=False,extra_head=None):
    out=[h]
    for r in B:
        if skipnp and isnp(r): continue
        row=fmt(r)
        if row is not None: out.append(row)
    t=csvtext(out,delim,lt=lt)
    if extra_head: t=extra_head+t
    if enc=='utf-16le': W(name,b'\xff\xfe'+t.encode('utf-16le'))
    else: W(name,(('\ufeff' if bom else '')+t).encode(enc,errors='replace'))
def canon_truth(name,how):
    return truth.stats([dict(cust=r['cust'],item=r['code'],inv=r['inv'],qty=r['qty'],price=r['price'],date=r['date']) for r in B],name,how)
def rdg(name,delim,enc):
    raw=open(F+name,'rb').read()
    if enc=='utf-16le': txt=raw[2:].decode('utf-16le')
    else: txt=raw.decode(enc)
    return list(csv.DictReader(io.StringIO(txt.lstrip('\ufeff'),newline=''),delimiter=delim))
def pnum(s): return float(s.replace('\u00a0','').replace(' ','').replace('.','').replace(',','.'))
# German Excel "Unicode-Text": UTF-16LE BOM, TAB, decimal comma, thousands point, dd.mm.yyyy hh:mm
def de_utf16():
    h=['Rechnungsnr.','Artikelnummer','Bezeichnung','Menge','Rechnungsdatum','Einzelpreis','Kundennummer','Land']
    generic('de_excel_unicode.txt',h,lambda r:[r['inv'],r['code'],r['desc'],'{:,}'.format(r['qty']).replace(',','.'),r['date'].strftime('%d.%m.%Y %H:%M'),dec(r['price'],2,'.'),r['cust'],r['country']],'\t','utf-16le')
    rows=[dict(cust=r['Kundennummer'],item=r['Artikelnummer'],inv=r['Rechnungsnr.'],qty=pnum(r['Menge']),price=pnum(r['Einzelpreis']),date=dt.datetime.strptime(r['Rechnungsdatum'],'%d.%m.%Y %H:%M')) for r in rdg('de_excel_unicode.txt','\t','utf-16le')]
    return truth.stats(rows,'de_excel_unicode','python3: UTF-16LE decode, csv tab; decimal comma, point thousands; dd.mm.yyyy; Online Retail rules')
# French Excel CSV (cp1252, ;, decimal comma, NBSP thousands, dd/mm/yyyy), with HT/TTC
def fr_excel():
    h=['N° facture','Date','Code client','Référence','Désignation','Quantité','Prix unitaire HT','Prix unitaire TTC','Montant HT','TVA','Montant TTC','Pays']
    generic('fr_excel.csv',h,lambda r:[r['inv'],r['date'].strftime('%d/%m/%Y %H:%M'),r['cust'],r['code'],r['desc'],str(r['qty']),dec(r['price']),dec(r['price']*1.2),dec(r['qty']*r['price'],2,'\u00a0'),dec(r['qty']*r['price']*0.2,2,'\u00a0'),dec(r['qty']*r['price']*1.2,2,'\u00a0'),r['country']],';','cp1252')
    rows=[dict(cust=r['Code client'],item=r['Référence'],inv=r['N° facture'],qty=pnum(r['Quantité']),price=pnum(r['Prix unitaire HT']),date=dt.datetime.strptime(r['Date'],'%d/%m/%Y %H:%M')) for r in rdg('fr_excel.csv',';','cp1252')]
    return truth.stats(rows,'fr_excel','python3 cp1252 csv ;: price = Prix unitaire HT (net); decimal comma; dd/mm/yyyy')
# Italian: Data documento dd/mm/yyyy, Prezzo unitario, Importo, IVA incl? (ivato) 
def it_excel():
    h=['Numero documento','Data documento','Codice cliente','Ragione sociale','Codice articolo','Descrizione','Quantità','Prezzo unitario','Sconto %','Importo','Aliquota IVA']
    generic('it_gestionale.csv',h,lambda r:[r['inv'],r['date'].strftime('%d/%m/%Y'),r['cust'],('Cliente '+r['cust']) if r['cust'] else '',r['code'],r['desc'],dec(r['qty'],0).rstrip(',') if False else str(r['qty']),dec(r['price'],3),'0',dec(r['qty']*r['price'],2,'.'),'22'],';','cp1252')
    rows=[dict(cust=r['Codice cliente'],item=r['Codice articolo'],inv=r['Numero documento'],qty=pnum(r['Quantità']),price=pnum(r['Prezzo unitario']),date=dt.datetime.strptime(r['Data documento'],'%d/%m/%Y')) for r in rdg('it_gestionale.csv',';','cp1252')]
    return truth.stats(rows,'it_gestionale','python3 cp1252 csv ;: decimal comma, 3 decimals in price (2,550), dd/mm/yyyy')
# Dutch (Exact-like but own): Factuurnummer;Factuurdatum;Debiteurnummer;Artikelcode;Omschrijving;Aantal;Prijs per stuk;Bedrag
def nl_excel():
    h=['Factuurnummer','Factuurdatum','Debiteurnummer','Debiteur','Artikelcode','Omschrijving','Aantal','Prijs per stuk','Bedrag excl. btw','Btw-bedrag']
    generic('nl_excel.csv',h,lambda r:[r['inv'],r['date'].strftime('%d-%m-%Y'),r['cust'],('Klant '+r['cust']) if r['cust'] else '',r['code'],r['desc'],str(r['qty']),'€ '+dec(r['price']),'€ '+dec(r['qty']*r['price'],2,'.'),'€ '+dec(r['qty']*r['price']*.21,2,'.')],';','utf-8',bom=True)
    rows=[dict(cust=r['Debiteurnummer'],item=r['Artikelcode'],inv=r['Factuurnummer'],qty=pnum(r['Aantal']),price=pnum(r['Prijs per stuk'].replace('€','')),date=dt.datetime.strptime(r['Factuurdatum'],'%d-%m-%Y')) for r in rdg('nl_excel.csv',';','utf-8-sig')]
    return truth.stats(rows,'nl_excel','python3 utf-8-sig csv ;: € prices decimal comma; dd-mm-yyyy')
# Spanish: Nº Factura;Fecha;Cód. Cliente;Cód. Artículo;Descripción;Cantidad;Precio;Importe  with d/m/yy
def es_excel():
    h=['Nº Factura','Fecha','Cód. Cliente','Cliente','Cód. Artículo','Descripción','Cantidad','Precio','Dto.','Importe','Estado']
    def f(r):
        return [r['inv'].replace('C','R-'),r['date'].strftime('%-d/%-m/%y'),r['cust'],('Cliente '+r['cust']) if r['cust'] else 'Clientes varios',r['code'],r['desc'],dec(r['qty'],2),dec(r['price'],2),'0,00',dec(r['qty']*r['price'],2,'.'),'Rectificativa' if r['inv'].startswith('C') else 'Cobrada']
    generic('es_excel.csv',h,f,';','cp1252')
    rows=[dict(cust=r['Cód. Cliente'],item=r['Cód. Artículo'],inv=r['Nº Factura'],qty=pnum(r['Cantidad']),price=pnum(r['Precio']),date=dt.datetime.strptime(r['Fecha'],'%d/%m/%y')) for r in rdg('es_excel.csv',';','cp1252')]
    return truth.stats(rows,'es_excel','python3 cp1252 csv ;: decimal comma; d/m/yy (day first); R- invoices (facturas rectificativas) have negative Cantidad: not purchases')
