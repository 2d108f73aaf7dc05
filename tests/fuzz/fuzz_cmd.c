/* fuzz_cmd.c — libFuzzer harness for the command language: each input line is completed (at
 * a few cursor positions), split and dispatched against a session holding a small dataset.
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

int LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	static rr_app app;
	static int init;
	static rr_labels labels0;                 /* the state each input starts from */
	static int clean_on0[RR_RULE_N];
	if (!init) {
		app_init(&app);
		app.sink.text = drop_text;
		app.sink.table = drop_table;
		app.sink.error = drop_error;
		app.sink.progress = NULL;
		char path[] = "/tmp/relrec-fuzz-XXXXXX";
		int fd = mkstemp(path);
		FILE *f = fdopen(fd, "w");
		fputs(data, f);
		fclose(f);
		char line[64];
		snprintf(line, sizeof line, "load %s", path);
		cmd_exec(&app, line);
		remove(path);
		cmd_exec(&app, "bins 2 5");
		labels0 = app.labels;
		memcpy(clean_on0, app.clean.on, sizeof clean_on0);
		init = 1;
	}
	char *text = malloc(size + 1);
	memcpy(text, in, size);
	text[size] = '\0';
	for (char *save = NULL, *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		/* the completer reads any prefix of any line, quotes open or not */
		size_t len = strlen(line);
		for (size_t cur = len; ; cur /= 2) {
			rr_completion c;
			cmd_complete(&app, line, cur, &c);
			completion_free(&c);
			if (cur == 0)
				break;
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
	/* keep the session's state comparable between inputs; only when an input changed it,
	 * since re-deriving the data set on every input was a sixth of the harness's time */
	if (memcmp(&app.labels.edge, &labels0.edge, sizeof labels0.edge) != 0 ||
	    app.labels.n_edges != labels0.n_edges)
		cmd_exec(&app, "bins 2 5");
	if (memcmp(app.clean.on, clean_on0, sizeof clean_on0) != 0)
		cmd_exec(&app, "clean customer on cancelled on price on nonproduct on");
	return 0;
}
