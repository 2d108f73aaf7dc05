# Writes t86's files and their variants (one name replaced, as the brief's findings list them)
# to /tmp/e168/fx, with each file's truth by truth.py's rules.
import sys, random, csv, io
from truth import truth
T = '/tmp/t86/files/'
def var(src, dst, subs, enc='utf-8'):
    t = open(T + src, 'rb').read().decode(enc)
    for a, b in subs: 
        assert a in t, a
        t = t.replace(a, b)
    open(dst, 'wb').write(t.encode(enc))
out = []
def line(name, f, opts, tr, warn='-'):
    out.append('\t'.join([name, f + '.gz', opts, tr, warn, '-']))
conv = dict(sep=',', user='Loyalty Card', item='Barcode', inv='Transaction', qty='Qty', price='Price', date='Date', datefmt='%d/%m/%Y %H:%M', desc='Description')
var('convenience_epos_uk.csv', 't86_convenience_epos.csv', [])
line('t86_convenience_epos', 't86_convenience_epos.csv', "--map user='Loyalty Card'", truth('t86_convenience_epos.csv', nonprod={'PayPoint Bill Payment','E-Top Up Vodafone','Cashback'}, **conv), 'lines of no product')
var('convenience_epos_uk.csv', 't86_convenience_agency.csv', [(',PayPoint Bill Payment,', ',Bill Payment,'), (',E-Top Up Vodafone,', ',Mobile Top Up,'), (',Cashback,', ',Cash Withdrawal,')])
line('t86_convenience_agency', 't86_convenience_agency.csv', "--map user='Loyalty Card'", truth('t86_convenience_agency.csv', nonprod={'Bill Payment','Mobile Top Up','Cash Withdrawal'}, **conv))
bk = dict(sep=';', user='Kundenkarte', item='Artikel-Nr.', inv='Bon-Nr.', qty='Menge', price='Einzelpreis', date='Datum', datefmt='%d.%m.%Y', desc='Artikelbezeichnung', enc='cp1252', dec=',')
var('baeckerei_kundenkarte.csv', 't86_baeckerei.csv', [], 'cp1252')
line('t86_baeckerei', 't86_baeckerei.csv', '-', truth('t86_baeckerei.csv', nonprod={'Tragetasche Papier','Pfand Kaffeebecher'}, **bk))
var('baeckerei_kundenkarte.csv', 't86_baeckerei_tuete.csv', [(';Tragetasche Papier;', ';T\u00fcte;'), (';Pfand Kaffeebecher;', ';Pfand Mehrwegbecher;')], 'cp1252')
line('t86_baeckerei_tuete', 't86_baeckerei_tuete.csv', '-', truth('t86_baeckerei_tuete.csv', nonprod={'T\u00fcte','Pfand Mehrwegbecher'}, **bk))
var('baeckerei_kundenkarte.csv', 't86_baeckerei_auszahlung.csv', [(';Tragetasche Papier;', ';Bargeldauszahlung;'), (';Pfand Kaffeebecher;', ';Handy-Aufladung;')], 'cp1252')
line('t86_baeckerei_auszahlung', 't86_baeckerei_auszahlung.csv', '-', truth('t86_baeckerei_auszahlung.csv', nonprod={'Bargeldauszahlung','Handy-Aufladung'}, **bk))
ap = dict(sep=';', user='Kunden-Nr.', item='Artikelbezeichnung', inv='Beleg-Nr.', qty='Menge', price='VK-Preis', date='Datum', datefmt='%d.%m.%Y', desc='Artikelbezeichnung', dec=',')
var('apotheke_kundenumsaetze.csv', 't86_apotheke.csv', [])
line('t86_apotheke', 't86_apotheke.csv', '-', truth('t86_apotheke.csv', nonprod={'Gesetzliche Zuzahlung','Botendienst'}, **ap), 'Gesetzliche Zuzahlung 604')
var('apotheke_kundenumsaetze.csv', 't86_apotheke_lieferung.csv', [(';Gesetzliche Zuzahlung;', ';Zuzahlung GKV;'), (';Botendienst;', ';Lieferung;')])
line('t86_apotheke_lieferung', 't86_apotheke_lieferung.csv', '-', truth('t86_apotheke_lieferung.csv', nonprod={'Zuzahlung GKV','Lieferung'}, **ap))
ro = dict(sep=',', user='Customer Number', item='Part Number', inv='RO Number', qty='Quantity', price='Unit Price', date='Posted Date', datefmt='%m/%d/%Y', desc='Line Type')
var('repair_order_lines.csv', 't86_repair_orders.csv', [])
line('t86_repair_orders', 't86_repair_orders.csv', "--map date=2,invoice='RO Number'", truth('t86_repair_orders.csv', nonprod={'Fee'}, **ro), "'Line Type' gives each line's type: 581 lines of no goods")
var('repair_order_lines.csv', 't86_repair_linetype.csv', [(',Shop Supplies,', ',Shop Materials,'), (',Hazardous Waste Disposal,', ',Waste Handling,'), (',Tire Disposal,', ',Tire Recycling,')])
line('t86_repair_linetype', 't86_repair_linetype.csv', "--map date=2,invoice='RO Number'", truth('t86_repair_linetype.csv', nonprod={'Fee'}, **ro))
gc = dict(sep=',', user='Privilege Card', item='PLU', inv='Receipt No', qty='Qty', price='Unit Price', date='Date', datefmt='%d/%m/%Y', desc='Description')
var('garden_centre_epos.csv', 't86_garden_centre.csv', [])
line('t86_garden_centre', 't86_garden_centre.csv', "--map user='Privilege Card'", truth('t86_garden_centre.csv', nonprod={'Carrier Bag','Donation Air Ambulance'}, **gc))
var('garden_centre_epos.csv', 't86_garden_appeal.csv', [(',Carrier Bag,', ',Paper Bag,'), (',Donation Air Ambulance,', ',Poppy Appeal Donation,')])
line('t86_garden_appeal', 't86_garden_appeal.csv', "--map user='Privilege Card'", truth('t86_garden_appeal.csv', nonprod={'Paper Bag','Poppy Appeal Donation'}, **gc))
var('garden_centre_epos.csv', 't86_garden_tokens.csv', [(',Carrier Bag,1,0.10,0.10', ',National Book Token,1,10.00,10.00'), (',Donation Air Ambulance,1,1.00,1.00', ',HTA Gift Card,1,25.00,25.00')])

line('t86_garden_tokens', 't86_garden_tokens.csv', "--map user='Privilege Card'", truth('t86_garden_tokens.csv', nonprod={'National Book Token','HTA Gift Card'}, **gc))
zu = dict(sep=',', user='Account: Account Number', item='Invoice Item: Charge Name', inv='Invoice: Invoice Number', qty='Invoice Item: Quantity', price='Invoice Item: Unit Price', date='Invoice: Invoice Date', datefmt='%m/%d/%Y', desc='Invoice Item: Charge Name', status='Invoice: Status', ok_status={'Posted'})
zmap = "--map \"date=Invoice: Invoice Date,user=Account: Account Number,item=Invoice Item: Charge Name,invoice=Invoice: Invoice Number,qty=Invoice Item: Quantity,price=Invoice Item: Unit Price,status=Invoice: Status\""
var('zuora_invoice_items.csv', 't86_zuora_subscriptions.csv', [])
line('t86_zuora_subscriptions', 't86_zuora_subscriptions.csv', zmap, truth('t86_zuora_subscriptions.csv', nonprod=set(), **zu), '!lines of no product')
var('zuora_invoice_items.csv', 't86_zuora_membership.csv', [(',Basic Subscription Fee,', ',Membership Fee,'), (',Premium Subscription Fee,', ',Annual Licence Fee,')])
line('t86_zuora_membership', 't86_zuora_membership.csv', zmap, truth('t86_zuora_membership.csv', nonprod=set(), **zu), '!lines of no product')
op = dict(sep=',', user='PROFILE_ID', item='TRX_CODE', inv='FOLIO_NO', qty='QUANTITY', price='PRICE_PER_UNIT', date='TRX_DATE', datefmt='%d-%b-%y', desc='TRX_DESC')
omap = "--map date=TRX_DATE,user=PROFILE_ID,item=TRX_CODE,desc=TRX_DESC,invoice=FOLIO_NO,qty=QUANTITY,price=PRICE_PER_UNIT"
var('opera_folio_journal.csv', 't86_opera_paidout.csv', [(',Spa Treatment,', ',Paid Out - Taxi,')])
line('t86_opera_paidout', 't86_opera_paidout.csv', omap, truth('t86_opera_paidout.csv', nonprod={'City Tax','Paid Out - Taxi'}, **op))
print('\n'.join(out))
