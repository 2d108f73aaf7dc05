/* Poisoned for tests/layers/run_layers.sh: the engine (src/) compiles with this directory first
 * on its include path, so any include of <ncursesw/curses.h> there stops the build. */
#error "<ncursesw/curses.h> reached from the engine: curses and readline belong to ui/ only"
