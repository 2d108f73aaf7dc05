/* sink_file.c — the plain FILE sink (sink_file.h). The one place that decides whether plain
 * output shows times: the engine always reports them. */
#include "sink_file.h"

#include <stdlib.h>

static void file_error(void *ctx, const char *msg)
{
	fflush((FILE *)ctx);
	fprintf(stderr, "relrec: %s\n", msg);
	fflush(stderr);
}

static void file_text(void *ctx, const char *s)
{
	fputs(s, (FILE *)ctx);
	fputc('\n', (FILE *)ctx);
}

static void file_table_render(void *ctx, const rr_table *t, int timing)
{
	char *s = table_render(t, timing);
	if (s) {
		file_text(ctx, s);
		free(s);
	}
}

static void file_table(void *ctx, const rr_table *t)
{
	file_table_render(ctx, t, 1);
}

static void file_table_untimed(void *ctx, const rr_table *t)
{
	file_table_render(ctx, t, 0);
}

static void epoch_line(FILE *f, const rr_progress *p, int timing)
{
	fprintf(f, "epoch %d/%d  train_loss %.4f  val_loss %.4f  val_macro_f1 %.4f", p->epoch,
		p->epochs, p->train_loss, p->val_loss, p->val_macro_f1);
	if (timing)
		fprintf(f, "  %.2fs  %.0f samples/s", p->seconds, p->samples_per_s);
	fputc('\n', f);
}

static void file_progress(void *ctx, const rr_progress *p)
{
	if (p->phase == RR_PHASE_EPOCH)
		epoch_line(ctx, p, 1);
}

static void file_progress_untimed(void *ctx, const rr_progress *p)
{
	if (p->phase == RR_PHASE_EPOCH)
		epoch_line(ctx, p, 0);
}

void sink_file_init(rr_sink *s, FILE *f)
{
	/* two sets of callbacks rather than a flag in a context: the FILE stays the whole ctx */
	int timing = getenv("RELREC_NO_TIMING") == NULL;
	s->ctx = f;
	s->text = file_text;
	s->timing = timing ? file_text : NULL;
	s->table = timing ? file_table : file_table_untimed;
	s->progress = timing ? file_progress : file_progress_untimed;
	s->error = file_error;
}
