/* tui_keys.c — the workbench's keys, from tables: each screen's (in its own file), the
 * global one and the overlays' (here). tui_keypress() dispatches through them; the help overlay
 * and every hint line are drawn from the same entries, so what a key does, what the help says
 * and what the hint line offers cannot drift apart (htop keeps a separate help list and it
 * does drift).
 *
 * Order of a key's journey: the modes that own the keyboard (a paste, the y/n of quit, the
 * line editor, the size message, the overlays), then the current screen's table, then the
 * global one.
 * While a command runs, entries marked KW_BUSY still work (moving around, looking, the stop
 * key); a command they run waits in tui.c's queue. Any other key says what it would do and
 * that it waits: no key falls through to a meaning it does not have. Over the help and the
 * output pop-up only their own keys work, and the global ones marked KW_OVER: the screen
 * underneath is out of sight, so a key must not act on it. */
#define _XOPEN_SOURCE 700
#include "tui.h"

#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "settings.h"
#include "util.h"

/* ==== global keys ==== */

static int k_help(tui *t, int key)
{
	(void)key;
	keys_help_build(t);
	t->help_on = 1;
	return 1;
}

static int k_command(tui *t, int key)
{
	(void)key;
	edit_open(t, ED_CMD, "");
	return 1;
}

static int k_screen(tui *t, int key)
{
	if (key == '\t')
		tui_set_screen(t, (enum tui_screen)((t->screen + 1) % SCR_N));
	else if (key == TK(KEY_BTAB))
		tui_set_screen(t, (enum tui_screen)((t->screen + SCR_N - 1) % SCR_N));
	else
		tui_set_screen(t, (enum tui_screen)(key - '1'));
	return 1;
}

/* As :quit: while a command runs it waits its turn in the queue and asks then, when that
 * command's run has been counted among the unsaved ones. */
static int k_quit(tui *t, int key)
{
	(void)key;
	tui_line(t, "quit", 0);
	return 1;
}

static int k_stop(tui *t, int key)
{
	(void)key;
	t->stop_req = 1;
	t->app->stop = 1;
	tui_status(t, 0, "stopping '%s' at the next safe point...", t->busy_cmd);
	return 1;
}

static int k_interrupt(tui *t, int key)
{
	return t->busy ? k_stop(t, key) : k_quit(t, key);
}

static int k_redraw(tui *t, int key)
{
	(void)t;
	(void)key;
	clearok(curscr, TRUE);
	return 1;
}

static int k_suspend(tui *t, int key)
{
	(void)key;
	if (!tui_suspend(t))   /* t75 F12: ignored without a word */
		tui_status(t, 0, "Ctrl-Z: no job control here (relrec was not started by a shell that "
			   "can resume it with fg): nothing suspended");
	return 1;
}

/* The message line whole, in a window, when the status line cuts it (it says "v shows it
 * all"); on Recommend and Together the screen's own v shows it above what the panes cut. */
static int k_message(tui *t, int key)
{
	(void)key;
	char msg[1024];
	if (!tui_status_cut(t, msg, sizeof msg))
		return 0;
	tui_out v = {0};
	snprintf(v.title, sizeof v.title, "the message line");
	out_text(&v, msg);
	tui_popup_show(t, &v);
	out_free(&v);
	return 1;
}

static int k_clear(tui *t, int key)
{
	(void)key;
	tui_status(t, 0, "%s", "");
	return 1;
}

static const tui_key global_keys[] = {
	/* F1 too: where htop, mc and nano users look for help (t37 #14) */
	{{'?', TK(KEY_F(1))}, "?/F1", NULL, NULL, "this help", k_help, NULL, KW_ALWAYS, 0},
	{{':'}, ":", NULL, NULL,
	 "command line: Up/Down history, Tab completes; typed while a command runs, the line "
	 "waits its turn (queued); each line of a paste runs as typed (a paste is never keys)",
	 k_command, NULL, KW_ALWAYS, 0},
	{{'1', '2', '3', '4', '5', '6'}, "1-6", NULL, NULL, "switch screens", k_screen, NULL,
	 KW_ALWAYS, 0},
	{{'\t', TK(KEY_BTAB)}, "Tab/Shift-Tab", NULL, NULL, "next / previous screen", k_screen, NULL,
	 KW_ALWAYS, 0},
	/* its help is the undo command's (help NULL): the table says which steps it reverses */
	{{'u'}, "u", NULL, "undo", NULL, NULL, "undo", KW_IDLE, 0},
	{{'s', TK_ESC}, "s/Esc", NULL, "stop",
	 "stop the running command at its next safe point (a run keeps its best weights)", k_stop,
	 NULL, KW_BUSY | KW_SMALL, 0},
	{{'q'}, "q", NULL, NULL,
	 "quit (asks first when runs of the session are not saved); while a command runs, q waits "
	 "for it to end (queued, as :quit is)", k_quit, NULL, KW_ALWAYS | KW_SMALL, 0},
	{{TK_CTRL('c')}, "Ctrl-C", NULL, NULL,
	 "while a command runs, Ctrl-C stops it as s does; when none runs, it quits as q does",
	 k_interrupt, NULL, KW_ALWAYS | KW_OVER | KW_SMALL, 0},
	{{TK_CTRL('z')}, "Ctrl-Z", NULL, NULL,
	 "suspend (the shell's fg brings relrec back, and a line being typed as it was)", k_suspend,
	 NULL, KW_ALWAYS | KW_OVER | KW_SMALL | KW_EDIT, 0},
	{{TK_CTRL('l')}, "Ctrl-L", NULL, NULL, "redraw the screen", k_redraw, NULL,
	 KW_ALWAYS | KW_OVER | KW_SMALL | KW_EDIT, 0},
	{{TK_ESC}, "Esc", NULL, NULL, "clear the message line", k_clear, NULL, KW_IDLE, 0},
	{{'v'}, "v", NULL, NULL,
	 "the whole message line in a window, when it is cut (it ends in \u2026 and says 'v shows "
	 "it all'; on Recommend and Together, above what the panes cut)",
	 k_message, NULL, KW_ALWAYS, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

/* ==== the overlays: help and the output pop-up ==== */

/* The overlay on view: the help, drawn over the pop-up when both are open. */
static tui_out *overlay_out(tui *t)
{
	return t->help_on ? &t->help : &t->popup;
}

/* Are the overlay's lines wider than its window (a table's title, an evaluation's legend)?
 * Then ←/→ scroll it sideways: the overlay entries' focus (OV_*). */
enum { OV_FITS = 0, OV_WIDE };
static int overlay_focus(const tui *t)
{
	const tui_out *o = t->help_on ? &t->help : &t->popup;
	return out_width(o) > tui_overlay_cols(t) ? OV_WIDE : OV_FITS;
}

static int o_scroll(tui *t, int key)
{
	tui_out *o = overlay_out(t);
	int h = tui_overlay_rows(t), page = out_page(o, h), d;
	switch (key) {
	case TK(KEY_UP): case 'k': d = -1; break;
	case TK(KEY_DOWN): case 'j': d = 1; break;
	case TK(KEY_PPAGE): d = -page; break;
	case TK(KEY_NPAGE): case ' ': d = page; break;
	case TK(KEY_HOME): case 'g': d = -(1 << 20); break;
	default: d = 1 << 20; break; /* End, G */
	}
	out_scroll(o, d, h);
	return 1;
}

/* Half a window at a time, as less -S does: a column at a time would take forever. */
static int o_side(tui *t, int key)
{
	int w = tui_overlay_cols(t), d = w / 2 > 1 ? w / 2 : 1;
	out_hscroll(overlay_out(t), key == TK(KEY_LEFT) || key == 'h' ? -d : d, w);
	return 1;
}

/* What a key the overlay does not take says ("Esc/q/Enter closes the output (...)"), into
 * buf: said by overlay_key, taken back by o_close. */
static const char *overlay_refusal(const tui *t, char *buf, size_t size);
static const tui_key *key_underneath(const tui *t, int key);
static const char *label_of(const tui *t, const tui_key *k);
static void key_what(const tui_key *k, char *buf, size_t size);

static int o_close(tui *t, int key)
{
	(void)key;
	/* the refusal spoke of this overlay: once it is closed, it would stay on the status line
	 * over screens it has nothing to do with (t15) */
	char refusal[160], what[96];
	if (strcmp(t->status, overlay_refusal(t, refusal, sizeof refusal)) == 0)
		tui_status(t, 0, "%s", "");
	/* t75 F11: a screen key typed once the pop-up was up was lost with no word once it closed
	 * (4 then Enter: no recommendation, nothing said) */
	if (t->over_lost) {
		char name[8];
		int c = t->over_lost_key;
		key_what(t->over_lost, what, sizeof what);
		snprintf(name, sizeof name, "%c", c > ' ' && c < 127 ? c : '?');
		tui_status(t, 0, "%s (%s) was not done: it came while the %s was open; press it again",
			   c > ' ' && c < 127 ? name : label_of(t, t->over_lost), what,
			   t->help_on ? "help" : "output");
		t->over_lost = NULL;
	}
	if (t->help_on)
		t->help_on = 0;
	else
		t->popup_on = 0;
	return 1;
}

/* vim's hit-enter: ':' over a pop-up goes on with the next command */
static int o_command(tui *t, int key)
{
	t->help_on = t->popup_on = 0;
	t->over_lost = NULL;   /* the user went on to a command: no key to remind of */
	return k_command(t, key);
}

static const tui_key overlay_keys[] = {
	{{TK(KEY_UP), 'k', TK(KEY_DOWN), 'j'}, "\u2191/\u2193", "Up/Down", "scroll", "scroll a line",
	 o_scroll, NULL, KW_ALWAYS, 0},
	{{TK(KEY_PPAGE), TK(KEY_NPAGE), ' '}, "PgUp/PgDn", NULL, NULL, "scroll a page", o_scroll,
	 NULL, KW_ALWAYS, 0},
	{{TK(KEY_HOME), 'g', TK(KEY_END), 'G'}, "Home/End", NULL, NULL, "to the start / the end",
	 o_scroll, NULL, KW_ALWAYS, 0},
	{{TK(KEY_LEFT), 'h', TK(KEY_RIGHT), 'l'}, "\u2190/\u2192", "Left/Right", "sideways",
	 "scroll sideways, when lines are wider than the window (they end in \u2026)", o_side, NULL,
	 KW_ALWAYS, 1u << OV_WIDE},
	{{TK_ESC, 'q', '\n', '\r', TK(KEY_ENTER), '?', TK(KEY_F(1))}, "Esc/q/Enter", NULL, "close", "close it",
	 o_close, NULL, KW_ALWAYS, 0},
	{{':'}, ":", NULL, "next command", "close it and open the command line", o_command, NULL,
	 KW_ALWAYS, 0},
	{{0}, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0},
};

/* ==== dispatch ==== */

static const tui_key *const screen_keys[SCR_N] = {NULL, labels_keys, train_keys, rec_keys,
						  tog_keys, runs_keys};
static const char *const screen_titles[SCR_N] = {
	"1 Data: what was loaded, rejected and kept; the order-count histogram",
	"2 Labels: the order-count histogram with the bin edges",
	"3 Train: the settings, training live, the validation confusion matrix",
	"4 Recommend: customers, their history, their recommendations",
	"5 Together: items and the items bought with them",
	"6 Runs: the session's training runs side by side"};

/* What the focus of tab's entries is matched against: the overlay's width for its keys,
 * Recommend's pane and the Runs screen's view for the screens'. */
static int focus_of(const tui *t, const tui_key *tab)
{
	if (tab == overlay_keys)
		return overlay_focus(t);
	return t->screen == SCR_REC ? t->rec_focus : t->screen == SCR_RUNS ? runs_view(t) : 0;
}

static int answers(const tui_key *k, int key, int focus)
{
	if (k->focus && !(k->focus & (1u << focus)))
		return 0;
	for (int i = 0; i < 8 && k->keys[i]; i++)
		if (k->keys[i] == key)
			return 1;
	return 0;
}

static const char *label_of(const tui *t, const tui_key *k)
{
	return t->utf8 || !k->ascii ? k->label : k->ascii;
}

/* Run the first entry of tab that answers key now (and, if mode is not 0, is marked for
 * that mode: KW_OVER, KW_SMALL, KW_EDIT); 1 if one did. */
static int table_run(tui *t, const tui_key *tab, int key, unsigned mode)
{
	unsigned now = t->busy ? KW_BUSY : KW_IDLE;
	for (const tui_key *k = tab; k && k->keys[0]; k++) {
		if (!answers(k, key, focus_of(t, tab)) || !(k->when & now) || (mode && !(k->when & mode)))
			continue;
		if (!k->fn) {
			tui_line(t, k->cmd, 0);
			return 1;
		}
		if (k->fn(t, key))
			return 1;
	}
	return 0;
}

/* What an entry does in a few words: its hint, else its help up to the first aside. */
static void key_what(const tui_key *k, char *buf, size_t size)
{
	const char *w = k->hint ? k->hint : k->help ? k->help : k->cmd;
	size_t n = k->hint ? strlen(w) : strcspn(w, "(;");
	while (n && w[n - 1] == ' ')
		n--;
	snprintf(buf, size, "%.*s", (int)n, w);
}

/* A key that works only when idle, pressed while a command runs: say so, do nothing else.
 * The key named is the one pressed, not the entry's label: "-" would tell of x or Delete as
 * another key. Short, so it fits the status line at 80 columns. */
static int busy_refuse(tui *t, const tui_key *tab, int key)
{
	for (const tui_key *k = tab; k && k->keys[0]; k++)
		if (answers(k, key, focus_of(t, tab)) && (k->when & KW_IDLE)) {
			char what[128], name[16];
			key_what(k, what, sizeof what);
			if (key > ' ' && key < 0x7f)
				snprintf(name, sizeof name, "%c", key);
			else
				snprintf(name, sizeof name, "%s", label_of(t, k));
			tui_note(t, "'%s' is running: %s (%s) works when it ends; s stops it",
				 t->busy_cmd, name, what);
			return 1;
		}
	return 0;
}

static void quit_answer(tui *t, int key)
{
	t->quit_ask = 0;
	int quit = strcmp(t->ask_cmd, "reset") != 0;
	if (key == 'y' || key == 'Y' || (quit && key == 'q'))
		tui_exec(t, NULL, "%s", quit ? "quit" : "reset");
	else
		tui_status(t, 0, "%s", quit ? "not quitting" : "not reset");
}

/* Enter in a search ends it and nothing else: the list keeps the filter, and the screen's
 * own Enter (recommend, the rules) waits for a second one. An Enter that also ran the
 * screen's command started a first fit of seconds nobody asked for, which the Esc pressed
 * next "to clear the search" then stopped (t15). The status line says what the next Enter
 * does, from the table's entry. */
static void search_done(tui *t)
{
	const tui_key *tab = screen_keys[t->screen];
	for (const tui_key *k = tab; k && k->keys[0]; k++)
		if (answers(k, '\n', focus_of(t, tab))) {
			char what[128];
			key_what(k, what, sizeof what);
			tui_status(t, 0, "search kept: Enter again: %s; Esc clears the search", what);
			return;
		}
}

/* The line editor owns the keyboard. Returns 0 when the key ended a search and still has
 * to move the list. */
static int edit_mode_key(tui *t, int key)
{
	char text[TUI_EDIT_MAX * 4 + 1];
	enum tui_edit_kind kind = t->ed.kind;
	if (table_run(t, global_keys, key, KW_EDIT)) /* Ctrl-Z: the line waits as it is */
		return 1;
	if (kind == ED_SEARCH && (key == TK(KEY_UP) || key == TK(KEY_DOWN) ||
				  key == TK(KEY_PPAGE) || key == TK(KEY_NPAGE))) {
		t->ed.kind = ED_NONE; /* moving in the list keeps the filter and ends the search */
		return 0;
	}
	int accepted;
	if (edit_key(t, key, &accepted, text, sizeof text)) {
		if (kind == ED_CMD && accepted && t->ed.overflow) {
			tui_note(t, "not run: the line was longer than %d characters (a long list goes "
				 "in a file: exclude items --file FILE)", TUI_EDIT_MAX);
		} else if (kind == ED_CMD && accepted) {
			/* a pop-up that came while the line was typed (a load's summary) closes as
			 * ':' over it would: the command's answer must not stay hidden under it */
			t->help_on = t->popup_on = 0;
			tui_line(t, text, 1);
		}
		else if (kind == ED_SEARCH && accepted)
			search_done(t);
		else if (kind == ED_SEARCH)
			browse_filter(t, "");
	} else if (kind == ED_SEARCH) {
		edit_text(t, text, sizeof text);
		browse_filter(t, text); /* the list narrows as you type */
	}
	return 1;
}

/* ==== a paste ==== */

/* The paste has ended: a line break at its end leaves no line to edit; text it could not put
 * anywhere is said, once (the quit question keeps the status line). */
static void paste_end(tui *t)
{
	t->pasting = 0;
	if (t->ed.kind == ED_CMD && t->ed.overflow && !t->paste_cut)
		t->paste_cut = t->paste_lines + 1;   /* its last line, with no line break after it */
	if ((t->paste_lines || t->paste_cut) && t->ed.kind == ED_CMD &&
	    (t->ed.len == 0 || t->paste_cut))
		t->ed.kind = ED_NONE;
	if (t->paste_cut)
		tui_note(t, "paste: line %d is longer than %d characters: it and the lines after it "
			 "were not run (a long list goes in a file: exclude items --file FILE)",
			 t->paste_cut, TUI_EDIT_MAX);
	else if (t->paste_lost && !t->quit_ask)
		tui_note(t, "%s", "paste: press : first (a paste is text, never keys)");
}

/* A pasted line break: in the `:` line, the line so far runs as if typed (queued: the lines
 * run in order once the paste is in) and the paste goes on in a fresh line; a search is one
 * line, so there it is nothing. */
static void paste_newline(tui *t)
{
	if (t->ed.kind != ED_CMD)
		return;
	char text[TUI_EDIT_MAX * 4 + 1];
	edit_text(t, text, sizeof text);
	if (t->ed.overflow && !t->paste_cut)   /* never run cut: a cut list may name another item */
		t->paste_cut = t->paste_lines + 1;
	edit_open(t, ED_CMD, "");
	if (!t->paste_cut)
		tui_line_queue(t, text);
	t->paste_lines++;
}

/* Between a bracketed paste's marks every key is text, never a key: pasted letters would move
 * bin edges, switch screens and start runs. It goes into the line being edited; with none
 * open it is dropped (the paste does not open one: the text might not be a command). */
static void paste_key(tui *t, int key)
{
	t->paste_at = rr_now();
	if (key == TK_PASTE_BEGIN) {
		t->pasting = 1;
		t->paste_lines = t->paste_lost = t->paste_cut = 0;
	} else if (key == TK_PASTE_END) {
		paste_end(t);
	} else if (t->ed.kind == ED_NONE || t->quit_ask) {
		t->paste_lost = 1;
	} else if (key == '\n' || key == '\r' || key == TK(KEY_ENTER)) {
		paste_newline(t);
	} else if (key == '\t' || (key >= ' ' && key != 127 && key < TK_FN)) {
		/* a tab is a blank (it would complete); other control keys, editing keys */
		edit_insert(t, key == '\t' ? L' ' : (wchar_t)key);
		if (t->ed.kind == ED_SEARCH) {
			char text[TUI_EDIT_MAX * 4 + 1];
			edit_text(t, text, sizeof text);
			browse_filter(t, text);
		}
	}
}

/* Over the help or a pop-up: its keys, and the global ones that do not touch the screen
 * underneath (KW_OVER). Any other key does nothing: it would act on a screen out of sight
 * (t trained, u undid, → left the output unread). */
static void overlay_key(tui *t, int key)
{
	if (table_run(t, overlay_keys, key, 0) || table_run(t, global_keys, key, KW_OVER))
		return;
	char refusal[160];
	tui_status(t, 0, "%s", overlay_refusal(t, refusal, sizeof refusal));
	t->over_lost = key_underneath(t, key);
	t->over_lost_key = key;
}

/* The entry key would have run on the screen under the overlay (global keys first, as
 * tui_keypress looks), or NULL: a key that does nothing there is no loss to report. */
static const tui_key *key_underneath(const tui *t, int key)
{
	const tui_key *tabs[2] = {global_keys, screen_keys[t->screen]};
	for (int i = 0; i < 2; i++)
		for (const tui_key *k = tabs[i]; k && k->keys[0]; k++)
			if (answers(k, key, focus_of(t, tabs[i])))
				return k;
	return NULL;
}

static const char *overlay_refusal(const tui *t, char *buf, size_t size)
{
	buf[0] = '\0';
	for (const tui_key *k = overlay_keys; k->keys[0]; k++)
		if (k->fn == o_close) {
			snprintf(buf, size, "%s closes the %s (other keys do nothing over it)",
				 label_of(t, k), t->help_on ? "help" : "output");
			break;
		}
	return buf;
}

/* ==== keys typed ahead ==== */

int key_stops(const tui *t, int key)
{
	for (const tui_key *k = global_keys; k->keys[0]; k++)
		if (answers(k, key, 0) && (k->fn == k_stop || k->fn == k_interrupt))
			return t->busy && (k->when & KW_BUSY);
	return 0;
}

/* A key that acts at once whatever waits: the resize, the keys that work over the overlays
 * (Ctrl-C, Ctrl-Z, Ctrl-L) and, while a command runs, the stop key. */
static int key_urgent(const tui *t, int key)
{
	if (key == TK(KEY_RESIZE) || key_stops(t, key))
		return 1;
	for (const tui_key *k = global_keys; k->keys[0]; k++)
		if (answers(k, key, 0) && (k->when & KW_OVER))
			return 1;
	return 0;
}

/* Is the screen a list whose data a running command is still loading (the start-up load, a
 * script's load)? And does the screen's table have key for it, other than the search that
 * works meanwhile? Then the key waits for the data. */
static int key_for_loading(const tui *t, int key)
{
	const tui_list *l = t->screen == SCR_REC ? &t->users : t->screen == SCR_TOG ? &t->items : NULL;
	if (!l || !t->busy || (l->n_all && !tui_caches_stale(t)))
		return 0;
	for (const tui_key *k = screen_keys[t->screen]; k->keys[0]; k++)
		if (answers(k, key, focus_of(t, screen_keys[t->screen])))
			return !(k->when & KW_LOADING);
	return 0;
}

static void keys_held_push(tui *t, int key)
{
	if (t->nheld == TUI_HELD) {
		t->held_lost++;
		return;
	}
	t->held[t->nheld++] = key;
}

/* Hold key (returns 1) when keys wait already (it was typed after them), or it is for a list
 * whose data loads. Not a key pressed again, an urgent one, a y/n answer, a key for the
 * line being typed when none waits, nor one typed over a command's pop-up: the keys typed
 * while the command ran were read before it opened, so any later key was typed with it on
 * view. */
static int keys_hold(tui *t, int key)
{
	if (t->replaying) {
		t->replaying = 0;
		return 0;
	}
	if (key_urgent(t, key) || t->quit_ask || (t->popup_on && t->popup_cmd && !t->help_on))
		return 0;
	if (t->nheld == 0 && (t->ed.kind != ED_NONE || t->pasting || t->help_on || t->popup_on ||
			      !key_for_loading(t, key)))
		return 0;
	keys_held_push(t, key);
	return 1;
}

void keys_replay(tui *t)
{
	while (t->nheld && !t->busy && !t->quit_ask && !t->app->quit && !t->nqueue &&
	       !(t->popup_on && t->popup_cmd) && !tui_caches_stale(t)) {
		int key = t->held[0];
		memmove(t->held, t->held + 1, (size_t)--t->nheld * sizeof *t->held);
		t->replaying = 1;
		tui_keypress(t, key);
		t->replaying = 0;
	}
	if (t->held_lost && !t->nheld) {
		tui_status(t, 1, "%d keys typed ahead were dropped: more than %d waited", t->held_lost,
			   TUI_HELD);
		t->held_lost = 0;
	}
}

void tui_keypress(tui *t, int key)
{
	if (keys_hold(t, key))
		return;
	if (key == TK(KEY_RESIZE)) {
		tui_resize(t);
		if (t->help_on) {   /* its text is wrapped to the window: wrap it again */
			double at = tui_out_place(&t->help);
			keys_help_build(t);
			tui_out_replace(&t->help, at);
		}
		tui_popup_rewrap(t);   /* so is the pop-up's */
		return;
	}
	if (t->pasting || key == TK_PASTE_BEGIN || key == TK_PASTE_END) {
		paste_key(t, key);
		return;
	}
	if (t->quit_ask) { /* first: a terminal too small to draw screens still shows the question */
		/* the keys that leave a line being typed as it is leave the question too: Ctrl-Z
		 * suspends and fg brings the question back, Ctrl-L redraws it */
		if (!table_run(t, global_keys, key, KW_EDIT))
			quit_answer(t, key);
		return;
	}
	/* a line being typed keeps its keys whatever the window's size: shrunk for a moment,
	 * it must not drop what is typed into a : line */
	if (t->ed.kind != ED_NONE && edit_mode_key(t, key))
		return;
	if (t->rows < TUI_MIN_ROWS || t->cols < TUI_MIN_COLS) {
		table_run(t, global_keys, key, KW_SMALL); /* no screen to act on */
		return;
	}
	if (t->help_on || t->popup_on) {
		overlay_key(t, key);
		return;
	}
	const tui_key *own = screen_keys[t->screen];
	if (table_run(t, own, key, 0) || table_run(t, global_keys, key, 0))
		return;
	if (t->busy && !busy_refuse(t, own, key))
		busy_refuse(t, global_keys, key);
}

/* ==== hint lines ==== */

/* "LABEL hint" of each entry of tab usable now, into items[*n..max) (each 160 bytes). */
static void hint_items(const tui *t, const tui_key *tab, char (*items)[160], int *n, int max)
{
	unsigned now = t->busy ? KW_BUSY : KW_IDLE;
	for (const tui_key *k = tab; k && k->keys[0] && *n < max; k++) {
		if (!k->hint || !(k->when & now) ||
		    (k->focus && !(k->focus & (1u << focus_of(t, tab)))))
			continue;
		snprintf(items[(*n)++], 160, "%s %s", label_of(t, k), k->hint);
	}
}

/* items[from..to) appended to line, two blanks apart, while the line stays within w columns
 * less keep; whole items only (a hint cut in the middle misleads). Returns the first item
 * left out (to when all went in). */
static int hint_join(char *line, size_t size, char (*items)[160], int from, int to, int w, int keep)
{
	for (int i = from; i < to; i++) {
		int sep = *line ? 2 : 0;
		if (tui_width(line) + sep + tui_width(items[i]) + keep > w)
			return i;
		size_t n = strlen(line);
		snprintf(line + n, size - n, "%s%s", sep ? "  " : "", items[i]);
	}
	return to;
}

static void hint_add(const tui *t, const tui_key *tab, char *line, size_t size, int w)
{
	char items[32][160];
	int n = 0;
	hint_items(t, tab, items, &n, 32);
	hint_join(line, size, items, 0, n, w, 0);
}

/* The screen's keys in its table's order, then the global ones (undo, the stop key while a
 * command runs: always shown). Keys that do not fit are left out from the end of the
 * screen's, and the line then ends in "… ? help", so a narrow terminal (80 columns) says
 * there is more and where it is (t15: o, p, +/- and m/M went missing without a sign). */
void keys_hint(const tui *t, int y)
{
	char line[1024] = "", items[48][160], global[256] = "", tail[32];
	int n = 0, w = t->cols - 2;
	hint_items(t, screen_keys[t->screen], items, &n, 32);
	int own = n;
	hint_items(t, global_keys, items, &n, 48);
	hint_join(global, sizeof global, items, own, n, w, 0);
	snprintf(tail, sizeof tail, "%s ? help", t->utf8 ? "\u2026" : "...");
	int gw = *global ? 2 + tui_width(global) : 0;
	if (hint_join(line, sizeof line, items, 0, own, w, gw) < own) {
		line[0] = '\0';   /* again, with room for the mark */
		hint_join(line, sizeof line, items, 0, own, w, gw + 2 + tui_width(tail));
		size_t len = strlen(line);
		snprintf(line + len, sizeof line - len, "%s%s%s%s", *line && *global ? "  " : "",
			 global, *line || *global ? "  " : "", tail);
	} else if (*global) {
		size_t len = strlen(line);
		snprintf(line + len, sizeof line - len, "%s%s", *line ? "  " : "", global);
	}
	attron(tui_attr(t, C_DIM));
	tui_put(y, 1, w, line);
	attroff(tui_attr(t, C_DIM));
}

void keys_overlay_hint(const tui *t, int y, int x, int w)
{
	char line[512] = "";
	hint_add(t, overlay_keys, line, sizeof line, w);
	attron(tui_attr(t, C_DIM));
	tui_put(y, x, w, line);
	attroff(tui_attr(t, C_DIM));
}

/* ==== the help overlay ==== */

/* text as lines of at most w columns, the first after head, the others indented as far */
static void help_wrap(tui_out *o, const char *head, const char *text, int w)
{
	char line[768];
	int indent = tui_width(head), words = 0;
	size_t n = (size_t)snprintf(line, sizeof line, "%s", head);
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, " ");
		char word[256];
		snprintf(word, sizeof word, "%.*s", (int)len, p);
		if (words && tui_width(line) + 1 + tui_width(word) > w) {
			out_text(o, line);
			n = (size_t)snprintf(line, sizeof line, "%*s", indent, "");
			words = 0;
		}
		if (n < sizeof line)
			n += (size_t)snprintf(line + n, sizeof line - n, "%s%s", words++ ? " " : "", word);
		p += len;
		while (*p == ' ')
			p++;
	}
	out_text(o, line);
}

/* Does label name the printable key c? Its names are split at '/' and ' ' ("←/→", "< >"), a
 * name "a-b" is a range ("1-6"), and a label of one character names it ("/"). */
static int label_names(const char *label, int c)
{
	if (label[0] && !label[1])
		return (unsigned char)label[0] == c;
	for (const char *p = label + strspn(label, "/ "); *p; p += strspn(p, "/ ")) {
		size_t n = strcspn(p, "/ ");
		if ((n == 1 && (unsigned char)p[0] == c) ||
		    (n == 3 && p[1] == '-' && c >= (unsigned char)p[0] && c <= (unsigned char)p[2]))
			return 1;
		p += n;
	}
	return 0;
}

/* The help's name of entry k: its label and the printable keys the label does not name (vi's
 * h/j/k/l beside the arrows, Space beside PgDn), from the entry's own keys, so the help cannot
 * leave out a key that works. Beside a pair of keys ("←/→") they go in pairs in the label's
 * order ("←/→ h/l"), as the key lists give them; beside other labels one by one ("+/a"). */
static void help_name(const tui *t, const tui_key *k, char *buf, size_t size)
{
	const char *lab = label_of(t, k);
	int pair = strchr(lab, '/') && strchr(lab, '/') == strrchr(lab, '/') && !strchr(lab, ' ');
	size_t n = (size_t)snprintf(buf, size, "%s", lab);
	for (int i = 0, extra = 0; i < 8 && k->keys[i] && n < size; i++) {
		int c = k->keys[i];
		if (c < ' ' || c > '~' || label_names(lab, c))
			continue;
		const char *sep = !pair ? "/" : extra % 2 ? "/" : " ";
		if (c == ' ')
			n += (size_t)snprintf(buf + n, size - n, "%sSpace", sep);
		else
			n += (size_t)snprintf(buf + n, size - n, "%s%c", sep, c);
		extra++;
	}
}

/* "in the list or the history: " for an entry that acts in some of Recommend's panes only
 * (its focus bits), from the panes' names, so one key listed twice says where each applies
 * (t37 #9: ↑/↓ three times, Enter twice, unqualified); the same for the Runs screen's views.
 * Other tables' focus bits are no panes. */
static void help_panes(const tui_key *tab, const tui_key *k, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	const char *const *names = tab == rec_keys ? rec_pane_names : tab == runs_keys ? runs_view_names : NULL;
	if (!names || !k->focus)
		return;
	for (int p = 0, said = 0; names[p] && n < size; p++)
		if (k->focus & (1u << p))
			n += (size_t)snprintf(buf + n, size - n, "%s%s", said++ ? " or " : "in ",
					      names[p]);
	if (n < size)
		snprintf(buf + n, size - n, ": ");
}

static void help_table(tui *t, const tui_key *tab, int w)
{
	for (const tui_key *k = tab; k && k->keys[0]; k++) {
		char head[64], text[512], name[48], where[96];
		help_panes(tab, k, where, sizeof where);
		help_name(t, k, name, sizeof name);
		int pad = 15 - tui_width(name) > 1 ? 15 - tui_width(name) : 1;
		snprintf(head, sizeof head, "  %s%*s", name, pad, "");
		const rr_cmd *c = k->help || !k->cmd ? NULL : cmd_find(k->cmd);
		if (c) /* no help of its own: the command's help line, its one place */
			snprintf(text, sizeof text, "%s%s (%s)", where, c->help, k->cmd);
		else if (k->cmd)
			snprintf(text, sizeof text, "%s%s (%s)", where, k->help, k->cmd);
		else
			snprintf(text, sizeof text, "%s%s", where, k->help ? k->help : "");
		help_wrap(&t->help, head, text, w);
	}
}

/* Which keys still work over the overlays, from the KW_OVER marks. */
static void help_over(tui *t, int w)
{
	const char *lab[8];
	int n = 0;
	for (const tui_key *k = global_keys; k->keys[0] && n < 8; k++)
		if (k->when & KW_OVER)
			lab[n++] = label_of(t, k);
	char text[256];
	size_t len = (size_t)snprintf(text, sizeof text, "%s",
				      "other keys do nothing there (the screen under it is out of sight)");
	for (int i = 0; i < n && len < sizeof text; i++)
		len += (size_t)snprintf(text + len, sizeof text - len, "%s%s",
					i == 0 ? ", except " : i == n - 1 ? " and " : ", ", lab[i]);
	help_wrap(&t->help, "  ", text, w);
}

static void help_commands(tui *t, int w)
{
	char use[400];
	/* headings wrap too: one wider than the window would make the whole help scroll sideways
	 * for three columns (t28 F13: the footer offered ←/→ at 80 columns) */
	help_wrap(&t->help, "", "Commands (the table behind :, the prompt and scripts; :help NAME for one)", w);
	for (const rr_cmd *c = rr_cmds; c->name; c++) {
		if (!c->subs)
			help_wrap(&t->help, "  ", cmd_usage(NULL, c, use, sizeof use), w);
		if (!c->subs)
			help_wrap(&t->help, "        ", c->help, w);
		for (const rr_cmd *s = c->subs; s && s->name; s++) {
			help_wrap(&t->help, "  ", cmd_usage(c, s, use, sizeof use), w);
			help_wrap(&t->help, "        ", s->help, w);
		}
	}
	out_text(&t->help, "");
	help_wrap(&t->help, "", "Settings (set NAME VALUE; the Train screen edits them with the arrow keys)", w);
	for (int i = 0; rr_setting_defs[i].name; i++) {
		const rr_setting_def *d = &rr_setting_defs[i];
		char head[32], text[512];
		snprintf(head, sizeof head, "  %-10s ", d->name);
		help_wrap(&t->help, head, settings_describe(d, text, sizeof text), w);
	}
}

void keys_help_build(tui *t)
{
	int w = t->cols - 8;
	out_clear(&t->help);
	help_wrap(&t->help, "",
		  "Keys that change the session run a command line (shown in brackets) through the "
		  "table behind :, the prompt and scripts, so --journal FILE records them and "
		  "--replay FILE repeats the session.", w);
	out_text(&t->help, "");
	out_text(&t->help, "Everywhere");
	help_table(t, global_keys, w);
	out_text(&t->help, "Over this help and over a command's output");
	help_table(t, overlay_keys, w);
	help_over(t, w);
	for (int s = 0; s < SCR_N; s++) {
		out_text(&t->help, "");
		out_text(&t->help, screen_titles[s]);
		if (screen_keys[s])
			help_table(t, screen_keys[s], w);
		else
			out_text(&t->help, "  (the keys above)");
	}
	out_text(&t->help, "");
	help_commands(t, w);
	snprintf(t->help.title, sizeof t->help.title, "help");
}
