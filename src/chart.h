/* chart.h — charts as files for slides, drawn with cairo: the loss curves of a training run,
 * the label histogram with its bin edges, a confusion matrix. PNG or SVG by the file name's
 * extension, CHART_W × CHART_H (pixels for PNG, points for SVG).
 *
 * Files are written crash-safely (afile.h): PATH appears whole or not at all, and replaces only
 * a chart relrec wrote: a PNG's tEXt chunk and an SVG's line after its XML declaration carry
 * relrec's mark. Cairo draws text
 * as glyph outlines in SVG, so an SVG also carries every label as a transparent <text> element
 * at the same place: the labels can be searched, selected and read by a screen reader. */
#ifndef RELREC_CHART_H
#define RELREC_CHART_H

#include <stddef.h>
#include <stdint.h>

#include "labels.h"
#include "metrics.h"

#define CHART_W 960
#define CHART_H 600

/* 0 for a path ending in .png, 1 for .svg (either case); -1 with err_set otherwise. */
int chart_format(const char *path);
/* 0 when a chart may be written at path: its format (chart_format), and what is there, by
 * afile's rules (a chart replaces only its own older self, a PNG or an SVG relrec wrote:
 * afile.h's RR_PNG_MARK, RR_SVG_MARK); else -1 with err_set. Asked before a chart's work (the
 * confusion matrix's evaluation), so a refusal comes first; nothing is left behind. */
int chart_target_check(const char *path);

/* Training and validation loss by epoch: loss is [2 × n] (epoch e's training loss at 2e, its
 * validation loss at 2e+1, NaN when there was none). best_epoch (1-based, 0 = none) is marked.
 * 0, or -1 with err_set. */
int chart_loss(const char *path, const float *loss, int n, int best_epoch, const char *title);

/* The order-count histogram (hist[k] = pairs with k orders, k = 0..max_orders) on a log scale,
 * bars coloured by class, the bin edges of lab drawn and each class's pairs and share in the
 * legend. 0, or -1 with err_set. */
int chart_labels(const char *path, const size_t *hist, uint32_t max_orders, const rr_labels *lab,
		 const char *title);

/* The confusion matrix m (rows = truth) with class names[m->k]: counts and row shares, shaded
 * by share. note (NULL or "": none) is drawn under the subtitle, "note: " before each of its
 * '\n'-separated lines (report's notes on the figures). 0, or -1 with err_set. */
int chart_confusion(const char *path, const rr_metrics *m, const char *const *names,
		    const char *title, const char *note);

#endif
