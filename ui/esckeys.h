/* esckeys.h — the keys of escape sequences curses did not read as keys. Pure (no curses
 * calls: only its KEY_ codes), so tests/unit/test_esckeys.c checks it without a terminal.
 *
 * curses reads a key's sequence by the terminal's description, which gives the sequences a
 * terminal sends once the program has turned on its keypad mode (screen's and tmux's →
 * is ESC O C). A key typed before that (while the shell started relrec: t66 F1), or by a
 * terminal whose description lacks it (Ctrl+→, ESC [ 1 ; 5 C), arrives in its other form,
 * ESC [ C, which curses hands over as Esc, '[' and 'C': Esc stopped the start-up load, and
 * at idle '1' and '5' switched screens. The workbench reads what follows such an Esc here. */
#ifndef RELREC_ESCKEYS_H
#define RELREC_ESCKEYS_H

/* The longest sequence kept after its ESC to be read as a key: every key's is shorter. A
 * longer one (an xterm window report, ESC [ 1;1;1;1;1;1;1;1;3 t, 20 bytes) is no key: the
 * rest of it is read and dropped by esckeys_tail up to its final byte (t68 F3: its tail was
 * read as keys, '3' and 't' started a training), or up to ESCKEYS_DROP bytes in all. */
#define ESCKEYS_MAX 16
/* The most bytes of one sequence read and dropped: ECMA-48 sets no limit, and no terminal's
 * report comes near; past it, what follows is read as keys again, so a stuck stream of digits
 * cannot hold the keyboard for ever (each byte already has ESCDELAY to come). */
#define ESCKEYS_DROP 4096
/* How long the rest of a sequence begun is waited for, in milliseconds, all its bytes
 * together (esckeys_wait): a terminal's sequence may arrive in two reads (a link, ssh or tmux
 * cuts its bytes: ESC [ 1 ; then 5 C, ESC [ 2 0 then 0 ~), while ESCDELAY (25 ms) gives a
 * lone ESC's next byte. Read cut, the rest was typed as text (e136: ";5C" on the command
 * line). Past it, the sequence is cut short and dropped, as before. */
#define ESCKEYS_SPLIT_MS 250
/* The keys of bracketed paste's marks, ESC [ 200 ~ and ESC [ 201 ~ read here (their bytes
 * split, curses did not read them as its own): *key with *fn = 1, which the front end turns
 * into its paste's begin and end. Outside every KEY_ code (those are positive). */
enum { ESCKEYS_PASTE_BEGIN = -200, ESCKEYS_PASTE_END = -201 };

/* The key of the escape sequence whose bytes after the ESC are c[0..n) (wide characters as
 * get_wch gives them), ended = 1 when nothing more follows at once. Returns how many of
 * them the key takes, with *key set and *fn = 1 for a curses KEY_ code, 0 for a character:
 *   - ESC [ ... final (CSI) and ESC O x (SS3) of the arrows, Home, End, Insert, Delete,
 *     PgUp/PgDn, F1-F12, Shift-Tab (KEY_BTAB), the keypad's Enter and digits, bracketed
 *     paste's marks (ESCKEYS_PASTE_BEGIN, _END): that key,
 *     whichever form the terminal sent (ESC [ C and ESC O C are →; ESC [ 1 ~, ESC [ 7 ~,
 *     ESC [ H and ESC O H are Home; ESC [ [ A is the Linux console's F1);
 *   - any other such sequence read whole (a key with Ctrl, Alt or Shift held, which the
 *     workbench binds none of, as curses gives those a code no key answers): *key = 0, a
 *     key that does nothing, never Esc;
 *   - a control string, ESC ] (OSC), ESC P (DCS), ESC _ (APC), ESC ^ (PM) or ESC X (SOS),
 *     read whole to its BEL or ESC \ (ST): a terminal's reply (its colours, a title,
 *     DECRQSS's), *key = 0 (t71 F25: ESC ] 11;rgb:... BEL stopped a training, its '1'
 *     switched screens); cut short, what came is dropped; with nothing after the
 *     introducer, Esc then that character;
 *   - anything else (nothing after the ESC, an ESC [ or ESC O that nothing follows, a
 *     character: Esc then x, typed fast, is what a terminal's Alt+x sends too): 0, the
 *     ESC is Esc (*key = 27) and the bytes after it are keys of their own.
 * -1 while the sequence begun is not whole and more may follow (ended = 0). */
int esckeys_parse(const int *c, int n, int ended, int *key, int *fn);

/* How long to wait, in milliseconds, for the next byte after an ESC and c[0..n) (esckeys_parse
 * found them not whole), escdelay curses' ESCDELAY and elapsed the milliseconds since the
 * first byte after the ESC came: none for that first (curses waited escdelay already: Esc
 * stays quick), escdelay for a next, and what is left of ESCKEYS_SPLIT_MS once a sequence has
 * begun (CSI's ESC [, SS3's ESC O, a control string's introducer), whose rest may come in a
 * later read; never less than escdelay. */
int esckeys_wait(const int *c, int n, int escdelay, int elapsed);

/* The byte b read after ESCKEYS_MAX bytes of a sequence that esckeys_parse found not whole
 * (-1): 1 when it is one more of its parameter or intermediate bytes (dropped; read on), 0
 * when it is its final byte (dropped; the sequence, no key, ends), -1 when it cannot be in a
 * sequence (the sequence ended before it, cut short, and b is a key of its own). */
int esckeys_tail(int b);

/* 1 when the sequence whose bytes after the ESC are c[0..n) is a control string (OSC, DCS,
 * APC, PM, SOS), whose tail past ESCKEYS_MAX esckeys_string_tail reads, else 0. */
int esckeys_string(const int *c, int n);

/* esckeys_tail for a control string: the byte b read after ESCKEYS_MAX of its bytes, *esc
 * 1 when the byte before b was ESC (set from the last byte kept, then kept by the call):
 * 1 read on, 0 its end (BEL, ST's '\\'; dropped), -2 an ESC then anything else ended it
 * before that ESC, which with b is read again (a sequence, or Esc, then b). */
int esckeys_string_tail(int b, int *esc);

#endif
