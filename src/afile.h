/* afile.h — crash-safe, link-safe file writes (model files, exports, the generator).
 *
 * Everything goes to a new temporary file "PATH.XXXXXX.tmp" in PATH's own directory (PATH's
 * file name cut short when the suffix would pass NAME_MAX), created
 * exclusively under a random name (O_CREAT|O_EXCL|O_NOFOLLOW: never an existing file, never
 * through a planted symbolic link, so another user cannot aim the write elsewhere). It is
 * flushed, fsynced and renamed over PATH only when complete (and the directory fsynced), so a
 * crash or a SIGKILL at any moment leaves either the previous PATH or the new one, never half
 * of one (a killed write leaves its temporary file behind, under its own name).
 *
 * What PATH may be: nothing yet, or a regular file the user may write (access W_OK, as the
 * shell's > asks: a rename needs only the directory's permission), which is replaced, and not
 * a file afile_protect or afile_guard guards, nor a program (an executable file that starts with #! or
 * ELF, or one running: "it is a program"), nor a file of another kind than the output (t44 #3):
 * a model is replaced only by a save, a chart only by a chart (a PNG or an SVG relrec wrote,
 * by its mark: RR_PNG_MARK, RR_SVG_MARK), text or a gzip file relrec wrote
 * (its header's comment says so; with mode 'e', an export, also an older relrec's gzip of the
 * same header line) only by text or relrec's gzip; a gzip relrec did not write, a
 * PDF, a ZIP or other binary data by nothing ("it holds text, and this writes a relrec model
 * (... name another file, or remove it first)"). An empty file may be replaced by any. Anything else is refused before a byte is written, with a message naming what it is: a directory, a
 * symbolic link (relrec neither writes through a link nor replaces it: name the target, or
 * remove the link), a character or block device, a FIFO or a socket (a rename would put a
 * regular file where the device or FIFO was, which as root breaks the system: /dev/null;
 * writing into one instead is no file at all, and as root could be /dev/mem).
 *
 * A replaced file's read and write bits carry over to the new one, never its execute or
 * set-id bits (and its owner and group when relrec runs as root); a new file gets 0666 less the umask, as fopen would. When the
 * replaced file had other hard links, those names keep the old contents: the commit leaves a
 * warning with err_note (err.h), which the command dispatcher shows. */
#ifndef RELREC_AFILE_H
#define RELREC_AFILE_H

#include <signal.h>
#include <stdio.h>
#include <sys/types.h>

/* The first 8 bytes of a relrec model file, its NUL included: modelfile.c writes and checks
 * them, load names a model by them, and afile replaces a model only by a model (t44 #3). */
#define RR_MODEL_MAGIC "RELRECM"

/* The marks of relrec's charts, by which a chart tells its own older self, which a re-run
 * replaces, from an image or a document it must not (afile_open's 's' and 'p'): an SVG's line
 * after its XML declaration (or its first line), and the keyword and text that start a PNG's
 * tEXt chunk before its image data (chart.c writes both). */
#define RR_SVG_MARK "<!-- Generator: relrec -->\n"
#define RR_PNG_MARK "Software\0relrec"
/* The text layer relrec's SVG charts end in (every label as text): an SVG of an older relrec,
 * from before RR_SVG_MARK, is told by it, its last element before "</svg>". */
#define RR_SVG_TEXT_LAYER \
	"<g id=\"relrec-text\" fill=\"#000\" fill-opacity=\"0\" font-family=\"sans-serif\">\n"

typedef struct rr_afile {
	FILE *f;        /* write here (the temporary file) */
	struct afile_sink *sink;   /* what f writes to (afile.c): the descriptor, the first error */
	char *path;     /* final path (owned) */
	char *tmp;      /* the temporary file's path (owned) */
	int dir;        /* 1 + a descriptor of PATH's directory, opened once by afile_open (0:
	                   none): the temporary file is created, PATH re-checked, renamed and
	                   removed relative to it, so a directory of PATH switched meanwhile (a
	                   link swapped) cannot have a planted file renamed into place (t43 #2) */
	nlink_t links;  /* hard links of the file being replaced; 0 for a new file */
	int live;       /* 1 + its slot in the names afile_unlink_temps removes; 0 for none */
	int kind;       /* what is written (afile.c's AK_: a model's save, mode 'm', may replace a
	                   model the session opened) */
	size_t head_kind; /* an export's: the bytes of its header line that say its kind
	                   (afile_open_export's kind), 0 for the whole line */
	int (*recheck)(const char *path, void *arg);   /* NULL, or the writer's own look at
	                   the file the commit would replace, set after afile_open: the commit
	                   calls recheck(path, recheck_arg) before its own checks and refuses as
	                   it does (-1, with err_set) (gen: t62 F8) */
	void *recheck_arg;
} rr_afile;

/* Check PATH ("-" and "|cmd", which load reads as standard input and a command, are refused
 * by name), create the temporary file and open it for writing ("w" or "wb"; with 'z' what
 * is written is compressed to gzip, as gzip(1) would, its header's comment "relrec": see
 * afile_gz_name; with 'z' and 'e' an export, whose first line is its header: an older relrec's
 * gzip export, without the comment but for zlib's bare header, is replaced by the export whose
 * header line it starts with, compared at the commit; with 'm' it is a model's save, which may replace a model file
 * afile_guard_input keeps the rest off; with 'p' a PNG chart, with 's' an SVG chart, each of
 * which replaces only its own older self: a PNG whose tEXt chunk is RR_PNG_MARK, an SVG whose
 * first lines hold RR_SVG_MARK, or an older relrec's, which ends in RR_SVG_TEXT_LAYER's
 * group; "it holds a PNG image that is not this chart's older self ..."). Not seekable.
 * 0, or -1 with err_set (nothing was created; a temporary file that cannot be created is
 * said so, with its directory). */
int afile_open(rr_afile *a, const char *path, const char *mode);
/* As afile_open for an export (mode with 'e'), whose first line head (its header line, '\n'
 * included) is known before its work (kind: its first bytes that say the export's kind, its
 * fixed leading columns and the comma after them, the rest following the model's classes;
 * 0 for the whole line), compared as far as kind here and at the commit: an existing file is checked against it here, so that a
 * text file that is not the export's older self (or an older relrec's gzip export of another
 * header line) is refused before the work, not once it is done (t55: a refused export of
 * every customer's list had spent its seconds first). The commit checks again, as the file
 * may change meanwhile. head NULL, without '\n' or too long to keep: compared at the commit
 * alone. 0, or -1 with err_set. */
int afile_open_export(rr_afile *a, const char *path, const char *mode, const char *head,
		      size_t kind);
/* 1 when path ends in ".gz" (in any case: ".GZ" too): what is written there is meant to be compressed (mode "z"). */
int afile_gz_name(const char *path);
/* The errno of the first write of a->f that failed (ENOSPC, EFBIG, ...), or 0: stdio keeps
 * only a flag. Writes after a failed one fail at once. */
int afile_error(const rr_afile *a);
/* Finish: flush, fsync, close, check PATH again, rename over PATH, fsync the directory. On
 * any failure the temporary file is removed and PATH is untouched. PATH's directory must
 * still be the one afile_open found ("cannot write 'PATH': its directory changed while relrec
 * wrote it"); the rename is made in that directory, by its descriptor, never in another that
 * PATH has come to name. 0, or -1 with err_set. Always releases a. */
int afile_commit(rr_afile *a);
/* Give up: close and remove the temporary file; PATH is untouched. Releases a. */
void afile_abort(rr_afile *a);

/* A command's writes and its stop flag (the session's, which Ctrl-C, SIGTERM and a stop key
 * set), for the command's thread, from afile_commits_begin to afile_commits_end. afile_commit
 * looks at the flag last, just before its rename: a stop asked before then abandons the file
 * whole, PATH as it was ("'PATH' was left as it was (nothing written): interrupted"); one
 * asked after finds the file whole and in place. So a save or an export that Ctrl-C meets has
 * one outcome, never "saved" and "interrupted" both (t40 #11). afile_commits_end: 1 when the
 * command committed a file and abandoned none for the stop, so that a stop seen after it came
 * too late for its writes (the script stops after its line, not in it); else 0. */
void afile_commits_begin(const volatile sig_atomic_t *stop);
int afile_commits_end(void);

/* For a handler of a signal that ends the process at once (a second SIGTERM, SIGSEGV): remove
 * the temporary files of every afile still open, which would otherwise stay behind under
 * their random names as large as the output. Async-signal-safe (unlink on names kept in
 * static memory); the afiles themselves are left as they are. */
void afile_unlink_temps(void);

/* Keep afile_open, afile_commit and afile_append off the file open at fd (the journal,
 * standard output or error going to a file): PATH that is that file by any name (same device
 * and inode) is refused with "cannot write 'PATH': it is WHAT: name another file". Each is
 * kept under the first WHAT given for it (what is copied); fd < 0 forgets them all (not
 * afile_guard's). */
void afile_protect(int fd, const char *what);
/* Forget afile_protect's guard of the file open at fd (a journal that `journal FILE` opened
 * and then could not write: it is no journal of this session, t54 F6); the others stay. */
void afile_unprotect(int fd);

/* Keep every output off the regular file open at fd, as what ("the data this session loaded
 * ('sales.csv')"), until key guards another or none (fd < 0): a save, an export or a journal
 * named after the data (Tab completion offered it) would replace the one file an analyst
 * cannot make again. Any name of it is refused, by device and inode: another spelling, a
 * hard link (a symbolic link is refused as one anyway). The file is held open meanwhile (a
 * descriptor of afile's own), so that its inode, were it deleted, passes to no other file.
 * Thread-safe; key is any address that stands for the guard's owner (a load's source, the
 * session, a script's stream). path (or NULL) is the name the file was opened by: that name
 * in that directory stays refused while the guard lasts, even once a rename has put another
 * file there (an export refreshing the data). */
void afile_guard(const void *key, int fd, const char *path, const char *what);

/* Keep every output off the regular file open at fd, called path, for the rest of the
 * process, as what ("a list of customer ids this session read"): a file a command read that
 * the journal names (load FILE, filter customers FILE, exclude or only items --file FILE,
 * open FILE), so that a replay reads it again as it was (t40 #5: an export over the filter's
 * list replayed as another filter), whatever the session read after it. By device and inode
 * and by its name in its directory, as afile_guard. model: a model file (open), which a save
 * (afile_open's 'm') may still replace. Thread-safe; the first RR_INPUT_GUARDS files are held
 * open (their inodes pass to no other file), the rest guarded by their names alone. */
#define RR_INPUT_GUARDS 32
void afile_guard_input(int fd, const char *path, const char *what, int model);

/* 1 when PATH is a model file this process opened (afile_guard_input's model), by the file
 * or by its name in its directory, else 0: a save there replaces what a journal's open of it
 * read, so a replay would open the new model instead (t79 F12). Thread-safe. */
int afile_opened_model(const char *path);

/* The name this process's write (afile_commit) was given for the file PATH now is (same
 * device and inode: "m.rrm" for the model a save wrote there, however PATH spells it), into
 * buf; NULL when it wrote no such file (or the name does not fit). A journal names a file
 * the session wrote and then read so, as the write did, for a replay to read its own. */
const char *afile_written_as(const char *path, char *buf, size_t size);
/* 1 when PATH is a file afile_protect or afile_guard keeps outputs off (for completion, which
 * offers no such name where a command writes), else 0. */
int afile_guarded(const char *path);

/* Open PATH to append to it (a journal, a history), created with mode less the umask when
 * missing (0666 as fopen would; 0600 for what only its owner should read), under the
 * rules above ("-" and "|cmd" refused by name): a regular file or nothing, never through a
 * symbolic link (O_NOFOLLOW), never a FIFO or device (opened without blocking, then
 * checked: a FIFO with no reader would hang the open, and a device is no file). The
 * stream (caller closes), or NULL with err_set. */
FILE *afile_append(const char *path, mode_t mode);

/* Mark the journal open at fd (called path) as this session's: an exclusive advisory lock
 * (flock), held until fd is closed. 0, or -1 with err_set when another process holds it
 * (another relrec session journaling there). Where the file system has no locks, 0. */
int afile_lock_journal(int fd, const char *path);
/* 0 when PATH is no journal another relrec session holds (afile_lock_journal); else -1 with
 * err_set: an output renamed over it would leave that session writing into the unlinked
 * file. afile_open checks it. */
int afile_journal_check(const char *path);
/* Is PATH still the regular file open at fd (a history kept open for a whole session)? A
 * symbolic link, a FIFO or another file put in its place since, or its removal, is -1 with
 * err_set ("'PATH' is now a symbolic link"); 0 when it is the same file. Never opens PATH. */
int afile_still(int fd, const char *path);
/* Open PATH to read what is in the regular file open at fd (to trim a history that fd appends
 * to): never through a link, never waiting on a FIFO, and only when it is that very file.
 * The descriptor, close-on-exec (caller closes), or -1 with err_set. */
int afile_reopen_read(int fd, const char *path);

/* Does load read path as a command ("|COMMAND", given to /bin/sh)? Only when it starts with
 * '|' and no file of that name exists: a name that exists is that file, everywhere a FILE is
 * read (t43 #1: `for f in *; do relrec "$f"; done` over a file named "|touch PWNED; cat x.csv"
 * ran what the name said). */
int afile_names_command(const char *path);

/* Is name a path as a shell writes it, `~/` or `~user/` at its start or a `$NAME` or `${`
 * starting one of its directories? relrec opens a file name as written, so such a one names no file there:
 * the journal check refuses a shell's start-up file by it (`source ~/.aliases`), and a name
 * that fails to open gets afile_name_hint. A `$` inside a component is the name's own
 * (`sales$Q1.csv`); "|cmd" is given to /bin/sh, which does expand them. */
int afile_shell_path(const char *name);
/* For the message of path failing to open with errno e: " (relrec opens names as written:
 * ...)" when the name did not resolve (ENOENT, ENOTDIR) and reads as a shell's path, else "".
 * Every open failure of a file name adds it (static storage). */
const char *afile_name_hint(const char *path, int e);

/* Open PATH to read it whole (a script, a model, a list of ids): without blocking, then
 * blocking again, as a FIFO that nothing writes to would hang the open itself. A FIFO's
 * writer gets two seconds to write its first bytes (or to close it: an empty file); after
 * that it is an error, "cannot read 'PATH': it is a FIFO no program wrote to within 2 s",
 * not an empty file. The descriptor, close-on-exec (caller closes), or -1 with err_set
 * ("cannot open 'PATH': why"). */
int afile_open_read(const char *path);
/* The same for a reader that waits on the descriptor itself, as long as it takes and
 * stoppable (a load: csvsource polls): no wait for a FIFO's writer here. */
int afile_open_stream(const char *path);
/* The same as a stream for reading, or NULL with err_set. */
FILE *afile_fopen_read(const char *path);

#endif
