# e112: invoice-line exports of ERPs and shops in languages whose names relrec did not read
# (Czech, Hungarian, Romanian, Greek, Croatian, Lithuanian, Hebrew, Korean, Bulgarian,
# Estonian), each as its program writes it: its own column names (a customer's code beside its
# name, the unit, tax columns relrec has no role for), its separator, decimal comma and date
# form. Truth: every line is a sale; its figures (kept, customers, items, invoices, pairs,
# quantity, spend = quantity x the net unit price, first and last day) are counted here from
# the rows written, never from relrec. python3 e112_languages.py OUTDIR writes OUTDIR/NAME.csv
# and prints each file's figures as a shops.tsv line's.
import csv, io, random, sys

out = sys.argv[1] if len(sys.argv) > 1 else '.'


def rows_of(seed, customers, items, invoices, start_day, days):
    """Invoices of 1 to 4 lines, each of a distinct item: (invoice no, day index, customer,
    item, qty, net unit price)."""
    rnd = random.Random(seed)
    rows = []
    for n in range(invoices):
        day = start_day + (n * days) // invoices
        cust = rnd.choice(customers)
        for it in rnd.sample(items, rnd.randint(1, 4)):
            rows.append((n, day, cust, it, rnd.randint(1, 6), it[2]))
    return rows


def ymd(d):   # day index from 2024-03-01 (31 days of March, 30 of April, 31 of May)
    m, dd = (3, d + 1) if d < 31 else (4, d - 30) if d < 61 else (5, d - 60)
    return 2024, m, dd


def figures(name, rows, opts='-', warn='-'):
    kept = len(rows)
    cust = len({r[2][0] for r in rows})
    items = len({r[3][0] for r in rows})
    inv = len({r[0] for r in rows})
    pairs = len({(r[2][0], r[3][0]) for r in rows})
    qty = sum(r[4] for r in rows)
    spend = sum(r[4] * r[5] for r in rows)
    first = '%04d-%02d-%02d' % ymd(min(r[1] for r in rows))
    last = '%04d-%02d-%02d' % ymd(max(r[1] for r in rows))
    print('\t'.join([name, name + '.csv.gz', opts, str(kept), str(cust), str(items), str(inv),
                     str(pairs), str(qty), '%.2f' % spend, first, last, warn, '-']))


def comma(x, thousands=''):
    s = '%.2f' % x
    whole, frac = s.split('.')
    if thousands and len(whole) > 3:
        whole = whole[:-3] + thousands + whole[-3:]
    return whole + ',' + frac


def write(name, head, lines, sep=';', bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    w.writerow(head)
    w.writerows(lines)
    with open('%s/%s.csv' % (out, name), 'w', encoding='utf-8-sig' if bom else 'utf-8',
              newline='') as f:
        f.write(buf.getvalue())


# Pohoda (cz): Číslo dokladu, Datum vystavení as 15.03.2024, the customer's code beside its name,
# the stock item's code, the net unit price (Jedn. cena bez DPH) and the line's net total (Cena
# celkem), the VAT rate; a BOM, ';' and a decimal comma, as Pohoda's CSV export writes them
cz_c = [('ODB%03d' % k, n) for k, n in enumerate(
    ['Novák s.r.o.', 'Kovář a syn', 'Pekárna Dvořák', 'Hotel Šumava', 'Jana Procházková',
     'Školní jídelna Brno', 'Květinářství Růže', 'Autoservis Černý', 'Kavárna U Mostu'], 1)]
cz_i = [('ZAS-%03d' % k, n, p) for k, (n, p) in enumerate(
    [('Káva zrnková 1 kg', 389.0), ('Čaj zelený 100 g', 79.9), ('Hrnek porcelánový', 129.0),
     ('Cukr třtinový 500 g', 54.5), ('Sušenky máslové', 42.9), ('Mléko trvanlivé 1 l', 24.9),
     ('Sirup malinový', 99.0), ('Ubrousky 100 ks', 35.5), ('Filtr na kávu', 65.0),
     ('Med květový 900 g', 219.0), ('Kakao 250 g', 87.0), ('Džus pomeranč 1 l', 39.9)], 1)]
rows = rows_of(112, cz_c, cz_i, 48, 0, 90)
write('e112_pohoda_cz', ['Číslo dokladu', 'Datum vystavení', 'Kód odběratele', 'Odběratel',
                        'Kód zásoby', 'Název', 'Množství', 'MJ', 'Jedn. cena bez DPH',
                        'Sazba DPH', 'Cena celkem'],
      [['FV24%04d' % (r[0] + 1), '%02d.%02d.%04d' % ymd(r[1])[::-1], r[2][0], r[2][1], r[3][0],
        r[3][1], r[4], 'ks', comma(r[5]), '21 %', comma(r[4] * r[5])] for r in rows], bom=True)
figures('e112_pohoda_cz', rows)

# Számlázz.hu (hu): Számlaszám, Kelt (the issue date) and Teljesítés dátuma as 2024.03.15.,
# Vevő neve beside Vevőkód, Cikkszám, Megnevezés, Mennyiség and its unit (db), Nettó egységár
# in forints with a space between thousands, Nettó érték, ÁFA kulcs and Bruttó érték
hu_c = [('V%04d' % k, n) for k, n in enumerate(
    ['Kovács Kft.', 'Szabó Bt.', 'Nagy Péter', 'Tóth és Társa', 'Horváth Étterem',
     'Kiss Virág', 'Varga Pékség', 'Molnár Autó', 'Fekete Kávéház', 'Balogh Zoltán'], 1)]
hu_i = [('CK-%03d' % k, n, p) for k, (n, p) in enumerate(
    [('Pörkölt kávé 1 kg', 6490.0), ('Tea válogatás', 1290.0), ('Bögre', 1990.0),
     ('Nádcukor 500 g', 890.0), ('Keksz', 590.0), ('Tartós tej 1 l', 429.0),
     ('Málnaszörp', 1490.0), ('Szalvéta 100 db', 499.0), ('Kávéfilter', 790.0),
     ('Akácméz 900 g', 3990.0), ('Kakaópor', 1190.0)], 1)]
rows = rows_of(1120, hu_c, hu_i, 44, 10, 80)
write('e112_szamlazz_hu', ['Számlaszám', 'Kelt', 'Teljesítés dátuma', 'Vevőkód', 'Vevő neve',
                          'Cikkszám', 'Megnevezés', 'Mennyiség', 'Mennyiségi egység',
                          'Nettó egységár', 'Nettó érték', 'ÁFA kulcs', 'Bruttó érték'],
      [['E-KK-2024-%d' % (r[0] + 1), '%04d.%02d.%02d.' % ymd(r[1]),
        '%04d.%02d.%02d.' % ymd(r[1]), r[2][0], r[2][1], r[3][0], r[3][1], r[4], 'db',
        comma(r[5], ' '), comma(r[4] * r[5], ' '), '27%', comma(r[4] * r[5] * 1.27, ' ')]
       for r in rows])
figures('e112_szamlazz_hu', rows)

# SmartBill (ro): Serie and Numar factura, Data emiterii as 15.03.2024, Cod client beside
# Client, Cod produs, Denumire produs, UM, Cantitate, Pret unitar fara TVA (without marks, as
# the export writes it) and Valoare fara TVA, Cota TVA
ro_c = [('CL%03d' % k, n) for k, n in enumerate(
    ['SC Alfa Distribuție SRL', 'Popescu Ion PFA', 'Cafeneaua Veche SRL', 'Hotel Carpați SA',
     'Ionescu Maria', 'Brutăria Dobre SRL', 'Restaurant Ștefan SRL', 'Farmacia Verde SRL'], 1)]
ro_i = [('P%04d' % k, n, p) for k, (n, p) in enumerate(
    [('Cafea boabe 1 kg', 89.9), ('Ceai verde', 19.5), ('Cană ceramică', 24.0),
     ('Zahăr brun 500 g', 9.9), ('Biscuiți cu unt', 7.5), ('Lapte UHT 1 l', 6.2),
     ('Sirop de zmeură', 17.9), ('Șervețele 100 buc', 5.4), ('Filtre cafea', 11.0),
     ('Miere de salcâm', 39.0)], 1)]
rows = rows_of(11200, ro_c, ro_i, 40, 5, 85)
write('e112_smartbill_ro', ['Serie factura', 'Numar factura', 'Data emiterii', 'Cod client',
                           'Client', 'Cod produs', 'Denumire produs', 'UM', 'Cantitate',
                           'Pret unitar fara TVA', 'Valoare fara TVA', 'Cota TVA'],
      [['SBF', '%04d' % (r[0] + 101), '%02d.%02d.%04d' % ymd(r[1])[::-1], r[2][0], r[2][1],
        r[3][0], r[3][1], 'buc', r[4], comma(r[5]), comma(r[4] * r[5]), '19'] for r in rows])
figures('e112_smartbill_ro', rows)

# SoftOne (gr): Αρ. Παραστατικού, Ημ/νία as 15/03/2024, Κωδ. Πελάτη beside Επωνυμία, Κωδικός
# Είδους, Περιγραφή, Ποσότητα, Τιμή Μον. (net), Καθαρή Αξία, ΦΠΑ %; capitals without tonos in
# the header, as SoftOne's grids write them
gr_c = [('Π%04d' % k, n) for k, n in enumerate(
    ['ΠΑΠΑΔΟΠΟΥΛΟΣ Α.Ε.', 'ΚΑΦΕ ΑΚΡΟΠΟΛΙΣ', 'ΓΕΩΡΓΙΟΥ ΜΑΡΙΑ', 'ΞΕΝΟΔΟΧΕΙΟ ΑΙΓΑΙΟ',
     'ΑΡΤΟΠΟΙΕΙΟ ΝΙΚΟΥ', 'ΤΑΒΕΡΝΑ ΘΑΛΑΣΣΑ', 'ΔΗΜΗΤΡΙΟΥ ΚΩΣΤΑΣ'], 1)]
gr_i = [('ΕΙΔ-%03d' % k, n, p) for k, (n, p) in enumerate(
    [('Καφές σε κόκκους 1 kg', 16.9), ('Τσάι πράσινο', 3.9), ('Κούπα πορσελάνης', 5.5),
     ('Ζάχαρη καστανή', 2.1), ('Μπισκότα βουτύρου', 1.8), ('Γάλα μακράς διαρκείας', 1.35),
     ('Σιρόπι βατόμουρο', 4.6), ('Χαρτοπετσέτες', 1.2), ('Μέλι θυμαρίσιο 900 g', 12.5)], 1)]
rows = rows_of(112000, gr_c, gr_i, 36, 0, 60)
write('e112_softone_gr', ['ΑΡ. ΠΑΡΑΣΤΑΤΙΚΟΥ', 'ΗΜ/ΝΙΑ', 'ΚΩΔ. ΠΕΛΑΤΗ', 'ΕΠΩΝΥΜΙΑ',
                         'ΚΩΔΙΚΟΣ ΕΙΔΟΥΣ', 'ΠΕΡΙΓΡΑΦΗ', 'ΠΟΣΟΤΗΤΑ', 'ΤΙΜΗ ΜΟΝ.',
                         'ΚΑΘΑΡΗ ΑΞΙΑ', 'ΦΠΑ %'],
      [['ΤΔΑ%05d' % (r[0] + 1), '%02d/%02d/%04d' % ymd(r[1])[::-1], r[2][0], r[2][1], r[3][0],
        r[3][1], r[4], comma(r[5]), comma(r[4] * r[5]), '24'] for r in rows])
figures('e112_softone_gr', rows)

# Pantheon (hr): Broj računa, Datum računa as 15.03.2024. (Croatian's point after the year),
# Šifra kupca beside Kupac, Šifra artikla, Naziv artikla, Kol., JM, Cijena bez PDV-a, Iznos, PDV %
hr_c = [('K%05d' % k, n) for k, n in enumerate(
    ['Horvat d.o.o.', 'Kavana Zagreb', 'Babić Ivan', 'Hotel Jadran d.d.', 'Pekara Marić',
     'Restoran Lovački rog', 'Novak Ana', 'Caffe bar Đurđa'], 1)]
hr_i = [('ART%04d' % k, n, p) for k, (n, p) in enumerate(
    [('Kava u zrnu 1 kg', 18.5), ('Zeleni čaj', 3.2), ('Šalica porculanska', 4.9),
     ('Smeđi šećer', 1.9), ('Keksi s maslacem', 1.6), ('Trajno mlijeko 1 l', 1.15),
     ('Sirup od maline', 3.8), ('Salvete 100 kom', 1.1), ('Filter za kavu', 2.3),
     ('Med bagrem 900 g', 9.9)], 1)]
rows = rows_of(1121, hr_c, hr_i, 42, 20, 70)
write('e112_pantheon_hr', ['Broj računa', 'Datum računa', 'Šifra kupca', 'Kupac',
                          'Šifra artikla', 'Naziv artikla', 'Kol.', 'JM', 'Cijena bez PDV-a',
                          'Iznos', 'PDV %'],
      [['%d-1-1' % (r[0] + 1), '%02d.%02d.%04d.' % ymd(r[1])[::-1], r[2][0], r[2][1], r[3][0],
        r[3][1], r[4], 'kom', comma(r[5]), comma(r[4] * r[5]), '25'] for r in rows])
figures('e112_pantheon_hr', rows)

# Rivilė (lt): Sąskaitos Nr., Sąskaitos data as 2024-03-15, Pirkėjo kodas beside Pirkėjo
# pavadinimas, Prekės kodas, Prekės pavadinimas, Kiekis, Mato vnt., Kaina be PVM, Suma be PVM
lt_c = [('P%05d' % k, n) for k, n in enumerate(
    ['UAB Ąžuolas', 'Jonaitis Petras', 'Kavinė Šermukšnis', 'Viešbutis Neris', 'UAB Kepyklėlė',
     'Restoranas Žuvėdra', 'Kazlauskienė Rūta'], 1)]
lt_i = [('PR-%03d' % k, n, p) for k, (n, p) in enumerate(
    [('Kavos pupelės 1 kg', 17.9), ('Žalioji arbata', 3.4), ('Porcelianinis puodelis', 5.2),
     ('Rudasis cukrus', 2.0), ('Sviestiniai sausainiai', 1.7), ('Pienas 1 l', 1.05),
     ('Aviečių sirupas', 4.1), ('Servetėlės', 1.3), ('Medus 900 g', 11.5)], 1)]
rows = rows_of(11210, lt_c, lt_i, 38, 3, 75)
write('e112_rivile_lt', ['Sąskaitos Nr.', 'Sąskaitos data', 'Pirkėjo kodas',
                        'Pirkėjo pavadinimas', 'Prekės kodas', 'Prekės pavadinimas', 'Kiekis',
                        'Mato vnt.', 'Kaina be PVM', 'Suma be PVM'],
      [['AAA%06d' % (r[0] + 1), '%04d-%02d-%02d' % ymd(r[1]), r[2][0], r[2][1], r[3][0],
        r[3][1], r[4], 'vnt.', comma(r[5]), comma(r[4] * r[5])] for r in rows])
figures('e112_rivile_lt', rows)

# Priority (he): מספר חשבונית, תאריך as 15/03/24, מספר לקוח beside שם לקוח, מק"ט (its
# gershayim typed as a quote), תאור פריט, כמות, מחיר ליחידה, סה"כ; ',' and a decimal point
he_c = [('%d' % (30000 + k), n) for k, n in enumerate(
    ['כהן בע"מ', 'קפה הנמל', 'לוי יוסי', 'מלון הים', 'מאפיית אבי', 'מסעדת הגליל', 'מזרחי רחל'],
    1)]
he_i = [('MK-%04d' % k, n, p) for k, (n, p) in enumerate(
    [('פולי קפה 1 ק"ג', 79.0), ('תה ירוק', 14.9), ('ספל חרסינה', 24.0), ('סוכר חום', 8.9),
     ('עוגיות חמאה', 11.5), ('חלב עמיד 1 ליטר', 6.9), ('סירופ פטל', 17.0), ('מפיות', 5.5),
     ('דבש 900 גרם', 42.0)], 1)]
rows = rows_of(11211, he_c, he_i, 40, 0, 88)
write('e112_priority_he', ['מספר חשבונית', 'תאריך', 'מספר לקוח', 'שם לקוח', 'מק"ט',
                          'תאור פריט', 'כמות', 'מחיר ליחידה', 'סה"כ'],
      [['IN24%05d' % (r[0] + 1), '%02d/%02d/%02d' % (ymd(r[1])[2], ymd(r[1])[1], 24), r[2][0],
        r[2][1], r[3][0], r[3][1], r[4], '%.2f' % r[5], '%.2f' % (r[4] * r[5])] for r in rows],
      sep=',')
figures('e112_priority_he', rows)

# ecount (kr): 전표번호, 일자 as 2024/03/15, 거래처코드 beside 거래처명, 품목코드, 품목명, 규격,
# 수량, 단가 in won, 공급가액 (before VAT), 부가세; ',' and no decimals
kr_c = [('C%04d' % k, n) for k, n in enumerate(
    ['(주)한빛상사', '카페 봄날', '김민준', '호텔 바다', '행복베이커리', '서울식당', '이서연'], 1)]
kr_i = [('ITEM%03d' % k, n, p) for k, (n, p) in enumerate(
    [('원두커피 1kg', 25000.0), ('녹차', 4500.0), ('머그컵', 7000.0), ('황설탕', 2900.0),
     ('버터쿠키', 3500.0), ('멸균우유 1L', 2200.0), ('라즈베리 시럽', 6800.0), ('냅킨', 1500.0),
     ('아카시아꿀', 18000.0)], 1)]
rows = rows_of(11212, kr_c, kr_i, 40, 0, 91)
write('e112_ecount_kr', ['전표번호', '일자', '거래처코드', '거래처명', '품목코드', '품목명', '규격',
                        '수량', '단가', '공급가액', '부가세'],
      [['%d' % (r[0] + 1), '%04d/%02d/%02d' % ymd(r[1]), r[2][0], r[2][1], r[3][0], r[3][1],
        'EA', r[4], '%d' % r[5], '%d' % (r[4] * r[5]), '%d' % round(r[4] * r[5] * 0.1)]
       for r in rows], sep=',')
figures('e112_ecount_kr', rows)

# Microinvest (bg): Номер на фактура, Дата as 15.03.2024, Код на клиент beside Клиент, Код на
# стока, Стока (its name beside its code), К-во, Мярка, Ед. цена без ДДС, Стойност
bg_c = [('%d' % (100 + k), n) for k, n in enumerate(
    ['Алфа ЕООД', 'Кафе Витоша', 'Иван Петров', 'Хотел Черно море', 'Пекарна Добруджа',
     'Ресторант Родопи', 'Мария Георгиева'], 1)]
bg_i = [('%d' % (2000 + k), n, p) for k, (n, p) in enumerate(
    [('Кафе на зърна 1 кг', 32.9), ('Зелен чай', 6.4), ('Порцеланова чаша', 9.5),
     ('Кафява захар', 3.8), ('Маслени бисквити', 3.2), ('Прясно мляко 1 л', 2.59),
     ('Сироп малина', 7.9), ('Салфетки', 2.2), ('Пчелен мед 900 г', 19.9)], 1)]
rows = rows_of(11213, bg_c, bg_i, 36, 12, 70)
write('e112_microinvest_bg', ['Номер на фактура', 'Дата', 'Код на клиент', 'Клиент',
                             'Код на стока', 'Стока', 'К-во', 'Мярка', 'Ед. цена без ДДС',
                             'Стойност'],
      [['%010d' % (r[0] + 1), '%02d.%02d.%04d' % ymd(r[1])[::-1], r[2][0], r[2][1], r[3][0],
        r[3][1], r[4], 'бр.', comma(r[5]), comma(r[4] * r[5])] for r in rows])
figures('e112_microinvest_bg', rows)

# Merit (ee): Arve nr, Kuupäev as 15.03.2024, Kliendi kood beside Klient, Artikli kood,
# Nimetus, Kogus, Ühik, Hind KM-ta, Summa KM-ta, KM %
ee_c = [('K%03d' % k, n) for k, n in enumerate(
    ['Tamm OÜ', 'Kohvik Raekoja', 'Mägi Jaan', 'Hotell Pirita', 'Pagarikoda AS',
     'Restoran Õun', 'Kask Mari'], 1)]
ee_i = [('A%04d' % k, n, p) for k, (n, p) in enumerate(
    [('Kohvioad 1 kg', 18.9), ('Roheline tee', 3.6), ('Portselankruus', 5.4),
     ('Pruun suhkur', 2.2), ('Võiküpsised', 1.9), ('Piim 1 l', 1.19), ('Vaarikasiirup', 4.4),
     ('Salvrätikud', 1.4), ('Mesi 900 g', 10.9)], 1)]
rows = rows_of(11214, ee_c, ee_i, 34, 30, 60)
write('e112_merit_ee', ['Arve nr', 'Kuupäev', 'Kliendi kood', 'Klient', 'Artikli kood',
                       'Nimetus', 'Kogus', 'Ühik', 'Hind KM-ta', 'Summa KM-ta', 'KM %'],
      [['%d' % (r[0] + 1001), '%02d.%02d.%04d' % ymd(r[1])[::-1], r[2][0], r[2][1], r[3][0],
        r[3][1], r[4], 'tk', comma(r[5]), comma(r[4] * r[5]), '22'] for r in rows])
figures('e112_merit_ee', rows)

# BAS (ua, 1C's successor): a sales register of Номер, Дата as 15.03.2024, Контрагент (the
# customer by its name), Код, Номенклатура, and each money and count with its unit after a comma
# (Кількість, шт; Ціна, грн; Сума, грн; ПДВ, грн)
ua_c = [(n, n) for n in ['ТОВ "Ромашка"', 'ФОП Іваненко І. І.', 'Кав\'ярня "Львів"',
                         'ПП "Добробут"', 'Готель "Дніпро"', 'ТОВ "Смачна випічка"',
                         'Ресторан "Карпати"']]
ua_i = [('%05d' % (k + 300), n, p) for k, (n, p) in enumerate(
    [('Кава в зернах 1 кг', 689.0), ('Чай зелений', 89.9), ('Чашка порцелянова', 149.0),
     ('Цукор коричневий', 64.5), ('Печиво вершкове', 52.9), ('Молоко 1 л', 38.9),
     ('Сироп малиновий', 129.0), ('Серветки', 35.5), ('Мед 900 г', 259.0)])]
rows = rows_of(11215, ua_c, ua_i, 38, 8, 80)
write('e112_bas_ua', ['Номер', 'Дата', 'Контрагент', 'Код', 'Номенклатура', 'Кількість, шт',
                     'Ціна, грн', 'Сума, грн', 'ПДВ, грн'],
      [['РН-%06d' % (r[0] + 1), '%02d.%02d.%04d' % ymd(r[1])[::-1], r[2][1], r[3][0], r[3][1],
        r[4], comma(r[5]), comma(r[4] * r[5]), comma(r[4] * r[5] * 0.2)] for r in rows])
figures('e112_bas_ua', rows)
