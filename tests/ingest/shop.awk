# shop.awk — the bundled Online Retail CSV rewritten as a shop's export would be, for
# tests/ingest/run_ingest.sh. V selects the variant:
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
BEGIN { OFS = V == "a" ? ";" : V == "d" ? "\t" : "," }
NR == 1 {
	if (V == "a") print "invoice_no;stock_code;description;quantity;invoice_date;unit_price;customer_id;country"
	else if (V == "d") print "Beleg\tArtikel\tText\tMenge\tZeit\tPreis\tKunde\tLand"
	else if (V == "noprice") print "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,CustomerID,Country"
	else if (V == "noinvoice") print "StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"
	else print
	next
}
{
	n = index($0, "\"") ? csvsplit($0, f) : split($0, f, ",")
	split(f[5], dt, /[\/ :]/)   # month, day, year, hour, minute
	if (V == "a") {
		f[5] = sprintf("%02d/%02d/%04d %02d:%02d", dt[2], dt[1], dt[3], dt[4], dt[5])
		gsub(/\./, ",", f[6])
	} else if (V == "b") {
		f[5] = sprintf("%04d-%02d-%02dT%02d:%02d:00Z", dt[3], dt[1], dt[2], dt[4], dt[5])
	} else if (V == "yymmdd") {
		f[5] = sprintf("%02d/%02d/%02d %02d:%02d", dt[3] % 100, dt[1], dt[2], dt[4], dt[5])
	} else if (V == "browser") {
		f[5] = sprintf("\"%d/%d/%04d, %d:%02d:00\342\200\257%s\"", dt[1], dt[2], dt[3],
			       (dt[4] + 11) % 12 + 1, dt[5], dt[4] < 12 ? "AM" : "PM")
	} else if (V == "ambiguous") {
		if (dt[2] > 12) next
		f[5] = sprintf("%d/%d/%04d %d:%02d", dt[2], dt[1], dt[3], dt[4], dt[5])
	}
	if (V == "noprice") print f[1], f[2], f[3], f[4], f[5], f[7], f[8]
	else if (V == "noinvoice") print f[2], f[3], f[4], f[5], f[6], f[7], f[8]
	else print f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]
}
