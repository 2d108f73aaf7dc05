#!/bin/sh
# tests/pg/run_pg.sh — relrec reads a warehouse's output: a throwaway PostgreSQL cluster in a
# temporary directory (Unix socket only, trust authentication; run as the postgres user when
# we are root, since PostgreSQL refuses root), the bundled data copied into a table, and
# `load "|psql ... \copy (SELECT ...) TO STDOUT CSV HEADER"` must give the known figures.
# The cluster is stopped and removed on exit. Prints "ok NAME" / "not ok NAME" /
# "skip NAME: why" lines for tests/run.sh.
RELREC=${RELREC:-./relrec}
DATA=${DATA:-data/online_retail.csv.gz}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
export RELREC_NO_TIMING=1

for b in initdb pg_ctl psql; do
	if [ ! -x "$PGBIN/$b" ]; then
		echo "skip pg/load-from-psql: $PGBIN/$b is missing [postgresql not installed; CI installs it]"
		exit 0
	fi
done

dir=$(mktemp -d)
port=5432   # only names the socket file in $dir: no TCP, no clash with another server
as_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	if ! id postgres >/dev/null 2>&1; then
		echo "not ok pg/load-from-psql: running as root and there is no postgres user to run the server"
		rm -rf "$dir"; exit 0
	fi
	chown postgres "$dir"
	as_pg() { su -s /bin/sh postgres -c "$(printf "'%s' " "$@")"; }
fi
cleanup() {
	as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM

fail() { echo "not ok pg/$1"; [ -f "$dir/log" ] && tail -5 "$dir/log" | sed 's/^/    /'; exit 0; }

as_pg "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C \
	>"$dir/initdb.out" 2>&1 || { cat "$dir/initdb.out" | tail -5 | sed 's/^/    /'; fail "load-from-psql: initdb failed"; }
as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
	-o "-k $dir -p $port -c listen_addresses= -c fsync=off" start >/dev/null 2>&1 ||
	fail "load-from-psql: the server did not start"

PSQL="$PGBIN/psql -X -q -v ON_ERROR_STOP=1 -h $dir -p $port -U postgres"
$PSQL -d postgres -c "CREATE DATABASE shop" >/dev/null 2>&1 || fail "load-from-psql: createdb failed"
# dates as timestamps, read from the file's M/D/YYYY: what the warehouse gives back is ISO
$PSQL -d shop -c "CREATE TABLE retail (invoiceno text, stockcode text, description text,
	quantity integer, invoicedate timestamp, unitprice numeric, customerid text, country text)" \
	>/dev/null 2>&1 || fail "load-from-psql: create table failed"
gunzip -c "$DATA" | PGOPTIONS='-c datestyle=ISO,MDY' \
	$PSQL -d shop -c "\\copy retail FROM STDIN CSV HEADER" >"$dir/copy.out" 2>&1 ||
	{ sed 's/^/    /' "$dir/copy.out" | head -5; fail "load-from-psql: copying the data in failed"; }

cmd="|$PSQL -d shop -c '\\copy (SELECT * FROM retail) TO STDOUT CSV HEADER'"
out=$(printf 'load "%s"\nstats\n' "$cmd" | $RELREC --replay - 2>&1)
want='rows read   541909
kept        396337
customers   4334
items       3659
invoices    18402
pairs       266221'
got=$(printf '%s\n' "$out" | grep -E '^(rows read|kept|customers|items|invoices|pairs) ' | sed 's/ (.*//')
if [ "$got" = "$want" ] && printf '%s\n' "$out" | grep -qF '  dates: ISO 8601 without offsets, as written'; then
	echo "ok pg/load-from-psql"
else
	echo "not ok pg/load-from-psql"; printf '%s\n' "$out" | head -12 | sed 's/^/    /'
fi

# a query the server refuses: psql's exit status and its message
out=$(printf 'load "|%s -d shop -c %s"\n' "$PSQL" "'\\copy (SELECT * FROM nosuch) TO STDOUT CSV HEADER'" |
	$RELREC --replay - 2>&1)
case "$out" in
*"exited with status 1: "*'relation "nosuch" does not exist'*) echo "ok pg/psql-error-reported" ;;
*) echo "not ok pg/psql-error-reported"; printf '%s\n' "$out" | head -5 | sed 's/^/    /' ;;
esac
