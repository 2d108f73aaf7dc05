#!/usr/bin/env python3
# e165 (t83 F19): Microsoft Dynamics 365 Business Central's Item Ledger Entries page exported
# (Open in Excel, saved as CSV in a US locale): every movement of stock, its Quantity signed as
# the warehouse sees it. Entry Type Sale with Document Type Sales Shipment: Quantity negative
# (the goods leave), Sales Amount (Actual) positive, Cost Amount (Actual) negative; a sales
# return (Sales Return Receipt) or a credit memo's item line (Sales Credit Memo): Entry Type
# Sale, Quantity positive, Sales Amount negative; Purchase (Purchase Receipt, the vendor's
# number in Source No.), Positive Adjmt. and Negative Adjmt. (stock counts, no Source No.) and
# Transfer (a pair, -q out of one location, +q into another): no sales.
# Truth: the sales are the Sale entries with a negative Quantity, their units its absolute
# value, their spend the Sales Amount (Actual), the customer Source No., the invoice Document
# No.; returns are the Sale entries with a positive Quantity (counted apart); the other
# entries no sale. Writes NAME.csv to the current directory and prints the truth over it.
import csv, datetime, random

random.seed(1965)
NAME = "e165_bc_item_ledger"
items = [("1896-S", "ATHENS Desk", 649.40), ("1900-S", "PARIS Guest Chair, black", 125.10),
         ("1906-S", "ATHENS Mobile Pedestal", 281.40), ("1908-S", "LONDON Swivel Chair, blue",
         123.30), ("1920-S", "ANTWERP Conference Table", 420.40), ("1924-W", "CHAMONIX Base "
         "Storage Unit", 190.70), ("1928-S", "AMSTERDAM Lamp", 35.60), ("1936-S", "BERLIN Guest "
         "Chair, yellow", 125.10), ("1953-W", "GUILDFORD Guest Chair, green", 125.10),
         ("1960-S", "ROME Guest Chair, green", 125.10), ("1964-S", "TOKYO Guest Chair, blue",
         125.10), ("1968-S", "MEXICO Swivel Chair, black", 123.30), ("1972-S", "MUNICH Swivel "
         "Chair, yellow", 123.30), ("1980-S", "MOSCOW Swivel Chair, red", 123.30), ("1988-S",
         "SEOUL Guest Chair, red", 125.10), ("1996-S", "ATLANTA Whiteboard, base", 1397.30),
         ("2000-S", "SYDNEY Swivel Chair, green", 123.30)]
customers = ["C%05d" % (10 * k) for k in range(1, 61)]
vendors = ["V%05d" % (10 * k) for k in range(1, 6)]
locs = ["MAIN", "EAST", "WEST"]
rows, entry = [], 0
counters = {"Sales Shipment": 102000, "Sales Return Receipt": 107000, "Sales Credit Memo":
            104000, "Purchase Receipt": 107200, "Transfer Shipment": 108000}
day = datetime.date(2024, 1, 2)
shipped = []   # (customer, item, qty, price) lines shipped, for returns

def add(date, etype, dtype, doc, it, loc, qty, sales, cost, src):
    global entry
    entry += 1
    rows.append([date, etype, dtype, doc, it[0], it[1], loc, qty, qty if etype != "Transfer"
                 else 0, sales, cost, src, entry])

def doc_no(dtype):
    counters[dtype] += 1
    return str(counters[dtype])

while day < datetime.date(2024, 4, 1):
    if day.weekday() < 5:
        for _ in range(random.randint(3, 8)):           # sales shipments
            c, loc, no = random.choice(customers), random.choice(locs), doc_no("Sales Shipment")
            for it in random.sample(items, random.randint(1, 4)):
                q = random.randint(1, 6)
                price = round(it[2] * random.choice([1, 1, 1, 0.95, 0.9]), 2)
                add(day, "Sale", "Sales Shipment", no, it, loc, -q, round(q * price, 2),
                    round(-q * it[2] * 0.58, 2), c)
                shipped.append((c, it, q, price, loc))
        if random.random() < 0.3 and shipped:            # a return
            c, it, q, price, loc = random.choice(shipped[-60:])
            dtype = random.choice(["Sales Return Receipt", "Sales Credit Memo"])
            r = random.randint(1, q)
            add(day, "Sale", dtype, doc_no(dtype), it, loc, r, round(-r * price, 2),
                round(r * it[2] * 0.58, 2), c)
        if random.random() < 0.35:                       # a purchase receipt
            no, v = doc_no("Purchase Receipt"), random.choice(vendors)
            for it in random.sample(items, 3):
                q = random.randint(10, 40)
                add(day, "Purchase", "Purchase Receipt", no, it, "MAIN", q, 0,
                    round(q * it[2] * 0.58, 2), v)
        if random.random() < 0.2:                        # a transfer, out and in
            no, it, q = doc_no("Transfer Shipment"), random.choice(items), random.randint(2, 8)
            to = random.choice(locs[1:])
            add(day, "Transfer", "Transfer Shipment", no, it, "MAIN", -q, 0,
                round(-q * it[2] * 0.58, 2), "")
            add(day, "Transfer", "Transfer Receipt", no, it, to, q, 0,
                round(q * it[2] * 0.58, 2), "")
        if random.random() < 0.1:                        # a stock count's adjustment
            it, q = random.choice(items), random.choice([-2, -1, 1, 3])
            add(day, "Positive Adjmt." if q > 0 else "Negative Adjmt.", "", "PHYS-%s" %
                day.strftime("%m%d"), it, random.choice(locs), q, 0,
                round(q * it[2] * 0.58, 2), "")
    day += datetime.timedelta(days=1)

def num(x):
    return "{:,.2f}".format(x) if isinstance(x, float) else str(x)

with open(NAME + ".csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Posting Date", "Entry Type", "Document Type", "Document No.", "Item No.",
                "Description", "Location Code", "Quantity", "Invoiced Quantity",
                "Sales Amount (Actual)", "Cost Amount (Actual)", "Source No.", "Entry No."])
    for r in rows:
        d = r[0]
        w.writerow(["%d/%d/%d" % (d.month, d.day, d.year)] + r[1:7] +
                   [num(r[7]), num(r[8]), num(float(r[9])), num(float(r[10])), r[11], r[12]])

# the truth, over the file as written
sales, rets = [], []
with open(NAME + ".csv", newline="") as f:
    for r in csv.DictReader(f):
        q = float(r["Quantity"].replace(",", ""))
        if r["Entry Type"] != "Sale":
            continue
        amt = float(r["Sales Amount (Actual)"].replace(",", ""))
        d = datetime.datetime.strptime(r["Posting Date"], "%m/%d/%Y").date()
        (sales if q < 0 else rets).append((r["Source No."], r["Item No."], r["Document No."],
                                           abs(q), amt, d))
print(NAME, "kept", len(sales), "customers", len({s[0] for s in sales}), "items",
      len({s[1] for s in sales}), "invoices", len({s[2] for s in sales}), "pairs",
      len({(s[0], s[1]) for s in sales}), "quantity", "%g" % sum(s[3] for s in sales),
      "spend", "%.2f" % sum(s[4] for s in sales), "first", min(s[5] for s in sales), "last",
      max(s[5] for s in sales), "returns", len(rets), "return_units", "%g" % sum(s[3] for s in rets),
      "return_amount", "%.2f" % -sum(s[4] for s in rets), "rows", len(rows))
