# e115: exports that write their dates in another calendar, as the ERPs of Thailand, Taiwan,
# Iran, Ethiopia and Saudi Arabia do. One file per calendar, each with its truth: the Gregorian
# day of every row, which this script computes on its own (Python's datetime for the Gregorian
# side; each calendar counted from one day known from outside relrec, year by year and month
# by month, not by relrec's closed forms):
# - e115_thai_be: DD/MM/YYYY HH:MM in the Thai Buddhist era (year - 543; 29/02/2567 among them,
#   a day of 2024 that 2567 read as Gregorian has not).
# - e115_taiwan_roc: Minguo years as Taiwan's exports write them, YYY/MM/DD and YYY.MM.DD HH:MM
#   (year + 1911).
# - e115_iran_shamsi: Solar Hijri YYYY/MM/DD (Nowruz 1403 on 2024-03-20, the day of that
#   year's March equinox; leap years by the 33-year rule: Esfand 30 of 1403 is 2025-03-20).
# - e115_ethiopia_ec: Ethiopian DD/MM/YYYY under "Date (E.C.)" (1 Meskerem 2016 on 2023-09-12;
#   Pagume of 6 days in a year y with y % 4 == 3), Pagume's days among them.
# - e115_saudi_hijri: tabular Islamic DD/MM/YYYY (1 Muharram 1445 on 2023-07-19; Dhu al-Hijjah
#   of 30 in the leap years of the 30-year cycle).
# Usage: python3 e115_calendars.py OUTDIR; prints each file's truth figures.
import csv, random, sys
from datetime import date, timedelta, datetime
out = sys.argv[1] if len(sys.argv) > 1 else '.'


def persian_months(y):
    leap = (25 * y + 11) % 33 < 8
    return [31] * 6 + [30] * 5 + [30 if leap else 29]


def ethiopian_months(y):
    return [30] * 12 + [6 if y % 4 == 3 else 5]


def islamic_months(y):
    leap = (14 + 11 * y) % 30 < 11
    return [30, 29] * 5 + [30, 30 if leap else 29]


def counted(anchor_year, anchor_day, months_of):
    """Gregorian day -> (y, m, d) of a calendar whose year anchor_year starts on anchor_day,
    walking year by year and month by month."""
    def of(g):
        y, start = anchor_year, anchor_day
        while g < start:
            y -= 1
            start -= timedelta(days=sum(months_of(y)))
        while g >= start + timedelta(days=sum(months_of(y))):
            start += timedelta(days=sum(months_of(y)))
            y += 1
        left = (g - start).days
        for m, n in enumerate(months_of(y), 1):
            if left < n:
                return y, m, left + 1
            left -= n
    return of


persian = counted(1403, date(2024, 3, 20), persian_months)
ethiopian = counted(2016, date(2023, 9, 12), ethiopian_months)
islamic = counted(1445, date(2023, 7, 19), islamic_months)


def buddhist(g):
    return g.year + 543, g.month, g.day


def minguo(g):
    return g.year - 1911, g.month, g.day


def write(name, header, rows):
    """rows: (invoice, date text, customer, item, qty, price, Gregorian datetime)."""
    with open('%s/%s.csv' % (out, name), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(r[:6])
    print(name, 'kept', len(rows), 'customers', len(set(r[2] for r in rows)),
          'items', len(set(r[3] for r in rows)), 'invoices', len(set(r[0] for r in rows)),
          'pairs', len(set((r[2], r[3]) for r in rows)),
          'qty', sum(r[4] for r in rows), 'spend', '%.2f' % sum(r[4] * r[5] for r in rows),
          min(r[6] for r in rows).date(), max(r[6] for r in rows).date())


def make(name, header, seed, days, text_of, times=True, first=()):
    """Orders on Gregorian days (the listed first ones, then random ones in days), each
    order's lines written with text_of(day, time)."""
    random.seed(seed)
    lo, hi = days
    picks = list(first) + [lo + timedelta(days=random.randrange((hi - lo).days + 1))
                           for _ in range(24 - len(first))]
    rows = []
    for o, g in enumerate(picks):
        t = datetime(g.year, g.month, g.day, random.randrange(8, 21) if times else 0,
                     random.randrange(60) if times else 0)
        cust = 'C%02d' % random.randrange(6)
        for k in range(random.randrange(1, 4)):
            item = 'SKU-%02d' % random.randrange(5)
            rows.append(('%d' % (1000 + o), text_of(t), cust, item, random.randrange(1, 5),
                         random.randrange(100, 5000) / 100, t))
    write(name, header, rows)


H = ['InvoiceNo', 'InvoiceDate', 'CustomerID', 'StockCode', 'Quantity', 'UnitPrice']


def thai(t):
    y, m, d = buddhist(t.date())
    return '%02d/%02d/%04d %02d:%02d' % (d, m, y, t.hour, t.minute)


def roc(t):
    y, m, d = minguo(t.date())
    if t.day % 2:
        return '%03d/%02d/%02d' % (y, m, d)
    return '%03d.%02d.%02d %02d:%02d' % (y, m, d, t.hour, t.minute)


def shamsi(t):
    return '%04d/%02d/%02d' % persian(t.date())


def ec(t):
    y, m, d = ethiopian(t.date())
    return '%02d/%02d/%04d' % (d, m, y)


def hijri(t):
    y, m, d = islamic(t.date())
    return '%02d/%02d/%04d' % (d, m, y)


make('e115_thai_be', H, 1151, (date(2023, 11, 1), date(2024, 4, 30)), thai,
     first=(date(2024, 2, 29),))
make('e115_taiwan_roc', H, 1152, (date(2024, 1, 1), date(2024, 6, 30)), roc,
     first=(date(2024, 2, 29),))
make('e115_iran_shamsi', H, 1153, (date(2024, 3, 1), date(2025, 3, 31)), shamsi, times=False,
     first=(date(2024, 3, 19), date(2024, 3, 20), date(2025, 3, 20), date(2025, 3, 21)))
make('e115_ethiopia_ec', ['Invoice', 'Date (E.C.)', 'Customer', 'SKU', 'Qty', 'Price'], 1154,
     (date(2023, 8, 1), date(2024, 10, 31)), ec, times=False,
     first=(date(2023, 9, 6), date(2023, 9, 11), date(2023, 9, 12), date(2024, 9, 10)))
make('e115_saudi_hijri', H, 1155, (date(2024, 1, 1), date(2024, 12, 31)), hijri, times=False,
     first=(date(2024, 3, 11), date(2024, 7, 7), date(2024, 7, 8)))
