#!/usr/bin/env python3
"""e175 (t89 F1, F8): small European shops' till exports, items named by their names (the code
column and the description column both the name, as t89's tills wrote them), with lines of
no product beside the goods on about a third of the receipts: a tip, a rounding, a gift card
sold, money through the till (a cash withdrawal, a phone's top-up, a bill paid), a bag charge,
a bottle deposit, each at the price a till charges it. Innocents, goods whose names a till's
line could be read in (a bag shop's Bolsa de cuero, a refill's Ricarica inchiostro), are sold
as goods beside them.
Truth: every goods line is a purchase, no other line is (Python over the generated rows,
never relrec). Writes each NAME.csv.gz into argv[1] (default .) and prints its shops.tsv
figures: kept customers items invoices pairs quantity spend first last."""
import csv, datetime, gzip, io, random, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."


def make(name, header, goods, nonprod, seed, receipts=300, desc=True):
    """goods, nonprod: (name, price). Each receipt: 1-4 goods, quantities 1-4; a third of them
    one line of no product, quantity 1. Columns: receipt, date, customer, item, [name],
    quantity, price, a decimal comma."""
    rnd = random.Random(seed)
    start = datetime.datetime(2024, 1, 2, 8, 0)
    rows, kept = [], []
    for i in range(receipts):
        when = start + datetime.timedelta(days=rnd.randrange(300), minutes=rnd.randrange(600))
        cust = "K%03d" % rnd.randrange(60)
        lines = [(g, rnd.randint(1, 4), True) for g in rnd.sample(goods, rnd.randint(1, min(4, len(goods))))]
        if nonprod and rnd.random() < 0.34:
            lines.append((rnd.choice(nonprod), 1, False))
        for (item, price), qty, good in lines:
            row = dict(inv=str(5000 + i), date=when, cust=cust, item=item, qty=qty, price=price)
            rows.append(row)
            if good:
                kept.append(row)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        f = [r["inv"], r["date"].strftime("%d.%m.%Y %H:%M"), r["cust"], r["item"]]
        f += [r["item"]] if desc else []
        f += [str(r["qty"]), ("%.2f" % r["price"]).replace(".", ",")]
        w.writerow(f)
    with gzip.open("%s/%s.csv.gz" % (OUT, name), "wt", encoding="utf-8", newline="") as g:
        g.write(buf.getvalue())
    spend = sum(r["qty"] * r["price"] for r in kept)
    print("%s\tkept %d customers %d items %d invoices %d pairs %d quantity %d spend %.2f first %s last %s" % (
        name, len(kept), len({r["cust"] for r in kept}), len({r["item"] for r in kept}),
        len({r["inv"] for r in kept}), len({(r["cust"], r["item"]) for r in kept}),
        sum(r["qty"] for r in kept), spend, min(r["date"] for r in kept).strftime("%Y-%m-%d"),
        max(r["date"] for r in kept).strftime("%Y-%m-%d")))


# F8: a Polish till whose name column (Nazwa) relrec does not know, its lines of no product
# all of the list already: the load must name them as it does in other languages
make("e175_pl_known", ["Nr paragonu", "Data", "Nr klienta", "Towar", "Nazwa", "Ilo\u015b\u0107", "Cena"],
     [("Mleko 1l", 3.99), ("Chleb \u017cytni", 5.49), ("Kawa 250g", 17.99), ("Mas\u0142o 200g", 7.49),
      ("Jab\u0142ka 1kg", 3.49), ("Pierogi ruskie", 12.99)],
     [("Napiwek", 5.00), ("Zaokr\u0105glenie", 0.01), ("Karta podarunkowa", 100.00)], seed=8)

# F1: the lines of no product t89 found kept as goods (a phone's top-up, a bill paid, cash
# withdrawn, a bag charge, a Norwegian rounding, a Polish bottle deposit), beside those read
# before; each shop's refills and bags sold as goods are goods
make("e175_it_till", ["Scontrino", "Data", "Cliente", "Articolo", "Descrizione", "Quantit\u00e0", "Prezzo"],
     [("Marlboro Rosse 20", 6.20), ("Il Corriere della Sera", 1.80), ("Caff\u00e8 Lavazza 250g", 4.50),
      ("Accendino BIC", 1.50), ("Ricarica accendino", 2.50), ("Ricarica sapone", 3.90),
      ("Ricarica inchiostro", 12.90), ("Francobollo B", 1.25)],
     [("Ricarica TIM 10\u20ac", 10.00), ("Ricarica Vodafone 20\u20ac", 20.00), ("Ricarica PostePay", 50.00),
      ("Ricarica Iliad 10,00", 10.00), ("Pagamento bollettino", 85.40), ("Shopper", 0.10),
      ("Arrotondamento", 0.02), ("Mancia", 1.00)], seed=11)
make("e175_es_till", ["Ticket", "Fecha", "Cliente", "Art\u00edculo", "Descripci\u00f3n", "Cantidad", "Precio"],
     [("Leche entera 1L", 0.99), ("Pan de barra", 0.65), ("Aceite de oliva 1L", 8.95), ("Huevos docena", 2.45),
      ("Recarga mechero", 1.50), ("Caf\u00e9 molido 250g", 3.49), ("Queso manchego 250g", 4.99)],
     [("Recarga Movistar 10\u20ac", 10.00), ("Recarga Orange 15\u20ac", 15.00), ("Retirada de efectivo", 50.00),
      ("Bolsa", 0.15), ("Bolsa de pl\u00e1stico", 0.15), ("Redondeo", 0.01), ("Propina", 1.00)], seed=12)
make("e175_no_till", ["Kvitteringsnr", "Dato", "Kundenr", "Vare", "Varenavn", "Antall", "Pris"],
     [("Melk 1l", 21.90), ("Br\u00f8d grovt", 39.90), ("Kaffe 250g", 54.90), ("Egg 12 stk", 49.90),
      ("Laks filet 400g", 89.90), ("Epler 1kg", 32.90)],
     [("Kontantuttak", 500.00), ("Avrunding", 0.02), ("B\u00e6repose", 2.00), ("Handlepose", 2.50),
      ("Drikkepenger", 20.00), ("Pant 2 kr", 2.00)], seed=13)
make("e175_nl_till", ["Bonnummer", "Datum", "Klantnummer", "Artikel", "Omschrijving", "Aantal", "Prijs"],
     [("Melk 1L", 1.19), ("Brood volkoren", 2.49), ("Koffie 500g", 6.99), ("Kaas jong belegen 500g", 6.49),
      ("Pindakaas", 3.19), ("Stroopwafels", 2.29)],
     [("Geld opnemen", 50.00), ("Draagtas", 0.25), ("Plastic tas", 0.25), ("Afronding", 0.02),
      ("Fooi", 1.00), ("Statiegeld", 0.25)], seed=14)
make("e175_pl_till", ["Nr paragonu", "Data", "Nr klienta", "Towar", "Nazwa", "Ilo\u015b\u0107", "Cena"],
     [("Mleko 1l", 3.99), ("Chleb \u017cytni", 5.49), ("Kawa 250g", 17.99), ("Ser \u017c\u00f3\u0142ty 500g", 16.99),
      ("Kie\u0142basa \u015bl\u0105ska", 19.99), ("Torba na zakupy bawe\u0142niana", 24.99)],
     [("Wyp\u0142ata got\u00f3wki", 200.00), ("Kaucja za butelk\u0119", 0.50), ("Reklam\u00f3wka", 1.00),
      ("Torba foliowa", 1.00), ("Do\u0142adowanie Play 25 z\u0142", 25.00),
      ("Napiwek", 5.00), ("Zaokr\u0105glenie", 0.01)], seed=15)
# the other languages of European retail, a chain's tills in each country (fr, pt, de, da, sv,
# fi, cs, sk, hu, ro, el): cash withdrawn or paid in, a bill, a top-up, a bag charge, a rounding
make("e175_eu_tills", ["Receipt", "Date", "Customer", "Item", "Name", "Qty", "Price"],
     [("Baguette", 1.20), ("Caf\u00e9 250g", 4.90), ("Vinho tinto", 6.50), ("K\u00e4se 200g", 2.99),
      ("Rugbr\u00f8d", 3.20), ("Kn\u00e4ckebr\u00f6d", 2.40), ("Ruisleip\u00e4", 2.10), ("Ch\u00e9b", 1.10),
      ("Kolb\u00e1sz", 5.20), ("Br\u00e2nz\u0103", 4.10), ("Feta 400g", 5.60), ("Sac \u00e0 dos", 24.90),
      ("Saco de dormir", 39.90)],
     [("Retrait d'esp\u00e8ces", 50.00), ("Sac plastique", 0.10), ("Levantamento de numer\u00e1rio", 40.00),
      ("Saco de pl\u00e1stico", 0.10), ("Geldabhebung", 100.00), ("Kontanth\u00e6vning", 200.00),
      ("Kontantuttag", 300.00), ("B\u00e4rkasse", 0.30), ("K\u00e4teisnosto", 50.00), ("Muovikassi", 0.25),
      ("V\u00fdb\u011br hotovosti", 500.00), ("Igelitka", 0.20), ("V\u00fdber hotovosti", 50.00), ("S\u00e1\u010dok", 0.15),
      ("K\u00e9szp\u00e9nzfelv\u00e9tel", 40.00), ("Szatyor", 0.30), ("Csekkbefizet\u00e9s", 35.00),
      ("Retragere numerar", 100.00), ("Pung\u0103", 0.25), ("Plat\u0103 factur\u0103", 60.00),
      ("\u0391\u03bd\u03ac\u03bb\u03b7\u03c8\u03b7 \u03bc\u03b5\u03c4\u03c1\u03b7\u03c4\u03ce\u03bd", 50.00),
      ("\u03a3\u03b1\u03ba\u03bf\u03cd\u03bb\u03b1", 0.09),
      ("\u03a3\u03c4\u03c1\u03bf\u03b3\u03b3\u03c5\u03bb\u03bf\u03c0\u03bf\u03af\u03b7\u03c3\u03b7", 0.02),
      ("Dobit\u00ed kreditu O2", 300.00), ("Vodafone Aufladung 15 EUR", 15.00), ("Recharge Orange 20 \u20ac", 20.00)],
     seed=16, receipts=600)
# innocents: a bag shop's bags and a refill shop's refills, every line goods
make("e175_bag_shop", ["Scontrino", "Data", "Cliente", "Articolo", "Descrizione", "Quantit\u00e0", "Prezzo"],
     [("Bolsa de cuero", 59.00), ("Shopper in pelle", 89.00), ("Borsa", 120.00), ("Shopper", 35.00),
      ("Bolsa", 29.90), ("Torba", 49.00), ("Ricarica inchiostro", 12.90), ("Ricarica sapone", 3.90),
      ("Sac", 39.00), ("Recharge parfum", 25.00)], [], seed=17)
