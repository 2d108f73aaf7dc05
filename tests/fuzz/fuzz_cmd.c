/* fuzz_cmd.c — libFuzzer harness for the command language: each input line is completed (at
 * a few cursor positions), split and dispatched against a fresh session holding a small
 * dataset.
 * Commands that write files or run long (gen, save, export, source, load, train, evaluate)
 * are only split and completed, not run. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "cmd.h"

static const char data[] =
	"InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
	"1,85123A,HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
	"1,71053,LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n"
	"2,85123A,HEART,2,12/2/2010 8:26,2.55,17850,United Kingdom\n"
	"3,71053,LANTERN,1,12/3/2010 9:26,3.39,13047,United Kingdom\n"
	"3,22633,MITTENS,1,12/3/2010 9:26,1.85,13047,United Kingdom\n";

static void drop_text(void *ctx, const char *s) { (void)ctx; (void)s; }
static void drop_table(void *ctx, const rr_table *t) { (void)ctx; free(table_render(t, 1)); }
static void drop_error(void *ctx, const char *m) { (void)ctx; (void)m; }

static int runnable(const char *w)
{
	static const char *const deny[] = {"gen", "save", "export", "source", "load", "train",
					   "evaluate", "open", NULL};
	for (int i = 0; deny[i]; i++)
		if (strcmp(w, deny[i]) == 0)
			return 0;
	return 1;
}

/* The small data set, written once to a file every input's session loads. */
static char data_path[64];

static void data_remove(void)
{
	remove(data_path);
}

static int data_write(void)
{
	snprintf(data_path, sizeof data_path, "/tmp/relrec-fuzz-XXXXXX");
	int fd = mkstemp(data_path);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f || fputs(data, f) < 0 || fclose(f) != 0)
		return -1;
	atexit(data_remove);
	return 0;
}

/* Each input gets a fresh session, freed at its end: inputs cannot change what the next one
 * sees, and every byte an input allocates is freed by the time it returns, so LeakSanitizer
 * reports a real leak at once — where a session kept across inputs grew caches and undo
 * steps that made libFuzzer scan the heap for leaks after most inputs (then 250 runs/s). */
int LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	if (!data_path[0] && data_write() != 0)
		abort();
	rr_app app;
	if (app_init(&app) != 0)
		abort();
	app.sink.text = drop_text;
	app.sink.table = drop_table;
	app.sink.error = drop_error;
	app.sink.progress = NULL;
	char load[96];
	snprintf(load, sizeof load, "load %s", data_path);
	if (cmd_exec(&app, load) != 0)
		abort();
	char *text = malloc(size + 1);
	memcpy(text, in, size);
	text[size] = '\0';
	for (char *save = NULL, *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		/* the completer reads any prefix of any line, quotes open or not: the whole line,
		 * half of it and none (the mutations move the line's end; more cursors per line
		 * made the completer half the harness's time for little new coverage) */
		size_t len = strlen(line), cursors[3] = {len, len / 2, 0};
		for (int k = 0; k < 3; k++) {
			rr_completion c;
			cmd_complete(&app, line, cursors[k], &c);
			completion_free(&c);
		}
		int argc;
		char **argv;
		if (cmd_split(line, &argc, &argv) != 0)
			continue;
		int ok = argc > 0 && runnable(argv[0]);
		cmd_free_argv(argc, argv);
		if (ok)
			cmd_exec(&app, line);
		app.quit = 0;
	}
	free(text);
	app_free(&app);
	return 0;
}
