# shop.awk — the bundled Online Retail CSV rewritten as a shop's export would be, for
# tests/ingest/run_ingest.sh, every variant in one pass (the file is read and split once):
# awk -v DIR=D -f shop.awk FILE writes D/V.csv for each V of
#   a  ';' separated, decimal commas, day-first zero-padded dates, snake_case names
#   b  ISO 8601 dates with Z
#   d  tab separated, names relrec does not know (German)
#   noprice  the price column left out;  noinvoice  the invoice column left out
#   ambiguous  only the rows whose day is at most 12, dates day first
#   yymmdd  dates year first with two digits (10/12/01 08:26), as some tills write them
#   browser  dates as JavaScript's toLocaleString writes them (12/1/2010, 8:26:00 AM, a
#            U+202F before AM/PM)
# Quoted fields are kept as they are; the data has no ';' or tab inside a field.
function csvsplit(line, f,    n, i, c, q, cur) {
	n = 0; cur = ""; q = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (c == "\"") q = !q
		if (c == "," && !q) { f[++n] = cur; cur = "" } else cur = cur c
	}
	f[++n] = cur
	return n
}
BEGIN {
	nv = split("a b d noprice noinvoice ambiguous yymmdd browser", vs, " ")
	for (k = 1; k <= nv; k++) {
		out[vs[k]] = DIR "/" vs[k] ".csv"
		sep[vs[k]] = vs[k] == "a" ? ";" : vs[k] == "d" ? "\t" : ","
	}
}
NR == 1 {
	print "invoice_no;stock_code;description;quantity;invoice_date;unit_price;customer_id;country" > out["a"]
	print "Beleg\tArtikel\tText\tMenge\tZeit\tPreis\tKunde\tLand" > out["d"]
	print "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,CustomerID,Country" > out["noprice"]
	print "StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country" > out["noinvoice"]
	print > out["b"]; print > out["ambiguous"]; print > out["yymmdd"]; print > out["browser"]
	next
}
{
	n = index($0, "\"") ? csvsplit($0, f) : split($0, f, ",")
	split(f[5], dt, /[\/ :]/)   # month, day, year, hour, minute
	price = f[6]
	gsub(/\./, ",", price)
	date["a"] = sprintf("%02d/%02d/%04d %02d:%02d", dt[2], dt[1], dt[3], dt[4], dt[5])
	date["b"] = sprintf("%04d-%02d-%02dT%02d:%02d:00Z", dt[3], dt[1], dt[2], dt[4], dt[5])
	date["yymmdd"] = sprintf("%02d/%02d/%02d %02d:%02d", dt[3] % 100, dt[1], dt[2], dt[4], dt[5])
	date["browser"] = sprintf("\"%d/%d/%04d, %d:%02d:00\342\200\257%s\"", dt[1], dt[2], dt[3],
				  (dt[4] + 11) % 12 + 1, dt[5], dt[4] < 12 ? "AM" : "PM")
	date["ambiguous"] = sprintf("%d/%d/%04d %d:%02d", dt[2], dt[1], dt[3], dt[4], dt[5])
	date["d"] = date["noprice"] = date["noinvoice"] = f[5]
	for (k = 1; k <= nv; k++) {
		v = vs[k]; OFS = sep[v]
		if (v == "ambiguous" && dt[2] > 12) continue
		if (v == "noprice") print f[1], f[2], f[3], f[4], date[v], f[7], f[8] > out[v]
		else if (v == "noinvoice") print f[2], f[3], f[4], date[v], f[6], f[7], f[8] > out[v]
		else print f[1], f[2], f[3], f[4], date[v], (v == "a" ? price : f[6]), f[7], f[8] > out[v]
	}
}
