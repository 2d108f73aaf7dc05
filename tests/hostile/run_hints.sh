#!/bin/sh
# tests/hostile/run_hints.sh — t60 F0/F5: the load "|..." commands relrec's messages suggest,
# copied and run as the reader would, run exactly what they say: a customer id or a file
# name that holds shell text (; ' $( ) ` <) is one quoted word, never a command, and the
# walk-in warning's commands name exactly that id. Prints "ok NAME" / "not ok NAME" lines.
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
RELREC=${RELREC:-./relrec}
case "$RELREC" in /*) ;; *) RELREC="$ROOT/${RELREC#./}" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RELREC_NO_TIMING=1
cd "$tmp" || exit 1
H='InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
ok() { echo "ok hostile/hints_$1"; }
notok() { n=$1; shift; echo "not ok hostile/hints_$n"; for l in "$@"; do echo "    $l"; done; }
# hint NAME FILE: the first load "|..." or load '|...' argument relrec's load of FILE suggests
hint() {
	printf 'load %s\n' "$2" > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	grep -oE "load (\"\\|([^\"\\\\]|\\\\.)*\"|'\\|[^']*')" out | head -1 | sed 's/^load //'
}
# follow NAME FILE: runs the command FILE's load suggests; ok when it ran and no PWNED file
# appeared
follow() {
	n=$1
	arg=$(hint "$1" "$2")
	if [ -z "$arg" ]; then notok "$n" "no command suggested:" "$(head -c 600 out)"; return 1; fi
	printf 'load %s\nstats\n' "$arg" > run.rr
	"$RELREC" --replay run.rr -q -k > ran 2>&1
	if ls PWNED* > /dev/null 2>&1; then
		notok "$n" "the suggested command ran the data's: $arg" "$(head -c 600 ran)"
		rm -f PWNED*
		return 1
	fi
	return 0
}

# a walk-in customer whose id is a command, quoted in the file for its ';', and one with blanks
for id in "CASH';touch PWNED_w;'" "WALK-IN'; touch PWNED_x; echo '"; do
	{
		echo "$H"
		i=100
		for c in $(seq 12000 12029); do
			for k in 1 2; do echo "$i,I$k,d,1,12/$k/2010 10:00,1.0,$c,UK"; i=$((i + 1)); done
		done
		for k in $(seq 1 400); do
			q=$(printf '%s' "$id" | sed 's/"/""/g')
			echo "$i,I$((k % 7)),d,1,12/$((k % 9 + 1))/2010 11:00,1.0,\"$q\",UK"; i=$((i + 1))
		done
	} > walk.csv
	n=walk_in_$(printf '%s' "$id" | cut -c1-4)
	if follow "$n" walk.csv; then
		# the sed blanked exactly that id: its 400 rows are of no customer
		if grep -qE '^ +400 +no customer id' ran; then ok "$n"; else
			notok "$n" "the suggested sed did not blank the id" "$(head -c 800 ran)"; fi
	fi
	# F5: filter drop-customers as the warning writes it names that customer
	drop=$(grep -oE 'filter drop-customers ("([^"\\]|\\.)*"|'"'"'[^'"'"']*'"'"')' out | head -1)
	printf 'load walk.csv\n%s\nstats\n' "$drop" > drop.rr
	"$RELREC" --replay drop.rr -q -k > dropped 2>&1
	if [ -n "$drop" ] && ! grep -q 'not in the data' dropped && grep -qE '^customers +30$' dropped; then
		ok "${n}_drop"
	else
		notok "${n}_drop" "$drop" "$(head -c 800 dropped)"
	fi
done

# e108 (t63 F18): e-mail customers written with a +tag on some rows (mia3+box@gmail.com): the
# warning's awk, run as relrec would (its "..." argument unescaped), drops the tags from the
# customer column alone (a +tag address in the description stays), and the load it names
# reads one customer each
{
	echo "$H"
	i=100
	for c in $(seq 1 10); do
		for k in 1 2 3; do
			e="mia$c@gmail.com"
			[ $((c % 2)) = 0 ] && [ $k = 2 ] && e="mia$c+box@gmail.com"
			[ $c = 3 ] && [ $k = 3 ] && e="\"mia$c+news@gmail.com\""
			echo "$i,I$k,gift to ann$c+gift@x.org,1,12/$k/2010 10:$(printf %02d $c),1.0,$e,UK"
			i=$((i + 1))
		done
	done
} > tags.csv
if follow email_tags tags.csv; then
	cmd=$(printf '%s\n' "$arg" | sed 's/^"//;s/"$//;s/\\\([\\"]\)/\1/g;s/^|//')
	sh -c "$cmd" > merged.csv 2> awk.err
	if grep -qE '^customers +10$' ran && grep -qE '^kept +30$' ran &&
	   [ "$(cut -d, -f1-6,8 tags.csv)" = "$(cut -d, -f1-6,8 merged.csv)" ] &&
	   ! grep -q 'mia[0-9]*+' merged.csv && grep -q 'ann4+gift@x.org' merged.csv &&
	   grep -q '"mia3@gmail.com"' merged.csv; then
		ok email_tags
	else
		notok email_tags "$(head -c 800 ran)" "$(head -5 merged.csv)" "$(cat awk.err)"
	fi
fi

# t65 F11: below Excel's sep= line, the +tag awk leaves the header's line as it is (it skipped
# one line fewer than the data's, and rewrote a header named as a tagged address): followed
# with the same --map, the column is found and the ids read one customer each
{ echo 'sep=,'; sed '1s/CustomerID/buyer+id@shop.org/' tags.csv; } > tags_sep.csv
opts="--map 'user=buyer+id@shop.org'"
arg=$(hint tags_sep "tags_sep.csv $opts")
printf 'load %s %s\nstats\n' "$arg" "$opts" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$arg" ] && grep -qE '^customers +10$' ran && grep -qE '^kept +30$' ran; then
	ok email_tags_sep_line; else notok email_tags_sep_line "$arg" "$(head -c 800 ran)"; fi

# a file whose name is a command: a count word's sed, JSON's mlr, MMDD dates' awk
f="q;touch PWNED_q;.csv"
{ echo "$H"; for c in $(seq 0 29); do echo "$((100 + c)),I$((c % 7)),d,3 CRT,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c)),UK"; done; } > "$f"
if follow count_word "\"$f\""; then
	if grep -qE '^kept +30$' ran; then ok count_word; else notok count_word "$(head -c 800 ran)"; fi
fi
f="m';touch PWNED_m;'.csv"
{ echo "$H"; for c in $(seq 0 59); do echo "$((100 + c)),I$((c % 7)),d,1,$(printf '%02d%02d' $((c % 12 + 1)) $((c % 28 + 1))),1.0,$((12000 + c % 30)),UK"; done; } > "$f"
if follow mmdd_awk "\"$f\""; then
	if grep -qE '^kept +60$' ran; then ok mmdd_awk; else notok mmdd_awk "$(head -c 800 ran)"; fi
fi
f="j;touch PWNED_j;.json"
echo '[{"a":1}]' > "$f"
follow json_mlr "\"$f\"" && ok json_mlr   # mlr may be missing: only nothing else may run

# a walk-in customer in the line's first or last column: the sed blanks it there too (it
# matched a field between two others only)
for at in first last; do
	{
		if [ $at = first ]; then echo "CustomerID,$H" | sed 's/,CustomerID//'; else
			echo "$H" | sed 's/CustomerID,//;s/$/,CustomerID/'; fi
		i=100
		row() { if [ $at = first ]; then echo "$2,$1"; else echo "$1,$2"; fi; }
		for c in $(seq 12000 12029); do
			for k in 1 2; do row "$i,I$k,d,1,12/$k/2010 10:00,1.0,UK" "$c"; i=$((i + 1)); done
		done
		for k in $(seq 1 400); do
			row "$i,I$((k % 7)),d,1,12/$((k % 9 + 1))/2010 11:00,1.0,UK" TILLX; i=$((i + 1))
		done
	} > walk.csv
	if follow "walk_in_$at" walk.csv; then
		if grep -qE '^ +400 +no customer id' ran; then ok "walk_in_$at"; else
			notok "walk_in_$at" "the suggested sed did not blank the id" "$(head -c 800 ran)"; fi
	fi
done

# a gzip file: the suggested text tool reads it through gzip -dc (sed on the compressed bytes
# changed nothing)
{ echo "$H"; for c in $(seq 0 29); do echo "$((100 + c)),I$((c % 7)),d,3 CRT,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c)),UK"; done; } | gzip > "c;x.csv.gz"
if follow count_word_gz "\"c;x.csv.gz\""; then
	if grep -qE '^kept +30$' ran; then ok count_word_gz; else notok count_word_gz "$arg" "$(head -c 800 ran)"; fi
fi
{ echo "$H"; for c in $(seq 0 59); do echo "$((100 + c)),I$((c % 7)),d,1,$(printf '%02d%02d' $((c % 12 + 1)) $((c % 28 + 1))),1.0,$((12000 + c % 30)),UK"; done; } | gzip > mmdd.csv.gz
if follow mmdd_awk_gz mmdd.csv.gz; then
	if grep -qE '^kept +60$' ran; then ok mmdd_awk_gz; else notok mmdd_awk_gz "$arg" "$(head -c 800 ran)"; fi
fi
{
	echo "$H"
	i=100
	for c in $(seq 12000 12029); do
		for k in 1 2; do echo "$i,I$k,d,1,12/$k/2010 10:00,1.0,$c,UK"; i=$((i + 1)); done
	done
	for k in $(seq 1 400); do echo "$i,I$((k % 7)),d,1,12/$((k % 9 + 1))/2010 11:00,1.0,TILLX,UK"; i=$((i + 1)); done
} | gzip > walk.csv.gz
if follow walk_in_gz walk.csv.gz; then
	if grep -qE '^ +400 +no customer id' ran; then ok walk_in_gz; else
		notok walk_in_gz "$arg" "$(head -c 800 ran)"; fi
fi

# e102: the time-zone word's sed on a gzip file (e97 decompressed the other hints' inputs;
# the zone's sed read the compressed bytes), by its .gz name and by its bytes under a .csv
# name (a download saved compressed): the suggested load reads every row with its offset
{ echo "$H"; for c in $(seq 0 39); do echo "$((100 + c)),I$((c % 7)),d,1,2010-12-$(printf %02d $((c % 9 + 1))) 10:00 CST,1.0,$((12000 + c % 20)),UK"; done; } | gzip > zone.csv.gz
cp zone.csv.gz zone_gzip.csv
for f in zone.csv.gz zone_gzip.csv; do
	n=zone_sed_$(echo "$f" | tr -c 'a-z\n' _)
	cp "$f" FILE
	if follow "$n" "$f"; then
		if grep -qE '^kept +40$' ran; then ok "$n"; else notok "$n" "$arg" "$(head -c 800 ran)"; fi
	fi
done

# e102: the credit notes' grep (t59 F16: KashFlow's CN- invoices kept as sales) on a gzip
# file, by name and by bytes: it read the compressed bytes; followed, the file reads to its
# truth (tests/shops: kept 53, invoices 34)
for f in kf.csv.gz kf_gzip.csv; do
	cp "$ROOT/tests/shops/files/t59_kashflow.csv.gz" "$f"
	cp "$f" FILE
	n=credit_grep_$(echo "$f" | tr -c 'a-z\n' _)
	if follow "$n" "$f"; then
		if grep -qE '^kept +53$' ran && grep -qE '^invoices +34$' ran; then ok "$n"; else
			notok "$n" "$arg" "$(head -c 800 ran)"; fi
	fi
done

# e102: the quantity's sign turned (t59 F17: Counterpoint's stock movements) on gzip bytes
# under a .csv name: the awk read them (its own .gz test looked at the name alone); followed
# with the same options, the file reads to its truth (quantity 101, spend 1344.00)
cp "$ROOT/tests/shops/files/t59_counterpoint.csv.gz" cp_gzip.csv
cp cp_gzip.csv FILE
opts="--map 'qty=Qty Change,invoice=Ticket No'"
arg=$(hint qty_sign_gzip "cp_gzip.csv $opts")
printf 'load %s %s\nstats\n' "$arg" "$opts" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$arg" ] && grep -qE '^quantity +101$' ran && grep -qE '^spend +1344.00 ' ran; then
	ok qty_sign_gzip
else
	notok qty_sign_gzip "$arg" "$(head -c 800 ran)"
fi

# e167 (t86 F1): Dynamics AX's sales lines, a sale's QTY below 0 with no event column: the
# warning's awk, followed with the same options, reads the file to its truth (the sale lines
# of a customer: kept 1307, quantity 2633, spend 59995.90, by python3 over the file), and its
# TRANSTIME as seconds after midnight (F10: the first sale 2024-01-03 09:18, the last
# 2024-10-27 19:12)
cp "$ROOT/tests/shops/files/t86_ax_salestrans.csv.gz" ax.csv.gz
opts="--map user=CUSTACCOUNT"
arg=$(hint ax_stock_side "ax.csv.gz $opts")
printf 'load %s %s\nstats\n' "$arg" "$opts" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$arg" ] && grep -qE '^kept +1307$' ran && grep -qE '^quantity +2633$' ran &&
   grep -qE '^spend +59995.90 ' ran && grep -qE '^dates +2024-01-03 09:18 to 2024-10-27 19:12$' ran
then
	ok ax_stock_side
else
	notok ax_stock_side "$arg" "$(head -c 800 ran)"
fi

# e102: a ZIP archive is loaded through the '|unzip -p' its refusal suggests; the text tools'
# commands then pipe from that command (they named the pipe as a file, or none at all):
# each followed with the same options reads the file to its truth
if command -v unzip > /dev/null && command -v zip > /dev/null; then
	gzip -dc "$ROOT/tests/shops/files/t59_counterpoint.csv.gz" > cp_plain.csv
	gzip -dc "$ROOT/tests/shops/files/t59_kashflow.csv.gz" > kf_plain.csv
	gzip -dc zone.csv.gz > zone_plain.csv
	zip -q cp.zip cp_plain.csv && zip -q kf.zip kf_plain.csv && zip -q zone.zip zone_plain.csv
	rm -f FILE   # a command left naming FILE reads nothing
	for c in "qty_sign_zip cp.zip --map 'qty=Qty Change,invoice=Ticket No'|^quantity +101$" \
		 "credit_grep_zip kf.zip|^kept +53$" "zone_sed_zip zone.zip|^kept +40$"; do
		n=${c%% *}; rest=${c#* }; want=${rest#*|}; rest=${rest%%|*}
		f=${rest%% *}; opts=${rest#"$f"}
		unz=$(hint "$n" "$f")
		arg=$(hint "$n" "$unz$opts")
		printf 'load %s%s\nstats\n' "$arg" "$opts" > run.rr
		"$RELREC" --replay run.rr -q -k > ran 2>&1
		case $arg in *unzip*) u=1 ;; *) u=0 ;; esac
		if [ "$u" = 1 ] && grep -qE "$want" ran; then ok "$n"; else
			notok "$n" "$unz then $arg" "$(head -c 800 ran)"; fi
	done
else
	echo "skip hostile/hints_zip: no zip or unzip [not installed by CI]"
fi

# t62 F17: a compressed file's hint names the whole path, never one cut at 255 bytes (the cut
# named another file beside it)
d=$(printf 'a%.0s' $(seq 1 120))/$(printf 'b%.0s' $(seq 1 107))
mkdir -p "$d"
{ echo "$H"; for c in $(seq 0 29); do echo "$((100 + c)),I$((c % 7)),d,3,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c)),UK"; done; } > plain.csv
bzip2 -c plain.csv > "$d/sales_2024_full.csv.bz2"
printf 'x\n' | bzip2 -c > "$d/sales_2024"
arg=$(hint long_path "\"$tmp/$d/sales_2024_full.csv.bz2\"")
case "$arg" in
*"$d/sales_2024_full.csv.bz2"*|*FILE*) ok long_path ;;
*) notok long_path "the hint names another file: $arg" ;;
esac

# t62 F12 F13: a hint's --map names a column the map reads: the whole name, or its number when
# the name holds a quote or a comma (the name was pasted cut with "..." or unescaped)
# mapfollow NAME FILE LOADARGS: the first --map ROLE=COL the load suggests, loaded again
# $3: the map given before the suggestion ("'qty=Qty Change'", or ""); the suggested NAME=COL is
# added to it, in the one --map a line may give (a second is refused: t78 F15)
mapfollow() {
	printf 'load %s %s\n' "${3:+--map $3}" "$2" > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	m=$(grep -oE "$4=('[^']*'|[^ ,;)]*)" out | head -1)
	if [ -z "$m" ]; then notok "$1" "no --map $4 suggested:" "$(head -c 600 out)"; return; fi
	printf 'load --map %s%s %s\n' "${3:+$3,}" "$m" "$2" > run.rr
	if "$RELREC" --replay run.rr -q -k > ran 2>&1 && ! grep -q 'has no column\|quote' ran; then
		ok "$1"; else notok "$1" "$m" "$(head -c 600 ran)"; fi
}
gzip -dc "$ROOT/tests/shops/files/t59_counterpoint.csv.gz" > cp.csv
for name in "Ticket's No" 'Ticket,No' 'Ticket number printed on the customer receipt by the till system'; do
	q=$(printf '%s' "$name" | sed 's/"/""/g')
	{ printf '"%s"' "$q"; sed '1s/^Ticket No//;1!d' cp.csv; sed 1d cp.csv; } > tk.csv
	mapfollow "invoice_map_$(printf '%s' "$name" | cut -c7-9 | tr -c 'a-z\n' _)" tk.csv "'qty=Qty Change'" invoice
done
long='Total paid for this line after all discounts in pounds sterling incl everything x'
{
	echo "$H,$long"
	for c in $(seq 0 199); do
		q=$((c % 5 + 1)); t=$((q * 3))
		[ $((c % 8)) = 0 ] && t=$((t - 1))
		echo "$((100 + c / 2)),I$((c % 9)),d,$q,12/$((c % 9 + 1))/2010 10:00,3.00,$((12000 + c % 30)),UK,$t.00"
	done
} > lt.csv
mapfollow line_total_map "'|cat lt.csv'" "" amount

# t62 F7 F9: the stock-movement hint's awk reads CSV fields (a quoted comma before the
# quantity, every field quoted) and turns the sign as text (-1,5 stays 1,5 with a decimal
# comma): the result is that of the file with its quantities' signs turned by hand
M="--map 'qty=Qty Change,invoice=Ticket No'"
# stockfollow NAME FILE REF: the hint FILE's load suggests, with the map, read as REF is
stockfollow() {
	arg=$(hint "$1" "$M $2")
	if [ -z "$arg" ]; then notok "$1" "no command suggested:" "$(head -c 600 out)"; return; fi
	printf 'load %s %s\nstats\n' "$arg" "$M" > run.rr
	printf 'load %s %s\nstats\n' "$M" "$3" > ref.rr
	"$RELREC" --replay run.rr -q -k 2>&1 | grep -E '^(kept|quantity|customers) ' > ran
	"$RELREC" --replay ref.rr -q -k 2>&1 | grep -E '^(kept|quantity|customers) ' > want
	if [ -s want ] && cmp -s ran want; then ok "$1"; else notok "$1" "$arg" "$(cat ran)" "want $(cat want)"; fi
}
flip() { awk -F"$1" -v OFS="$1" 'NR>1{if($5~/^-/)$5=substr($5,2);else $5="-" $5}1'; }
flip , < cp.csv > cp_ref.csv
sed 's/,Mug,/,"Mug, large",/' cp.csv > cm.csv
sed 's/,Mug,/,"Mug, large",/' cp_ref.csv > cm_ref.csv
stockfollow stock_quoted_comma cm.csv cm_ref.csv
sed 's/[^,]*/"&"/g' cp.csv > qq.csv
stockfollow stock_all_quoted qq.csv cp_ref.csv
sed 's/,/;/g' cp.csv | awk -F';' -v OFS=';' 'NR>1{$5=$5 ",5"}1' > de.csv
flip ';' < de.csv > de_ref.csv
stockfollow stock_decimal_comma de.csv de_ref.csv
# Excel's sep= line above the header: the awk skips it too (data_skip), where it skipped
# the sep= line alone and wrote the header's name -Qty Change
{ echo 'sep=,'; cat cp.csv; } > sl.csv
stockfollow stock_sep_line sl.csv cp_ref.csv
"$RELREC" --replay run.rr -q -k > ran 2>&1
if grep -q 'qty=Qty Change,' ran; then ok stock_sep_line_header; else
	notok stock_sep_line_header "$arg" "$(grep 'columns:' ran)"; fi

# t65 F0: the stock hint's awk turns the sign of a record whose quoted description spans
# lines (its lines joined while a quote is open; the header's cell Excel wrapped is one
# record too, skipped whole), and reads a file of CR line ends by them
sed 's/,Mug,/,"Mug, large\nblue glaze",/;1s/,Description,/,"Item\nDescription",/' cp.csv > ml.csv
sed 's/,Mug,/,"Mug, large\nblue glaze",/;1s/,Description,/,"Item\nDescription",/' cp_ref.csv > ml_ref.csv
stockfollow stock_multiline ml.csv ml_ref.csv
tr '\n' '\r' < cp.csv > cr.csv
tr '\n' '\r' < cp_ref.csv > cr_ref.csv
stockfollow stock_cr_only cr.csv cr_ref.csv

# t65 F12: MMDD days of December then January: the awk writes the next year into January's,
# so the history is the two months it is (2014-12-01 to 2015-01-28), not a year with a hole
{ echo "$H"; for c in $(seq 0 59); do
	if [ $c -lt 30 ]; then d=$(printf '12%02d' $((c % 28 + 1))); else d=$(printf '01%02d' $((c % 28 + 1))); fi
	echo "$((100 + c)),I$((c % 7)),d,1,$d,1.0,$((12000 + c % 30)),UK"; done; } > mmdd_ye.csv
# and with a description of two lines, under a header whose last cell Excel wrapped: the
# header is one record, skipped whole (an awk counting lines in NR edited it, its date's
# name written 2014-00-00)
sed '1s/,Country$/,"Coun\ntry"/;2,$s/,d,/,"Mug, large\nblue glaze",/' mmdd_ye.csv > mmdd_ye_ml.csv
for f in mmdd_ye mmdd_ye_ml; do
	n=mmdd_year_end${f#mmdd_ye}
	if follow "$n" "$f.csv"; then
		if grep -qE '^kept +60$' ran &&
		   grep -qE '^dates +2014-12-01 00:00 to 2015-01-28 00:00' ran; then
			ok "$n"; else notok "$n" "$arg" "$(grep -E '^(kept|dates)' ran)"; fi
	fi
done

# t62 F7: the MMDD awk reads a quoted date ("0312" was 0 to -F's split)
{ echo "$H"; for c in $(seq 0 59); do echo "$((100 + c)),I$((c % 7)),d,1,$(printf '%02d%02d' $((c % 12 + 1)) $((c % 28 + 1))),1.0,$((12000 + c % 30)),UK"; done; } | sed 's/[^,]*/"&"/g' > mmddq.csv
if follow mmdd_awk_quoted mmddq.csv; then
	if grep -qE '^kept +60$' ran; then ok mmdd_awk_quoted; else notok mmdd_awk_quoted "$arg" "$(head -c 800 ran)"; fi
fi

# t62 F5: the walk-in hint blanks the customer column only, matching the bytes the file
# writes the id in (blanks around it, a trailing tab, NFD, a float's .0, NFC and NFD mixed,
# the last field of a CRLF line, a Channel column before it holding the same word); a file
# relrec converted from cp1252 gets no command, said so (a text tool meets its own bytes).
# walkfile ID [chan|last|float]: 30 customers of 2 invoices, 400 invoices of ID
walkfile() {
	case "$2" in
	chan) echo "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,Channel,CustomerID,Country" ;;
	last) printf '%s\r\n' "$(echo "$H" | sed 's/CustomerID,//;s/$/,CustomerID/')" ;;
	*) echo "$H" ;;
	esac
	i=100
	for c in $(seq 12000 12029); do
		[ "$2" = float ] && c=$c.0
		for k in 1 2; do
			case "$2" in
			chan) echo "$i,I$k,d,1,12/$k/2010 10:00,1.0,WEB,$c,UK" ;;
			last) printf '%s\r\n' "$i,I$k,d,1,12/$k/2010 10:00,1.0,UK,$c" ;;
			*) echo "$i,I$k,d,1,12/$k/2010 10:00,1.0,$c,UK" ;;
			esac
			i=$((i + 1))
		done
	done
	for k in $(seq 1 400); do
		id=$1
		[ "$id" = MIXED ] && if [ $((k % 2)) = 0 ]; then id=$(printf 'Caf\303\251'); else id=$(printf 'Cafe\314\201'); fi
		case "$2" in
		chan) echo "$i,I$((k % 7)),d,1,12/$((k % 9 + 1))/2010 11:00,1.0,STORE,$id,UK" ;;
		last) printf '%s\r\n' "$i,I$((k % 7)),d,1,12/$((k % 9 + 1))/2010 11:00,1.0,UK,$id" ;;
		*) echo "$i,I$((k % 7)),d,1,12/$((k % 9 + 1))/2010 11:00,1.0,$id,UK" ;;
		esac
		i=$((i + 1))
	done
}
for v in blanks tab nfd mixed float last chan; do
	case $v in
	blanks) walkfile ' TILLX ' ;;
	tab) walkfile "$(printf 'TILLX\t')" ;;
	nfd) walkfile "$(printf 'Cafe\314\201')" ;;
	mixed) walkfile MIXED ;;
	float) walkfile 40400.0 float ;;   # not nines: 99999 is a placeholder's form (placeform.h)
	last) walkfile TILLX last ;;
	chan) walkfile STORE chan ;;
	esac > "w_$v.csv"
	if follow "walk_in_bytes_$v" "w_$v.csv"; then
		if grep -qE '^ +400 +no customer id' ran && grep -qE '^customers +30$' ran; then
			ok "walk_in_bytes_$v"; else
			notok "walk_in_bytes_$v" "$arg" "$(grep -E 'no customer id|^customers' ran)"; fi
	fi
done
# t65 F3: the walk-in's awk blanks a record whose quoted description spans lines, in a file
# of LF or of CR line ends; a quote inside an unquoted field (12" pipe) opens no quoted
# field; a file whose lines end in a CR alone here and an LF there gets no command, said so
# walkml VARIANT: walkfile's 30 customers and TILLX's 400 invoices, every 2nd of TILLX's with
# a description of two lines ("Gift box, red" / "with ribbon, TILLX"); inch: an unquoted 12"
# on the others; cr: CR line ends (the description's too); mixed: CR ends the first lines
walkml() {
	{
		echo "$H"
		i=100
		for c in $(seq 12000 12029); do
			for k in 1 2; do echo "$i,I$k,d,1,12/$k/2010 10:00,1.0,$c,UK"; i=$((i + 1)); done
		done
		for k in $(seq 1 400); do
			d=d
			[ $((k % 2)) = 0 ] && d='"Gift box, red
with ribbon, TILLX"'
			[ "$1" = inch ] && [ $((k % 2)) = 1 ] && d='12" pipe'
			echo "$i,I$((k % 7)),$d,1,12/$((k % 9 + 1))/2010 11:00,1.0,TILLX,UK"
			i=$((i + 1))
		done
	} | case $1 in
	cr) tr '\n' '\r' ;;
	mixed) awk 'NR < 5 { printf "%s\r", $0; next } 1' ;;
	*) cat ;;
	esac
}
for v in ml inch cr; do
	walkml $v > "wml_$v.csv"
	if follow "walk_in_lines_$v" "wml_$v.csv"; then
		if grep -qE '^ +400 +no customer id' ran && grep -qE '^customers +30$' ran; then
			ok "walk_in_lines_$v"; else
			notok "walk_in_lines_$v" "$arg" "$(grep -E 'no customer id|^customers' ran)"; fi
	fi
done
walkml mixed > wml_mixed.csv
printf 'load wml_mixed.csv\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
if grep -q "TILLX" out && grep -q 'lines end in a CR alone' out && ! grep -q 'load "|' out; then
	ok walk_in_lines_mixed; else notok walk_in_lines_mixed "$(grep TILLX out | head -c 900)"; fi

walkfile "$(printf 'CAISS\311')" > w_cp.csv
printf 'load w_cp.csv\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
if grep -q "CAISS" out && grep -q 'converted from cp1252' out && ! grep -q 'load "|' out; then
	ok walk_in_bytes_cp1252; else notok walk_in_bytes_cp1252 "$(grep CAISS out | head -c 900)"; fi

# t62 F6: the count word's and the unknown month's commands edit the quantity's and the date's
# column only: stock code 84CRT beside 84 (a sed's /g on the line made them one item), and
# XIon beside X1 (the Welsh month Ion written 1 in every column merged them)
{
	echo "$H"
	for c in $(seq 0 29); do
		if [ $((c % 2)) = 0 ]; then it=84CRT; else it=84; fi
		echo "$((100 + c)),$it,BOX OF CRT,$((c % 3 + 1)) CRT,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c)),UK"
	done
} > crt.csv
if follow count_word_column crt.csv; then
	if grep -qE '^kept +30$' ran && grep -qE '^items +2$' ran; then ok count_word_column; else
		notok count_word_column "$arg" "$(grep -E '^(kept|items)' ran)"; fi
fi
{
	echo "$H"
	for c in $(seq 0 29); do
		if [ $((c % 2)) = 0 ]; then it=XIon; else it=X1; fi
		echo "$((100 + c)),$it,Ionic vase,1,$((c % 28 + 1))-Ion-2011 10:00,1.0,$((12000 + c)),UK"
	done
} > ion.csv
cp ion.csv FILE
arg=$(hint month_column ion.csv | sed 's/\\"N\\"/\\"1\\"/;s|/N/g|/1/g|')
printf 'load %s\nstats\n' "$arg" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if grep -qE '^kept +30$' ran && grep -qE '^items +2$' ran; then ok month_column; else
	notok month_column "$arg" "$(grep -E '^(kept|items)' ran)"; fi

# e110 (t63 F19, F9): the catalogue changes' awk, followed, reads a reused code as two items
# (the German ERP's file: ';', a name with a quoted ';', through gzip) and a re-keyed product's
# two codes as one (a web shop's export), each file to its truth (tests/shops/shops.tsv)
for c in "reused_code_split e110_reused_code.csv.gz|^items +9$|^pairs +73 " \
	 "rekeyed_merge e110_rekeyed.csv.gz|^items +6$|^pairs +58 " \
	 "rekeyed_merge_plain e110_rekeyed.csv|^items +6$|^pairs +58 "; do
	n=${c%% *}; rest=${c#* }; f=${rest%%|*}; rest=${rest#*|}; w1=${rest%%|*}; w2=${rest#*|}
	case $f in *.gz) cp "$ROOT/tests/shops/files/$f" "$f" ;;
		   *) gzip -dc "$ROOT/tests/shops/files/$f.gz" > "$f" ;; esac
	if follow "$n" "$f"; then
		if grep -qE "$w1" ran && grep -qE "$w2" ran && ! grep -q 'item codes carr' ran; then
			ok "$n"; else notok "$n" "$arg" "$(head -c 800 ran)"; fi
	fi
done

# e114 (t63 F13, F20, F8): the coarser keys' pipes, followed, reach the truth
# (tests/shops/shops.tsv): a CRM's merged-into column read into the customer column
# (customers 9, pairs 61; plain and through gzip), and Odoo's display names, two notes one
# after the other: the company before the comma, then the code in brackets appended as a
# column and read by the note's --map (customers 4, items 6, pairs 24)
for f in t63_crm_merged_ids.csv t63_crm_merged_ids.csv.gz; do
	n=merged_into_$(echo "$f" | tr . _)
	case $f in *.gz) cp "$ROOT/tests/shops/files/$f" "$f" ;;
		   *) gzip -dc "$ROOT/tests/shops/files/$f.gz" > "$f" ;; esac
	if follow "$n" "$f"; then
		if grep -qE '^customers +9$' ran && grep -qE '^pairs +61 ' ran && ! grep -q 'merges' ran
		then ok "$n"; else notok "$n" "$(head -c 800 ran)"; fi
	fi
done
# ids quoted for a separator or a quote of their own (a;1, B "x";2), a CRLF file: the merge
# target is written quoted as it was, the other fields as they were (12 ids, 3 merged: 9)
{
	printf 'Invoice;Date;Customer ID;Merged Into;SKU;Qty;Price\r\n'
	for o in $(seq 0 59); do
		c=$((o % 12)); m=
		[ $c -ge 9 ] && m="\"B \"\"x\"\";$((c - 9))\""
		[ $c -lt 3 ] && id="\"B \"\"x\"\";$c\"" || id="\"a;$c\""
		printf '%s;2024-01-%02d;%s;%s;S%s;1;2,5\r\n' "$o" $((o % 28 + 1)) "$id" "$m" $((o % 5))
	done
} > quoted.csv
if follow merged_into_quoted quoted.csv; then
	if grep -qE '^customers +9$' ran && grep -qE '^kept +60$' ran && ! grep -q 'merges' ran
	then ok merged_into_quoted; else notok merged_into_quoted "$(head -c 800 ran)"; fi
fi
gzip -dc "$ROOT/tests/shops/files/t63_odoo_partner_display.csv.gz" > odoo.csv
# note_load PATTERN: the load argument and its --map (none: "") of the note matching PATTERN
# in out
note_load() {
	grep "$1" out > note
	arg=$(grep -oE "load (\"\\|([^\"\\\\]|\\\\.)*\"|'\\|[^']*')" note | head -1 | sed 's/^load //')
	map=$(grep -oE "with the same options --map ([^ ']|'[^']*')*" note | sed 's/^with the same options //')
}
printf 'load odoo.csv\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
note_load 'items of'
printf 'load %s %s\nstats\n' "$arg" "$map" > run.rr
"$RELREC" --replay run.rr -q -k > out 2>&1
first=$map
note_load 'customers of'
printf 'load %s %s\nstats\n' "$arg" "$first" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$first" ] && grep -qE '^customers +4$' ran && grep -qE '^items +6$' ran &&
   grep -qE '^pairs +24 ' ran && ! grep -q 'note: the' ran && ! ls PWNED* > /dev/null 2>&1
then ok odoo_display_names; else
	notok odoo_display_names "$arg $first" "$(head -c 800 ran)"; fi

# t68 F18: a shared zone word's sed names the file (not FILE) and edits the word only after a
# time, so a customer ACME CST and a product CSTAR keep theirs; the dates read as UTC-6
{
	echo "$H"
	for d in 02 03 04 05; do
		echo "1$d,A1,Wk CSTAR mug,1,2023-03-$d 23:30 CST,1.0,ACME CST,US"
		echo "2$d,B1,Plate,1,2023-03-$d 10:00 CST,1.0,C$d,US"
	done
} > zone.csv
if follow zone zone.csv; then
	printf 'load %s\ncustomers 5\n' "$arg" > run.rr
	"$RELREC" --replay run.rr -q -k > cust 2>&1
	if grep -qE '^kept +8$' ran && grep -qE '^dates +2023-03-02 16:00 to 2023-03-06 05:30$' ran &&
	   grep -q ' ACME CST ' cust; then ok zone; else
		notok zone "$arg" "$(head -c 800 ran)" "$(head -c 400 cust)"; fi
fi

# t68 F2: the MMDD hint of a CR-only file with quoted two-line descriptions, about 896 bytes
# with a script's "FILE:LINE: " before it (the file name's length decides): whole, never cut by
# a "…" in its middle (the copied awk was a syntax error); followed, 60 rows dated 2014
{
	printf '%s\r' "$H"
	for k in $(seq 0 59); do
		m=$((k % 12 + 1)); d=$((k % 28 + 1))
		if [ $((k % 3)) = 0 ]; then desc="\"two
line, \$(touch PWNED) \`touch PWN2\` \"\"q\"\" $k\""; else desc=d; fi
		printf '%d,I%d,%s,1,%02d%02d,1.0,%d,UK\r' $((100 + k)) $((k % 7)) "$desc" $m $d $((12000 + k))
	done
} > mmdd.csv
bad=
for n in $(seq 1 32); do   # names of 8 to 39 bytes: the message crosses 896 among them
	pad=$(printf "%${n}s" | tr ' ' a)
	cp mmdd.csv "mm_$pad.csv"
	printf 'load %s\n' "mm_$pad.csv" > script.rr   # without -k: the failing script's message
	"$RELREC" --replay script.rr -q > out 2>&1
	arg=$(grep -oE "load (\"\\|([^\"\\\\]|\\\\.)*\"|'\\|[^']*')" out | head -1 | sed 's/^load //')
	if grep -q "$(printf '\342\200\246')" out; then bad="$bad cut($pad):$(head -c 300 out)"; continue; fi
	[ -z "$arg" ] && continue   # said in words, no command
	printf 'load %s\nstats\n' "$arg" > run.rr
	"$RELREC" --replay run.rr -q -k > ran 2>&1
	grep -qE '^rows read +60$' ran && grep -qE '^dates +2014-01-01' ran ||
		bad="$bad ran($pad):$(head -c 300 ran)"
done
if [ -z "$bad" ] && ! ls PWN* > /dev/null 2>&1; then ok mmdd_whole; else notok mmdd_whole "$bad"; fi

# t68 F10: Odoo's lines with its own 'Internal Reference' column (a stale OLD-0/OLD-1): the
# note's --map names the appended column by its number, and followed reads the 5 codes in
# brackets (it named 'Internal Reference', which two columns then held, and was refused)
{
	echo 'Order Reference,Customer,Product,Quantity,Order Date,Unit Price,Internal Reference'
	for o in $(seq 0 59); do
		printf 'S%05d,Cust %d,"[FURN_00%d] Desk %d",1,2023-01-%02d 10:00:00,10.00,OLD-%d\n' \
			$o $((o % 4)) $((o % 5 + 1)) $((o % 2)) $((o % 28 + 1)) $((o % 2))
	done
} > odoo_ir.csv
printf 'load odoo_ir.csv\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
note_load 'items of'
printf 'load %s %s\nstats\n' "$arg" "$map" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$map" ] && grep -qE '^items +5$' ran && grep -qE '^quantity +60$' ran
then ok odoo_own_reference; else notok odoo_own_reference "$arg $map" "$(head -c 800 ran)"; fi

# t71 F30: the credit-note warning's grep names the file (it said FILE, which grep, copied,
# could not read); followed, it leaves the 66 FK lines out: 360 rows, quantity 2177 (the
# tester's truth: the sales' quantity)
if follow credit_note_grep "$ROOT/tests/shops/files/t71_pl_fk_keg_returns.csv.gz" &&
   grep -qE '^rows read +360$' ran && grep -qE '^quantity +2177$' ran
then ok credit_note_grep; else notok credit_note_grep "$arg" "$(head -c 600 ran)"; fi

# e136: a hint's options (--map ROLE=COL, --purchase/--return/--void values, --date-format)
# name a column or a value that holds shell and relrec text ($( ) ` ; | = ' and blanks):
# copied into relrec's prompt and into a shell, each reads exactly that column or value.
# TOK: one word of a hint (bare text, '...' pieces, and the "'" that writes a quote in them)
TOK="([^ ;()'\"]|'[^']*'|\"'\")+"
# optfollow NAME FILE LOADARGS PREFIX EXPECT...: the options from PREFIX on (a ROLE= of
# --map, say) that the load of FILE suggests, loaded at the prompt and given on a shell's
# command line; ok when both ran, no PWNED file appeared and each EXPECT (an ERE) is a line
# of both outputs
optfollow() {
	n=$1 file=$2 args=$3 pfx=$4
	shift 4
	printf 'load %s %s\n' "$file" "$args" > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	opts=$(grep -oE -- "$pfx$TOK( --[a-z-]+ $TOK)*" out | head -1 | sed 's/,$//')
	if [ -z "$opts" ]; then notok "$n" "no $pfx suggested:" "$(head -c 800 out)"; return; fi
	printf 'load %s %s\nstats\n' "$file" "$opts" > run.rr
	"$RELREC" --replay run.rr -q -k > ran 2>&1
	echo stats > st.rr
	sh -c "\"\$0\" --replay st.rr -q -k $file $opts" "$RELREC" > shran 2>&1
	if ls PWNED* > /dev/null 2>&1; then
		notok "$n" "the hint ran the data's text: $opts"
		rm -f PWNED*
		return
	fi
	for e in "$@"; do
		if ! grep -qE "$e" ran || ! grep -qE "$e" shran; then
			notok "$n" "$opts: no line $e" "prompt: $(head -c 600 ran)" "shell: $(head -c 600 shran)"
			return
		fi
	done
	ok "$n"
}
# the document type's hint: --map event= the column, --purchase its sales (a quote, $( ) in one)
for nm in "Beleg art \$(touch PWNED)\`x\`;y|z=w" "Beleg'art \$(touch PWNED)"; do
	case "$nm" in *"'"*) n=doctype_quote ;; *) n=doctype_shell ;; esac
	q=$(printf '%s' "$nm" | sed 's/"/""/g')
	sed "1s/Belegart/\"$q\"/; s/Schlussrechnung/Schluss'rechnung \$(touch PWNED2)/" \
		"$ROOT/tests/replay/doctype_near.csv" > doc.csv
	optfollow "$n" doc.csv "" "--map event=" '^kept +6$' \
		"Schluss'rechnung \\\$\\(touch PWNED2\\) 2; Gutschrift 1 read as returns"
done
# a status column of two words no status has (a flag?): --map status=-,event= the column (its
# number for a name with a quote), --purchase the value on most rows
for nm in "Order Status \$(touch PWNED);|x \`y\`" "Order Status \$(touch PWNED)'s;|x"; do
	case "$nm" in *"'"*) n=status_flag_quote ;; *) n=status_flag_shell ;; esac
	{
		printf '%s,"%s"\n' "$H" "$(printf '%s' "$nm" | sed 's/"/""/g')"
		for c in $(seq 0 59); do
			v="Zork \$(touch PWNED3)'a"; [ $((c % 4)) = 0 ] && v='Blip;`x` "q"'
			echo "$((100 + c)),I$((c % 7)),d,1,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c % 30)),UK,\"$(printf '%s' "$v" | sed 's/"/""/g')\""
		done
	} > flag.csv
	m=$(printf '%s' "$nm" | sed "s/'/'\"'\"'/g")
	optfollow "$n" flag.csv "--map 'status=$m'" "--map status=" '^kept +45$' '^invoices +45$'
done
# the e-mail column that names the buyers of the rows without a customer id: --map user=
for nm in "E-mail \$(touch PWNED);|x \`y\` a=b" "E-mail \$(touch PWNED)'s;|x"; do
	case "$nm" in *"'"*) n=mail_user_quote ;; *) n=mail_user_shell ;; esac
	{
		echo "$H,\"$nm\""
		for c in $(seq 0 59); do
			cu=$((12000 + c % 30)); [ $((c % 3)) = 0 ] && cu=
			echo "$((100 + c)),I$((c % 7)),d,1,12/$((c % 9 + 1))/2010 10:00,1.0,$cu,UK,m$((c % 20))@x.org"
		done
	} > mail.csv
	optfollow "$n" mail.csv "" "--map user=" '^kept +60$' '^customers +20$'
done
# a column named - (a map's "no column") or with digits (a map's column number): the hint
# gives its number, which reads it
for name in - 3; do
	{ printf '"%s"' "$name"; sed '1s/^Ticket No//;1!d' cp.csv; sed 1d cp.csv; } > tk.csv
	n=invoice_map_named_$(printf '%s' "$name" | tr -c '0-9\n' d)
	printf "load tk.csv --map 'qty=Qty Change'\n" > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	m=$(grep -oE "invoice=('[^']*'|[^ ,;)]*)" out | head -1)
	printf "load tk.csv --map 'qty=Qty Change',%s\n" "$m" > run.rr
	"$RELREC" --replay run.rr -q -k > ran 2>&1
	if [ -n "$m" ] && grep -qE "^  columns: .*invoice=$name," ran; then ok "$n"; else
		notok "$n" "$m" "$(head -c 600 ran)"; fi
done

# a list in cp1252 beside UTF-8 data: the iconv the refusal gives, run in a shell, converts
# that file (its name holds a quote and $( )) into its .utf8 copy (t85 F24: it printed the
# list and saved nothing), and the copy is read
{ echo "$H"; for c in $(seq 0 59); do echo "$((100 + c)),CAFÉ$((c % 7)),d,1,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c % 30)),UK"; done; } > cafe.csv
f="l'st \$(touch PWNED);x.txt"
printf 'CAF\311%s\n' 3 4 > "$f"
printf 'load cafe.csv\nexclude items --file "%s"\n' "$f" > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
cmd=$(grep -oE 'iconv -f [^ ]+ -t UTF-8 .*\)$' out | sed 's/)$//')
sh -c "$cmd" 2> iconv.err
printf 'load cafe.csv\nexclude items --file "%s"\n' "l'st \$(touch PWNED);x.utf8.txt" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$cmd" ] && ! ls PWNED* > /dev/null 2>&1 && grep -q '^excluded 2 items' ran
then ok list_iconv; else notok list_iconv "$cmd" "$(cat iconv.err)" "$(head -c 600 ran)"; rm -f PWNED*; fi
# and a list that turns from UTF-8 to another encoding: the iconv it gives, its encoding
# filled in, converts that file
f="l'st2 \$(touch PWNED);y.txt"
printf 'caf\303\251\nCAF\311\n' > "$f"
printf 'load cafe.csv\nexclude items --file "%s"\n' "$f" > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
cmd=$(grep -oE 'iconv -f ITS-ENCODING -t UTF-8 .*\)$' out | sed 's/)$//; s/ITS-ENCODING/latin1/')
sh -c "$cmd" 2> iconv.err
if [ -n "$cmd" ] && ! ls PWNED* > /dev/null 2>&1 &&
   [ "$(sed -n 2p "l'st2 \$(touch PWNED);y.utf8.txt")" = "CAFÉ" ]
then ok list_iconv_mixed; else notok list_iconv_mixed "$cmd" "$(cat iconv.err)" "$(head -c 600 out)"; rm -f PWNED*; fi

# filter country's hint for words that are one country: a country holding a backslash before
# an n (written so in the data) is named in double quotes that relrec's prompt reads back as
# exactly it (written "Back\nslash Land", the prompt read a line break)
{ echo "$H"; for c in $(seq 0 29); do country='Back\nslash Land'; [ $((c % 3)) = 0 ] && country=UK; printf '%s\n' "$((100 + c)),I$((c % 7)),d,1,12/$((c % 9 + 1))/2010 10:00,1.0,$((12000 + c)),$country"; done; } > land.csv
printf 'load land.csv\nfilter country Back\\nslash Land\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
cmd=$(grep -oE 'filter country "([^"\\]|\\.)*"$' out)
printf 'load land.csv\n%s\nfilter\n' "$cmd" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ -n "$cmd" ] && grep -q '^outside the filters: 10 rows' ran
then ok country_words; else notok country_words "$cmd" "$(head -c 600 out)" "$(head -c 600 ran)"; fi
# t73 F17: the walk-in's and the two stores' awk name the file, quoted as one shell word (they
# ended in the word FILE, which awk, copied, could not open; the walk-in checks above run with
# no file of that name): the two stores' pipe, followed, reads the store and the number as
# the customer, 120 customers as the shops line's truth (not 60 by the number alone)
cp "$ROOT/tests/shops/files/t72_two_stores_customer_numbers.csv.gz" "two st'ores.csv.gz"
if follow store_key_pipe "\"two st'ores.csv.gz\"" && grep -qE '^customers +120$' ran &&
   grep -qE '^kept +2269$' ran
then ok store_key_pipe; else notok store_key_pipe "$arg" "$(head -c 600 ran)"; fi

# t74 F16, F20: the no-quantity and no-price hints' --map, followed, read the columns they
# name: 'Sold Qty', not the 'Stock Qty' on hand beside it (offered first, it gave 91291 units
# for 2091), and a price's name of 56 bytes whole (the hint pasted it cut with "...", which no
# column has). By hand: quantities 1, 2, 3 on 30 lines each, price 2.50: quantity 180, spend
# 450.00
long='Unit selling price of the listing before any fees (BRL)'
{
	echo "Order No,Date,Customer ID,SKU,Stock Qty,Sold Qty,$long"
	for c in $(seq 0 89); do
		echo "$((100 + c)),2024-01-$(printf %02d $((c % 28 + 1))),C$((c % 9)),S$((c % 7)),$((c * 3 + 40)),$((c % 3 + 1)),2.50"
	done
} > stock_long.csv
printf 'load stock_long.csv\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
# (since t83 F13 Sold Qty is a known name: read as the quantity, no hint for it; the map
# that names it reads the same)
mq=$(grep -oE "qty=('[^']*'|[^ ,;)]*)" out | head -1)
grep -q "qty=Sold Qty," out && mq="qty='Sold Qty'"
mp=$(grep -oE "price=('[^']*'|[^ ,;)]*)" out | head -1)
printf 'load stock_long.csv --map %s,%s\nstats\n' "$mq" "$mp" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if [ "$mq" = "qty='Sold Qty'" ] && grep -qE '^quantity +180$' ran && grep -qE '^spend +450.00 ' ran
then ok stock_qty_long_price_map; else notok stock_qty_long_price_map "$mq,$mp" "$(head -c 800 ran)"; fi

# t73 F16: JavaScript's Date.toString (GMT between the time and its offset): the sed to count
# the days as written, followed, does (it matched nothing and the note came back, longer):
# 18:25 at GMT-1000 is the next day in UTC, read as written 2024-01-11 18:25 to 2024-01-30
{
	echo "Order,Date,Customer,SKU,Qty,Price"
	for c in $(seq 11 30); do echo "$c,Thu Jan $c 2024 18:25:00 GMT-1000 (Hawaii-Aleutian Standard Time),C$((c % 4)),S$((c % 3)),1,2.00"; done
} > js.csv
if follow js_gmt_offset js.csv && ! grep -q 'another day' ran &&
   grep -qE '^dates +2024-01-11 18:25 to 2024-01-30 18:25$' ran
then ok js_gmt_offset; else notok js_gmt_offset "$arg" "$(grep -E 'dates' ran | head -3)"; fi

# t74 F19: the encoding a header not UTF-8 is told to name, the first of the hint's, read:
# a Vietnamese cp1258 export's names (it was told cp1250, which made Mã khách hàng MaŢ khách
# hŕng), an EUC-JP one's rows (told cp932, which refused its first byte); by hand 2 rows. Its
# date is Ngày bán, a name relrec does not know (Ngày alone it does: read with no option)
encfollow() {
	printf 'load %s\n' "$2" > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	enc=$(grep -oE -- '--encoding: [^(]*' out | sed -E 's/.*(: |A1 to FE: )([a-z0-9-]+) .*/\2/' | head -1)
	printf 'load %s --encoding %s %s\nstats\n' "$2" "$enc" "$3" > run.rr
	"$RELREC" --replay run.rr -q -k > ran 2>&1
	if [ "$enc" = "$4" ] && grep -qE '^kept +2$' ran && grep -qF -- "$5" ran; then ok "$1"; else
		notok "$1" "--encoding $enc" "$(head -c 600 ran)"; fi
}
printf 'S\364\354 h\363a \360\365n,Ng\340y b\341n,Ma\336 kh\341ch h\340ng,Ma\336 h\340ng,S\364\354 l\375\365\362ng,\320\365n gi\341\nHD1,05/01/2024,KH1,SP1,2,75000\nHD2,06/01/2024,KH2,SP2,1,30000\n' > vi1258.csv
encfollow encoding_cp1258 vi1258.csv "--map date=2" cp1258 "$(printf 'user=M\303\243 kh\303\241ch h\303\240ng')"
printf '\274\365\303\355\310\326\271\346,\274\365\303\355\306\374,\262\361\260\367ID,\276\246\311\312\310\326\271\346\n1,2024/01/05,7,P1\n2,2024/01/06,8,P2\n' > eucjp.csv
encfollow encoding_euc_jp eucjp.csv "--map user=3,item=4,invoice=1,date=2" euc-jp "$(printf 'invoice=\345\217\227\346\263\250\347\225\252\345\217\267')"

# t76 F13: the masked-buyer warning's --keep-id names the mask as one word: pasted into a shell
# it runs nothing and keeps the mask's rows (one customer), as it does in a script; an id
# with a quote too. By hand: 300 orders of 2 lines, 10 orders of the mask: 600 rows kept.
keepfollow() {
	{
		echo "Order ID,Buyer,SKU,Product,Qty,Order Date,Price"
		for k in $(seq 0 299); do
			b="\"$(printf '%s' "$2" | sed 's/"/""/g')\""
			[ $((k % 30)) = 0 ] || b=L$((100000 + k % 30))
			for l in 0 1; do echo "$((9000 + k)),$b,S$(((k * 3 + l) % 25)),Thing,$((1 + l)),2024-05-$((k % 18 + 10)) 12:00,4.00"; done
		done
	} > mask.csv
	printf 'load mask.csv\n' > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	kw=$(grep -oE -- "--keep-id ('([^']|'\"'\"')*')+" out | head -1)
	printf 'stats\n' > s.rr
	eval "\"\$RELREC\" --replay s.rr -q -k $kw mask.csv" > ran 2>&1
	printf 'load mask.csv %s\nstats\n' "$kw" > run.rr
	"$RELREC" --replay run.rr -q -k > ran2 2>&1
	if ls PWNED* > /dev/null 2>&1; then notok "$1" "the hint ran the id: $kw"; rm -f PWNED*
	elif grep -qE '^kept +600$' ran && grep -qE '^kept +600$' ran2; then ok "$1"
	else notok "$1" "$kw" "$(grep -E 'kept|keep-id' out ran ran2 | head -c 800)"; fi
}
keepfollow mask_keep_id_cmd "a***'\$(touch PWNED_m)'"
keepfollow mask_keep_id_quote "'o***'"

# t76 F19: a column name holding a bidi control (U+202E, U+200F) or a byte order mark inside
# is mapped by its number: the hint's escaped form (Art\u202ENr) is no name a map finds
for ch in '\342\200\256' '\357\273\277' '\342\200\217'; do
	nm=$(printf "Art${ch}Nr")
	{
		echo "InvoiceNo,$nm,Description,Quantity,InvoiceDate,UnitPrice,CustomerID"
		for i in $(seq 0 59); do for l in 0 1; do
			c=$(((i * 3 + l) % 15)); col=blue; [ $((i % 2)) = 1 ] && col=red
			echo "$((700000 + i)),ZX$c,Product $c $col,$((1 + l)),2024-04-$((i % 28 + 1)) 10:00,3.00,$((4000 + i % 11))"
		done; done
	} > bidi.csv
	n=map_format_char_$(printf "$ch" | od -An -tx1 | tr -d ' ')
	printf 'load bidi.csv\n' > script.rr
	"$RELREC" --replay script.rr -q -k > out 2>&1
	m=$(grep -oE -- "--map item=('[^']*'|[^ ,;)]*)" out | head -1)
	printf 'load bidi.csv %s\nstats\n' "$m" > run.rr
	"$RELREC" --replay run.rr -q -k > ran 2>&1
	# by hand: codes ZX(3i+l mod 15), l 0 or 1: 0 3 6 9 12 and 1 4 7 10 13, 10 items, each
	# under two descriptions (red, blue)
	if [ "$m" = "--map item=2" ] && grep -qE '^items +10$' ran; then ok "$n"; else
		notok "$n" "$m" "$(head -c 600 ran)"; fi
done

# t76 F20: a cp1252 export joined after a UTF-16 one is refused as 8-bit text from its line,
# with the load that converts each part; followed, with a file name that holds a quote and
# $( ), it reads both parts' rows (by hand 2 + 2, customers 7, 8 and Müller) and runs nothing
f="u16'\$(touch PWNED_u).csv"
{
	printf '\377\376'
	printf 'user,item,qty,date\n7,A,3,2023-01-02\n8,B,1,2023-01-03\n' | iconv -f UTF-8 -t UTF-16LE
	printf 'user,item,qty,date\nM\374ller,B,4,2023-01-03\nM\374ller,C,1,2023-01-04\n'
} > "$f"
if follow u16_then_cp1252 "\"$f\"" && grep -qE '^kept +4$' ran && grep -qE '^customers +3$' ran &&
   grep -q '8-bit text that is not UTF-8' out
then ok u16_then_cp1252; else notok u16_then_cp1252 "$arg" "$(head -c 600 out; head -c 600 ran)"; fi

# t86 F18: a header of over 256 columns is refused with the awk that keeps its first columns
# split outside double quotes, as relrec reads them (its cut -d, split "Acme Corp, Inc." and
# lost that customer's every line). By hand: 3 customers x 10 lines, each of its own invoice,
# 300 custom columns after the 9; followed with the map the analyst gives, every line is read
{
	printf 'Date,Type,Document Number,Name,Item,Description,Quantity,Item Rate,Amount'
	for k in $(seq 1 300); do printf ',Custom Field %s' "$k"; done
	echo
	for c in '"Acme Corp, Inc."' 'Bob Ltd' 'Cy Co'; do for i in $(seq 1 10); do
		printf '2024-03-%02d,Invoice,INV%s%s,%s,SKU%s,"Widget, blue",2,5.00,10.00' "$i" "${#c}" "$i" "$c" "$((i % 4))"
		for k in $(seq 1 300); do printf ',x%s' "$((k % 3))"; done
		echo
	done; done
} > wide.csv
printf 'load wide.csv --map user=Name\n' > script.rr
"$RELREC" --replay script.rr -q -k > out 2>&1
arg=$(grep -oE "load (\"\\|([^\"\\\\]|\\\\.)*\"|'\\|[^']*')" out | head -1 | sed 's/^load //')
printf 'load %s --map user=Name\nstats\n' "$arg" > run.rr
"$RELREC" --replay run.rr -q -k > ran 2>&1
if grep -q 'header has 309 columns' out && ! grep -q 'cut -d, -f' out &&
   grep -qE '^kept +30$' ran && grep -qE '^customers +3$' ran && grep -qE '^rows read +30$' ran
then ok wide_awk_cut; else notok wide_awk_cut "$arg" "$(head -c 600 out; head -c 600 ran)"; fi

# t86 F9: loyalty cards written in groups of four ('6358 0880 3031 3094') on the later rows,
# plain before. By hand: 6 cards
# (2 lines each plain, 2 grouped) and 2 plain-only: 8 customers once the pipe reads each as one
{
	echo 'Transaction,Date,Loyalty Card,Barcode,Qty,Price'
	t=1
	for c in 1 2 3 4 5 6; do for d in 1 2; do
		echo "$t,2024-06-0$d 10:00,635808803031300$c,50001$c,1,1.50"; t=$((t + 1)); done; done
	for c in 1 2 3 4 5 6; do for d in 3 4; do
		echo "$t,2024-07-0$d 10:00,6358 0880 3031 300$c,50001$c,1,1.50"; t=$((t + 1)); done; done
	for c in 7 8; do echo "$t,2024-07-05 10:00,635808803031300$c,500017,1,1.50"; t=$((t + 1)); done
} > cards.csv
if follow grouped_cards cards.csv && grep -q '12 customer ids in 6 groups differ only by blanks' out &&
   grep -qE '^customers +8$' ran && grep -qE '^kept +26$' ran
then ok grouped_cards; else notok grouped_cards "$arg" "$(head -c 600 out; head -c 600 ran)"; fi

# e178 (t90 F8): a month re-saved by a spreadsheet of a comma locale, joined with cat: its
# header and rows between ';', decimal commas, a description holding a comma unquoted. The
# refusal's awk writes its lines with ',' (the comma fields quoted). By hand: 5 rows, 4
# customers, quantity 2+1+3+1+2 = 9, spend 3.00+2.00+4.50+4.25+4.00 = 17.75
{
	printf '%s\r\n' "$H" '1,A1,"Mug, red",2,2024-01-05 10:00,1.50,100,UK' \
		'2,B1,Cup,1,2024-01-06 10:00,2.00,101,UK'
	printf '%s\r\n' "$(echo "$H" | tr , ';')" '3;A1;Mug, red;3;2024-02-05 10:00;1,50;102;DE' \
		'4;C1;Plate;1;2024-02-06 10:00;4,25;100;DE'
	printf '%s\r\n' "$H" '5,B1,Cup,2,2024-03-05 10:00,2.00,103,UK'
} > semi.csv
if follow semicolon_part semi.csv && grep -q "header again with its names between ';'" out &&
   grep -qE '^kept +5$' ran && grep -qE '^customers +4$' ran && grep -qE '^quantity +9$' ran &&
   grep -qE '^spend +17.75 ' ran
then ok semicolon_part; else notok semicolon_part "$arg" "$(head -c 600 out; head -c 600 ran)"; fi
