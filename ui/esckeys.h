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

/* The longest sequence read after its ESC; a longer one is dropped in pieces. */
#define ESCKEYS_MAX 16

/* The key of the escape sequence whose bytes after the ESC are c[0..n) (wide characters as
 * get_wch gives them), ended = 1 when nothing more follows at once. Returns how many of
 * them the key takes, with *key set and *fn = 1 for a curses KEY_ code, 0 for a character:
 *   - ESC [ ... final (CSI) and ESC O x (SS3) of the arrows, Home, End, Insert, Delete,
 *     PgUp/PgDn, F1-F12, Shift-Tab (KEY_BTAB), the keypad's Enter and digits: that key,
 *     whichever form the terminal sent (ESC [ C and ESC O C are →; ESC [ 1 ~, ESC [ 7 ~,
 *     ESC [ H and ESC O H are Home; ESC [ [ A is the Linux console's F1);
 *   - any other such sequence read whole (a key with Ctrl, Alt or Shift held, which the
 *     workbench binds none of, as curses gives those a code no key answers): *key = 0, a
 *     key that does nothing, never Esc;
 *   - anything else (nothing after the ESC, an ESC [ or ESC O that nothing follows, a
 *     character: Esc then x, typed fast, is what a terminal's Alt+x sends too): 0, the
 *     ESC is Esc (*key = 27) and the bytes after it are keys of their own.
 * -1 while the sequence begun is not whole and more may follow (ended = 0). */
int esckeys_parse(const int *c, int n, int ended, int *key, int *fn);

#endif
