/* afile.c — write to a fresh temporary file, then rename into place (afile.h). */
#define _GNU_SOURCE   /* fopencookie: the stream's writes must keep their errno (afile_sink) */
#include "afile.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "err.h"

#define TMP_TRIES 100          /* names tried before giving up on a crowded directory */
#define TMP_RAND 6             /* random characters in the temporary name */
#define FIFO_WAIT_MS 2000      /* afile_open_read: how long a FIFO's writer may take to come */
#define GZ_CHUNK 65536         /* compressed bytes written at a time */
#define HEAD_MAX 1024          /* an export's header line, for old_export (longer: no match) */

/* What the stream of an afile writes to. stdio keeps only an error flag, and its errno is
 * gone by the commit (a full disk came out as "Input/output error"): the first failed
 * write's errno is kept here, and later writes fail at once. */
struct afile_sink {
	int fd;
	int err;        /* errno of the first failed write, or 0 */
	z_stream *z;    /* gzip compression on the way (mode "z"), or NULL */
	unsigned char out[GZ_CHUNK];   /* z's output: here, not on a stack of ulimit -s 64 */
	int head_on;    /* an export (mode "e"): its first line is kept in head */
	size_t nhead;   /* bytes of head; past sizeof head - 1 the line is too long to keep */
	char head[HEAD_MAX];   /* the first line written, '\n' included, NUL-terminated */
};

/* What an afile writes (afile_open's mode): a model ('m'), relrec's own gzip ('z'), a PNG
 * chart ('p'), an SVG chart ('s'), or text (CSV, a history). An existing file is replaced only
 * by an output of its own kind (content_check); a file holds AK_SVG never (content_kind: an
 * SVG is text), a chart tells its own by its mark (chart_check). */
enum { AK_TEXT, AK_MODEL, AK_GZ, AK_PNG, AK_SVG };

/* content_check's head at afile_open, for an export's gzip: its header line is not written
 * yet, so an older relrec's export passes, to be compared at the commit (old_export). */
static const char HEAD_LATER[] = "";

/* What is at path, when afile must not write there: "a directory", ...; NULL when it may
 * (nothing there, or a regular file: then *st holds it, else st->st_nlink is 0). 0 or -1 with
 * err_set when path cannot be looked at. kind: what is written (AK_). */
static int target_check(const char *path, struct stat *st, int kind, const char *head);

/* The comment relrec's gzip outputs carry in their header (RFC 1952's FCOMMENT), so that an
 * export can tell its own older .gz, which a re-run replaces, from gzip data it must not
 * (t44 #3: a data set's .csv.gz) */
static const char GZ_MARK[] = "relrec";

/* What a file of this mode is, or NULL for a regular file. */
static const char *kind_name(mode_t m)
{
	return S_ISREG(m) ? NULL : S_ISDIR(m) ? "a directory" : S_ISLNK(m) ? "a symbolic link"
	       : S_ISCHR(m) ? "a character device" : S_ISBLK(m) ? "a block device"
	       : S_ISFIFO(m) ? "a FIFO" : S_ISSOCK(m) ? "a socket" : "not a regular file";
}

/* The temporary names of the afiles open now, for afile_unlink_temps: kept in static memory,
 * as a signal handler may neither allocate nor follow a pointer another thread frees. A slot
 * is claimed by an atomic exchange, so writers on several threads each get their own; a name
 * longer than a slot (a path past PATH_MAX) is not kept, and its file may stay behind. */
#define LIVE_SLOTS 8
static struct {
	atomic_int used;   /* 0 free, 1 claimed (name being copied), 2 name ready */
	int dir;           /* the directory it is in (afile's descriptor): t43 #2, the name
	                      resolved again from the top could be another directory's file */
	char name[NAME_MAX + 1];   /* its name there */
} live[LIVE_SLOTS];

/* Remember the temporary file called base in directory dir; 1 + the slot, or 0 when it
 * cannot be kept. */
static int live_add(int dir, const char *base)
{
	size_t n = strlen(base);
	if (n > NAME_MAX)
		return 0;
	for (int i = 0; i < LIVE_SLOTS; i++) {
		int expect = 0;
		if (atomic_compare_exchange_strong(&live[i].used, &expect, 1)) {
			live[i].dir = dir;
			memcpy(live[i].name, base, n + 1);
			atomic_store(&live[i].used, 2);
			return i + 1;
		}
	}
	return 0;
}

static void live_drop(int slot)
{
	if (slot > 0)
		atomic_store(&live[slot - 1].used, 0);
}

void afile_unlink_temps(void)
{
	int e = errno;
	for (int i = 0; i < LIVE_SLOTS; i++)
		if (atomic_load(&live[i].used) == 2)
			unlinkat(live[i].dir, live[i].name, 0);
	errno = e;
}

/* The files no output may replace (afile_protect, afile_guard, afile_guard_input): the
 * journal, standard output and error when they go to regular files, the prompt's history, the
 * file a load or a script is reading, and every file the session loaded as data or read as a
 * list or a model. Their identities, names and keys. Grown as needed: a guard past a fixed
 * number of slots went unguarded, and an export could then replace the 33rd file a session read.
 * A mutex, as a load's guard comes and goes on the command's thread while another may be
 * writing (never in a signal handler). */
static pthread_mutex_t guard_mu = PTHREAD_MUTEX_INITIALIZER;
static struct guard {
	dev_t dev;
	ino_t ino;
	const void *key;   /* afile_guard's key, or NULL: afile_protect's, kept until fd < 0 */
	int fd;            /* afile_guard's own descriptor of the file, or -1: held so its inode
	                      cannot pass to another file (deleted, then a new one) meanwhile */
	char *what;   /* "this session's journal ('j.rr')"; NULL when the slot is free */
	/* afile_guard's path, when it gave one: its directory's identity and its last name, so
	 * that the name stays refused when the file there is replaced by a rename (how exporters
	 * and sync clients refresh a file: t38 F9, the fresh data was exported over) */
	dev_t ddev;
	ino_t dino;
	char *base;   /* NULL: no path */
	int model;    /* afile_guard_input's model file: a model's save may replace it */
	int own;      /* a file this process wrote before it read it: the journal names it by
	                 that write, which a replay makes again (afile_written_as) */
} *guarded;
static int guard_slots;   /* guarded's length, free slots (what NULL) included */
static const char input_key;   /* afile_guard_input's guards, kept for the whole process */

/* path's directory's identity into *dev, *ino and its last name's start; 0, or -1 when its
 * directory cannot be looked at (a pipe's "|cmd" names none). */
static int path_dir(const char *path, dev_t *dev, ino_t *ino, const char **base)
{
	const char *slash = strrchr(path, '/');
	char dir[4096];
	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else if ((size_t)(slash - path) >= sizeof dir)
		return -1;
	else
		snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
	struct stat st;
	if (!path[0] || afile_names_command(path) || stat(dir, &st) != 0)
		return -1;
	*dev = st.st_dev;
	*ino = st.st_ino;
	*base = slash ? slash + 1 : path;
	return **base ? 0 : -1;
}

/* The name of the guarded file whose path path is, whatever file is there now, or NULL; the
 * caller holds guard_mu. */
static const char *guarded_path_as(const char *path, int model)
{
	dev_t dev;
	ino_t ino;
	const char *base;
	if (path_dir(path, &dev, &ino, &base) != 0)
		return NULL;
	for (int i = 0; i < guard_slots; i++)
		if (guarded[i].what && !(model && guarded[i].model) && guarded[i].base &&
		    guarded[i].ddev == dev &&
		    guarded[i].dino == ino && strcmp(guarded[i].base, base) == 0)
			return guarded[i].what;
	return NULL;
}

/* The name of the guarded file st is, or NULL; the caller holds guard_mu. An input guard
 * that holds no descriptor of its file goes by its name alone: its inode may have passed to
 * another file since (deleted, then a new one), which is no file the session read. */
static const char *guarded_as(const struct stat *st, int model)
{
	for (int i = 0; i < guard_slots; i++)
		if (guarded[i].what && !(model && guarded[i].model) &&
		    !(guarded[i].key == &input_key && guarded[i].fd < 0) &&
		    st->st_dev == guarded[i].dev && st->st_ino == guarded[i].ino)
			return guarded[i].what;
	return NULL;
}

/* own guards are left out: the journal's open of such a model reads the replay's own save */
int afile_opened_model(const char *path)
{
	struct stat st;
	if (!path || afile_names_command(path) || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	dev_t ddev;
	ino_t dino;
	const char *base;
	int named = path_dir(path, &ddev, &dino, &base) == 0, found = 0;
	pthread_mutex_lock(&guard_mu);
	for (int i = 0; i < guard_slots && !found; i++) {
		const struct guard *g = &guarded[i];
		if (!g->what || g->key != &input_key || !g->model || g->own)
			continue;
		/* as guarded_as and guarded_path_as look: by the file while its descriptor is
		 * held, by its name in its directory always */
		found = (g->fd >= 0 && g->dev == st.st_dev && g->ino == st.st_ino) ||
			(named && g->base && g->ddev == ddev && g->dino == dino &&
			 strcmp(g->base, base) == 0);
	}
	pthread_mutex_unlock(&guard_mu);
	return found;
}

/* err_set "cannot write 'PATH': it is WHAT: name another file" when st is a guarded file:
 * -1; else 0. model: a model's save, which a model the session opened does not stop. */
static int guard_check(const char *path, const struct stat *st, int model)
{
	pthread_mutex_lock(&guard_mu);
	const char *own = guarded_as(st, model);
	if (!own)
		own = guarded_path_as(path, model);
	int rc = own ? err_set("cannot write '%s': it is %s: name another file", path, own) : 0;
	pthread_mutex_unlock(&guard_mu);
	return rc;
}

/* Drop the guards of key (afile_protect's all, for NULL); the caller holds guard_mu. */
static void guard_drop(const void *key)
{
	for (int i = 0; i < guard_slots; i++)
		if (guarded[i].what && guarded[i].key == key) {
			free(guarded[i].what);
			guarded[i].what = NULL;
			free(guarded[i].base);
			guarded[i].base = NULL;
			if (guarded[i].fd >= 0)
				close(guarded[i].fd);
		}
}

/* A free slot of guarded, grown when none is; -1 when out of memory. The caller holds
 * guard_mu. */
static int guard_slot(void)
{
	for (int i = 0; i < guard_slots; i++)
		if (!guarded[i].what)
			return i;
	int n = guard_slots ? 2 * guard_slots : 16;
	struct guard *g = realloc(guarded, (size_t)n * sizeof *g);
	if (!g)
		return -1;
	memset(g + guard_slots, 0, (size_t)(n - guard_slots) * sizeof *g);
	guarded = g;
	int i = guard_slots;
	guard_slots = n;
	return i;
}

/* Guard st as what under key, holding fd (-1: none; closed when no slot takes it), and its
 * path's name (NULL: none); the caller holds guard_mu. Its slot, or -1. */
static int guard_add(const void *key, const struct stat *st, const char *what, int fd,
		      const char *path)
{
	int i = guard_slot();
	if (i >= 0) {
		const char *base;
		guarded[i].dev = st->st_dev;
		guarded[i].ino = st->st_ino;
		guarded[i].key = key;
		guarded[i].fd = fd;
		guarded[i].model = 0;
		guarded[i].own = 0;
		guarded[i].base = path && path_dir(path, &guarded[i].ddev, &guarded[i].dino,
						   &base) == 0 ? strdup(base) : NULL;
		guarded[i].what = strdup(what);   /* out of memory: unguarded, as before */
		if (guarded[i].what)
			return i;
		free(guarded[i].base);
		guarded[i].base = NULL;
	}
	if (fd >= 0)
		close(fd);
	return -1;
}

int afile_guarded(const char *path)
{
	struct stat st;
	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	pthread_mutex_lock(&guard_mu);
	int g = guarded_as(&st, 0) != NULL || guarded_path_as(path, 0) != NULL;
	pthread_mutex_unlock(&guard_mu);
	return g;
}

void afile_protect(int fd, const char *what)
{
	struct stat st;
	pthread_mutex_lock(&guard_mu);
	if (fd < 0 || !what)
		guard_drop(NULL);
	else if (fstat(fd, &st) == 0 && !guarded_as(&st, 0))
		guard_add(NULL, &st, what, -1, NULL);   /* else guarded already, under its first name (the
						 journal before stdout) */
	pthread_mutex_unlock(&guard_mu);
}

void afile_unprotect(int fd)
{
	struct stat st;
	pthread_mutex_lock(&guard_mu);
	if (fd >= 0 && fstat(fd, &st) == 0)
		for (int i = 0; i < guard_slots; i++)
			if (guarded[i].what && !guarded[i].key && guarded[i].dev == st.st_dev &&
			    guarded[i].ino == st.st_ino) {
				free(guarded[i].what);
				guarded[i].what = NULL;
				free(guarded[i].base);
				guarded[i].base = NULL;
			}
	pthread_mutex_unlock(&guard_mu);
}

void afile_guard(const void *key, int fd, const char *path, const char *what)
{
	struct stat st;
	pthread_mutex_lock(&guard_mu);
	guard_drop(key);
	if (fd >= 0 && what && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		guard_add(key, &st, what, fcntl(fd, F_DUPFD_CLOEXEC, 0), path);
	pthread_mutex_unlock(&guard_mu);
}

void afile_guard_input(int fd, const char *path, const char *what, int model)
{
	struct stat st;
	char as[PATH_MAX];
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		return;
	int own = path && afile_written_as(path, as, sizeof as) != NULL;   /* locks guard_mu */
	pthread_mutex_lock(&guard_mu);
	dev_t ddev;
	ino_t dino;
	const char *base;
	int named = path && path_dir(path, &ddev, &dino, &base) == 0;
	int held = 0, same = 0;
	for (int i = 0; i < guard_slots; i++)
		if (guarded[i].what && guarded[i].key == &input_key) {
			held += guarded[i].fd >= 0;
			/* read again (a replay's filter twice, the same data loaded after other): one
			 * slot; a guard that holds no descriptor is this file only by its name too */
			same |= guarded[i].dev == st.st_dev && guarded[i].ino == st.st_ino &&
				guarded[i].model == model &&
				(guarded[i].fd >= 0 || (named && guarded[i].base &&
				 guarded[i].ddev == ddev && guarded[i].dino == dino &&
				 strcmp(guarded[i].base, base) == 0));
		}
	if (!same) {
		/* past RR_INPUT_GUARDS held descriptors (a script loading hundreds of files would
		 * run out of them), a file is guarded by its name alone (guarded_as) */
		int i = guard_add(&input_key, &st, what,
				  held < RR_INPUT_GUARDS ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1, path);
		if (i >= 0)
			guarded[i].model = model, guarded[i].own = own;
	}
	pthread_mutex_unlock(&guard_mu);
}

/* The files this process wrote (afile_commit), by device and inode, each with the name its
 * write was given: a journal names a file the session wrote and then read by that name, so
 * that a replay reads what it wrote itself (t78 F2). The latest WRITTEN_MAX; a name written
 * again takes its slot again. Under guard_mu. */
#define WRITTEN_MAX 64
static struct written {
	dev_t dev;
	ino_t ino;
	char *name;
} written[WRITTEN_MAX];
static int written_next;

/* Keep path (the name the write was given) as written, now the file it names. */
static void written_add(const char *path)
{
	struct stat st;
	char *name = stat(path, &st) == 0 ? strdup(path) : NULL;
	if (!name)
		return;
	pthread_mutex_lock(&guard_mu);
	int slot = written_next;
	for (int i = 0; i < WRITTEN_MAX; i++)
		if (written[i].name && strcmp(written[i].name, path) == 0)
			slot = i;
	if (slot == written_next)
		written_next = (written_next + 1) % WRITTEN_MAX;
	free(written[slot].name);
	written[slot] = (struct written){st.st_dev, st.st_ino, name};
	pthread_mutex_unlock(&guard_mu);
}

const char *afile_written_as(const char *path, char *buf, size_t size)
{
	struct stat st;
	const char *as = NULL;
	if (!path || afile_names_command(path) || stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return NULL;
	pthread_mutex_lock(&guard_mu);
	for (int i = 0; i < WRITTEN_MAX && !as; i++) {
		struct stat now;   /* still that file by its name: a removed one's inode is reused */
		if (written[i].name && written[i].dev == st.st_dev && written[i].ino == st.st_ino &&
		    stat(written[i].name, &now) == 0 && now.st_dev == st.st_dev &&
		    now.st_ino == st.st_ino &&
		    (size_t)snprintf(buf, size, "%s", written[i].name) < size)
			as = buf;
	}
	pthread_mutex_unlock(&guard_mu);
	return as;
}

/* A program is never an output's target: the shell's > refuses a running one ("Text file
 * busy"), and a slip of Tab completion (save relrec for save relrec.rrm) would replace the
 * binary by a CSV. Only a file with an execute bit is looked at, so a CSV on a file system
 * that marks every file executable (vfat) is still replaced. 0, or -1 with err_set. */
static int program_check(const char *path, const struct stat *st)
{
	if (!(st->st_mode & 0111))
		return 0;
	char head[4] = {0};
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, head, sizeof head) : 0;
	if (fd >= 0)
		close(fd);
	if ((n >= 2 && memcmp(head, "#!", 2) == 0) || (n == 4 && memcmp(head, "\177ELF", 4) == 0))
		return err_set("cannot write '%s': it is a program (relrec's outputs never replace "
			       "one: name another file, or remove it first)", path);
	/* a running program of a kind not seen above: a write open is what the kernel refuses */
	fd = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0 && errno == ETXTBSY)
		return err_set("cannot write '%s': it is a running program (Text file busy)", path);
	if (fd >= 0)
		close(fd);
	return 0;
}

/* What the first n bytes of a file hold, by the kinds an output may be (AK_, or -1 for none
 * of them), and its name for a message. A model's magic is the one open checks. */
static int content_kind(const unsigned char *h, size_t n, const char **name)
{
	static const struct {
		const char *magic;
		size_t n;
		int kind;
		const char *name;
	} known[] = {
		{RR_MODEL_MAGIC, 8, AK_MODEL, "a relrec model"},
		{"\x89PNG\r\n\x1a\n", 8, AK_PNG, "a PNG image"},
		{"\x1f\x8b", 2, -1, "gzip-compressed data relrec did not write"},
		{"%PDF-", 5, -1, "a PDF document"},
		{"PK\x03\x04", 4, -1, "a ZIP archive (an Excel workbook?)"},
	};
	/* relrec's gzip: a header of a comment alone (flags FCOMMENT), the comment GZ_MARK */
	if (n >= 10 + sizeof GZ_MARK && h[0] == 0x1f && h[1] == 0x8b && h[3] == 0x10 &&
	    memcmp(h + 10, GZ_MARK, sizeof GZ_MARK) == 0) {
		*name = "a gzip file relrec wrote";
		return AK_GZ;
	}
	for (size_t k = 0; k < sizeof known / sizeof *known; k++)
		if (n >= known[k].n && memcmp(h, known[k].magic, known[k].n) == 0) {
			*name = known[k].name;
			return known[k].kind;
		}
	/* text has no NUL byte (binary formats have one early on, compressed data almost surely
	 * in 4096 bytes); other control bytes are text's: an export keeps every byte of the
	 * data's descriptions, and a re-run must replace it. Latin-1 and other code pages are text. */
	if (memchr(h, '\0', n)) {
		*name = "binary data";
		return -1;
	}
	*name = "text";
	return AK_TEXT;
}

/* An existing regular file is replaced only by an output of its own kind (t44 #3: save
 * replaced the campaign export just written, a README and the second data set's .csv.gz with
 * a model, without a word): a model by a save, a PNG by a chart, text or relrec's own gzip by
 * an export, gen, an SVG chart (so an analyst re-runs an export over its older self). An empty
 * file holds nothing to lose; one relrec may not read is left to the checks before. 0, or
 * -1 with err_set naming what the file holds. */
/* Whether the text of the gzip file at path starts with head (a header line, shorter than
 * HEAD_MAX): 1, 0 when it starts otherwise, -1 when it cannot be read or inflated. Reads at
 * most 64 KB. */
static int gz_head_is(const char *path, const char *head)
{
	unsigned char in[65536];
	char out[HEAD_MAX];
	size_t want = strlen(head);
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	ssize_t k = fd >= 0 ? read(fd, in, sizeof in) : -1;
	if (fd >= 0)
		close(fd);
	z_stream z = {0};
	if (k <= 10 || want >= sizeof out || inflateInit2(&z, 15 + 16) != Z_OK)
		return -1;
	z.next_in = in;
	z.avail_in = (uInt)k;
	z.next_out = (unsigned char *)out;
	z.avail_out = (uInt)want;
	int zr = inflate(&z, Z_SYNC_FLUSH);
	int same = (zr == Z_OK || zr == Z_STREAM_END) && z.avail_out == 0 &&
		   memcmp(out, head, want) == 0;
	inflateEnd(&z);
	return same;
}

/* 1 when the gzip file at path, its first n bytes h, is an export of an older relrec, from
 * before its header's mark (t45 N1: every such .csv.gz was refused to its own re-run): zlib's
 * bare header (no flag, no time, Unix), and its text's first line exactly head, the header
 * line this export writes. The bare header alone is also what gzip -n writes, a data set's:
 * the header line is what tells an export's own older self. -1 for such a file whose first
 * line is another (an older relrec's export of other columns, or data). */
static int old_export(const char *path, const unsigned char *h, size_t n, const char *head)
{
	static const unsigned char bare[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
	if (n <= sizeof bare || memcmp(h, bare, 4) != 0 || memcmp(h + 4, bare + 4, 4) != 0 ||
	    h[9] != 3 || !head)
		return 0;
	if (head == HEAD_LATER)
		return 1;
	if (!*head || (!strchr(head, '\n') && head[strlen(head) - 1] != ','))   /* a line, or its kind's */
		return -1;
	int same = gz_head_is(path, head);
	return same < 0 ? 0 : same ? 1 : -1;
}

/* relrec's own gzip file an export (mode 'e') would replace: only the export's own older
 * self, whose text's first line is head (t57 F3: `export rules top10.csv.gz` replaced the
 * campaign list just written, a data set gen made). 0, or -1 with err_set. */
static int gz_export_check(const char *path, const char *head)
{
	if (head == HEAD_LATER || gz_head_is(path, head) == 1)
		return 0;
	return err_set("cannot write '%s': it holds relrec's gzip-compressed output of another "
		       "kind, not this export's older self (its first line is not the header this "
		       "export writes; relrec replaces a file with an export only when it is the same "
		       "export's: name another file, or remove it first)", path);
}

/* The line of h (n bytes) a refusal quotes, from at: into *len, at most 60 bytes (the sink
 * escapes what a terminal obeys); *cut when it was as long or longer. */
static const char *quoted_line(const unsigned char *h, size_t n, size_t at, int *len, int *cut)
{
	const unsigned char *nl = at < n ? memchr(h + at, '\n', n - at) : NULL;
	size_t line = at >= n ? 0 : nl ? (size_t)(nl - h) - at : n - at;
	*cut = line >= 60;
	*len = *cut ? 60 : (int)line;
	return (const char *)h + (at < n ? at : n);
}

/* A text file an export (mode 'e', plain text) would replace, its first n bytes h: only the
 * export's own older self, whose first line is head, the header line it writes (t55 F2:
 * `export customers orders.csv 3` replaced the analyst's 999 rows of transactions, and an
 * export named README a README, unsaid). head is HEAD_LATER at afile_open, before the line
 * is written: the commit compares; afile_open_export knows it, and refuses before the
 * export's work. 0, or -1 with err_set. */
static int text_export_check(const char *path, const unsigned char *h, size_t n,
			     const char *head)
{
	size_t want = strlen(head);
	if (head == HEAD_LATER || (n >= want && memcmp(h, head, want) == 0))
		return 0;
	int len, cut;
	const char *q = quoted_line(h, n, 0, &len, &cut);
	return err_set("cannot write '%s': it holds text that is not this export's older self "
		       "(its first line '%.*s%s' is not the header this export writes; relrec "
		       "replaces a text file with an export only when it is the same export's: name "
		       "another file, or remove it first)", path, len, q, cut ? "..." : "");
}

/* 1 when the PNG image whose first n bytes are h carries relrec's mark: a tEXt chunk
 * starting RR_PNG_MARK among the chunks before its image data. */
static int png_marked(const unsigned char *h, size_t n)
{
	static const char mark[] = RR_PNG_MARK;
	size_t at = 8, m = sizeof mark - 1;   /* past the signature */
	while (at + 8 <= n) {
		uint32_t len = (uint32_t)h[at] << 24 | (uint32_t)h[at + 1] << 16 |
			       (uint32_t)h[at + 2] << 8 | h[at + 3];
		const unsigned char *type = h + at + 4;
		if (memcmp(type, "IDAT", 4) == 0 || memcmp(type, "IEND", 4) == 0 || len > n)
			return 0;
		if (memcmp(type, "tEXt", 4) == 0 && len >= m && at + 8 + m <= n &&
		    memcmp(h + at + 8, mark, m) == 0)
			return 1;
		at += 12 + (size_t)len;
	}
	return 0;
}

/* Where the text whose first n bytes are h goes on after its XML declaration, the line nothing
 * may come before: past that line (n when it does not end in h), or 0 when it has none. */
static size_t xml_decl_end(const unsigned char *h, size_t n)
{
	if (n < 5 || memcmp(h, "<?xml", 5) != 0)
		return 0;
	const unsigned char *nl = memchr(h, '\n', n);
	return nl ? (size_t)(nl - h) + 1 : n;
}

/* 1 when the text whose first n bytes are h starts as relrec's SVG charts do: RR_SVG_MARK as
 * its first line, or as the line after an XML declaration. */
static int svg_marked(const unsigned char *h, size_t n)
{
	size_t m = sizeof RR_SVG_MARK - 1, at = xml_decl_end(h, n);
	return n - at >= m && memcmp(h + at, RR_SVG_MARK, m) == 0;
}

/* 1 when the SVG at path is a chart an older relrec drew, before RR_SVG_MARK (an upgrade must
 * not refuse every chart's re-run, as t45 N1 found for exports): it ends in relrec's text
 * layer, RR_SVG_TEXT_LAYER's group closed just before "</svg>". Reads its last 64 KB, on the
 * heap (a stack may be ulimit -s 64). */
static int svg_older(const char *path)
{
	enum { TAIL = 65536 };
	static const char end[] = "</g>\n</svg>\n";
	size_t e = sizeof end - 1;
	struct stat st;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	char *tail = fd >= 0 ? malloc(TAIL + 1) : NULL;
	ssize_t k = -1;
	if (tail && fstat(fd, &st) == 0)
		k = pread(fd, tail, TAIL, st.st_size > TAIL ? st.st_size - TAIL : 0);
	if (fd >= 0)
		close(fd);
	int older = 0;
	if (k >= (ssize_t)e && memcmp(tail + k - (ssize_t)e, end, e) == 0) {
		tail[k] = '\0';   /* a NUL inside: no text relrec wrote, and strstr stops short */
		const char *g = strstr(tail, RR_SVG_TEXT_LAYER);
		older = g && strstr(g, "</g>") == tail + k - (ssize_t)e;   /* its labels are escaped */
	}
	free(tail);
	return older;
}

/* A regular file a chart (kind AK_PNG or AK_SVG) would replace, its first n bytes h, holding
 * has (content_kind's): only the chart's own older self, a PNG or an SVG relrec wrote, by its
 * mark (t44 #3 let a chart replace any PNG, an SVG chart any text: a README named .svg, a
 * figure another program drew). 0, -1 with err_set, or 1 when has is not the chart's kind at
 * all (content_check's own message says so). */
static int chart_check(const char *path, const unsigned char *h, size_t n, int kind, int has)
{
	if (kind == AK_PNG && has == AK_PNG)
		return png_marked(h, n) ? 0
		       : err_set("cannot write '%s': it holds a PNG image that is not this chart's "
				 "older self (none of its tEXt chunks says relrec drew it; relrec replaces "
				 "a file with a chart only when it is a chart relrec wrote: name another "
				 "file, or remove it first)", path);
	if (kind != AK_SVG || has != AK_TEXT)
		return 1;
	/* the line that is not relrec's: the one after an XML declaration, else the first */
	size_t at = xml_decl_end(h, n);
	if (svg_marked(h, n) || (at && svg_older(path)))
		return 0;
	int len, cut;
	const char *q = quoted_line(h, n, at, &len, &cut);
	return err_set("cannot write '%s': it holds text that is not this chart's older self (its "
		       "%s line '%.*s%s' is not the mark relrec's SVG charts carry; relrec replaces "
		       "a text file with a chart only when it is a chart relrec wrote: name another "
		       "file, or remove it first)", path, at ? "second" : "first", len, q,
		       cut ? "..." : "");
}

/* An existing regular file is replaced only by an output of its own kind (t44 #3: save
 * replaced the campaign export just written, a README and the second data set's .csv.gz with
 * a model, without a word): a model by a save, a chart only by its own older self
 * (chart_check), text or relrec's own gzip by
 * an export (a text one only its own older self: text_export_check), gen (so
 * an analyst re-runs an export over its older self), and an
 * older relrec's gzip export by the export of the same header line (old_export; head: that
 * line, HEAD_LATER before it is written, NULL for no export). An empty file holds nothing to
 * lose; one relrec may not read is left to the checks before. 0, or -1 with err_set naming
 * what the file holds. */
static int content_check(const char *path, int kind, const char *head)
{
	unsigned char h[4096];
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, h, sizeof h) : 0;
	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return 0;
	const char *holds;
	int has = content_kind(h, (size_t)n, &holds);
	/* an export, plain or gzip, replaces text or relrec's gzip only when it is its own
	 * older self, in either form (t57 F3: the gzip ones replaced any) */
	if (head && (kind == AK_TEXT || kind == AK_GZ) && (has == AK_TEXT || has == AK_GZ))
		return has == AK_TEXT ? text_export_check(path, h, (size_t)n, head)
				      : gz_export_check(path, head);
	int chart = kind == AK_PNG || kind == AK_SVG ? chart_check(path, h, (size_t)n, kind, has)
						     : 1;
	if (chart <= 0)
		return chart;
	if (has == kind || (has == AK_TEXT && kind == AK_GZ) || (has == AK_GZ && kind == AK_TEXT))
		return 0;
	int old = kind == AK_GZ ? old_export(path, h, (size_t)n, head) : 0;
	if (old > 0)
		return 0;
	if (old < 0)
		holds = "gzip-compressed data relrec did not write (or an older relrec's export of "
			"other columns)";
	static const char *const writes[] = {"text", "a relrec model", "relrec's gzip-compressed text",
					     "a PNG image", "an SVG chart"};
	return err_set("cannot write '%s': it holds %s, not %s (relrec replaces a file only with "
		       "one of its own kind: name another file, or remove it first)", path, holds,
		       writes[kind]);
}

static int target_check(const char *path, struct stat *st, int kind, const char *head)
{
	int model = kind == AK_MODEL;
	memset(st, 0, sizeof *st);
	if (lstat(path, st) != 0) {
		memset(st, 0, sizeof *st);
		if (errno == ENOENT)
			return 0;
		return err_set("cannot write '%s': %s%s", path, strerror(errno),
			       afile_name_hint(path, errno));
	}
	const char *what = kind_name(st->st_mode);
	if (!what) {
		/* the rename would replace it by any name (a hard link too), and the session would
		 * go on writing into the unlinked old file, unseen */
		if (guard_check(path, st, model) != 0)
			return -1;
		/* a rename needs only the directory's permission: without this, a file the user may
		 * not write (another user's, or chmod 444) would be replaced all the same, where
		 * the shell's > and the journal refuse it */
		if (faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0)
			return err_set("cannot write '%s': %s", path, strerror(errno));
		return program_check(path, st) != 0 ? -1 : content_check(path, kind, head);
	}
	if (S_ISLNK(st->st_mode))
		return err_set("cannot write '%s': it is a symbolic link (relrec replaces only regular "
			       "files: write to the link's target, or remove the link)", path);
	return err_set("cannot write '%s': it is %s (relrec replaces only regular files)", path,
		       what);
}

/* load reads "-" and "|cmd" as standard input and a command's output; an output by those
 * names (a save, an export, the journal) would be a file literally called "-" or
 * "|gzip > x.gz", found later by surprise. 0, or -1 with err_set. */
static int output_name_check(const char *path)
{
	if (strcmp(path, "-") == 0)
		return err_set("cannot write '-': relrec writes to a file here, not to standard "
			       "output (name a file, or ./- for a file called -)");
	if (path[0] == '|')
		return err_set("cannot write '%s': relrec writes to a file, not to a command (name a "
			       "file; a name ending in .gz is compressed)", path);
	return 0;
}

/* A journal is marked by an exclusive flock held as long as its session runs: advisory, so
 * it binds only relrec, which is what it is for (another session, or another relrec's save,
 * would interleave with or replace the journal a session still writes). */
int afile_lock_journal(int fd, const char *path)
{
	while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno == EINTR)
			continue;
		if (errno == EWOULDBLOCK)
			return err_set("cannot append to '%s': another relrec session is journaling to "
				       "it (a journal belongs to one session at a time): name another file "
				       "for the journal", path);
		return 0;   /* no locks here (some network file systems): go on unlocked */
	}
	return 0;
}

int afile_journal_check(const char *path)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return 0;   /* nothing there, or nothing we may read: target_check decides */
	struct stat st;
	int held = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		   flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
	close(fd);   /* releases the shared lock, when it was had */
	if (held)
		return err_set("cannot write '%s': it is the journal of a relrec session that is "
			       "still running (it would go on writing into the replaced file, "
			       "unseen): name another file", path);
	return 0;
}

FILE *afile_append(const char *path, mode_t mode)
{
	if (output_name_check(path) != 0)
		return NULL;
	struct stat st;
	const char *what = NULL;
	/* looked at first, so a device is not even opened; O_NOFOLLOW and the fstat below close
	 * the window between the look and the open, and O_NONBLOCK keeps a FIFO put there in
	 * between from hanging the open */
	if (lstat(path, &st) == 0 && (what = kind_name(st.st_mode)) != NULL) {
		err_set("cannot write '%s': it is %s (relrec writes only regular files%s)", path, what,
			S_ISLNK(st.st_mode) ? ": name the link's target" : "");
		return NULL;
	}
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
		      mode);
	int e = fd < 0 ? errno : fstat(fd, &st) != 0 ? errno : 0;
	if (fd >= 0 && e == 0)
		what = kind_name(st.st_mode);
	else if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode))
		what = kind_name(st.st_mode);   /* a link (ELOOP), a FIFO (ENXIO), a directory */
	if (e || what || guard_check(path, &st, 0) != 0) {
		if (fd >= 0)
			close(fd);
		if (!e && !what)
			return NULL;   /* guard_check said why */
		if (what)
			err_set("cannot write '%s': it is %s (relrec writes only regular files%s)", path,
				what, S_ISLNK(st.st_mode) ? ": name the link's target" : "");
		else
			err_set("cannot write '%s': %s%s", path, strerror(e), afile_name_hint(path, e));
		return NULL;
	}
	int fl = fcntl(fd, F_GETFL);
	FILE *f = fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0 ? NULL : fdopen(fd, "a");
	if (!f) {
		err_set("cannot write '%s': %s", path, strerror(errno));
		close(fd);
	}
	return f;
}

/* Compare what is at path now (lstat) with the file open at fd: 0 when the same regular
 * file, else -1 with err_set saying what is there instead. */
static int same_file(int fd, const char *path, struct stat *now)
{
	struct stat had;
	if (fstat(fd, &had) != 0)
		return err_set("'%s': %s", path, strerror(errno));
	if (lstat(path, now) != 0)
		return err_set("'%s' is gone: %s", path, strerror(errno));
	const char *what = kind_name(now->st_mode);
	if (what)
		return err_set("'%s' is now %s", path, what);
	if (now->st_dev != had.st_dev || now->st_ino != had.st_ino)
		return err_set("'%s' is now another file", path);
	return 0;
}

int afile_still(int fd, const char *path)
{
	struct stat now;
	return same_file(fd, path, &now);
}

int afile_reopen_read(int fd, const char *path)
{
	struct stat now, got;
	if (same_file(fd, path, &now) != 0)
		return -1;
	/* O_NOFOLLOW and O_NONBLOCK, then the identity again: a link or FIFO put there between
	 * the look and the open is neither followed nor waited on */
	int rfd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (rfd < 0)
		return err_set("cannot read '%s': %s", path, strerror(errno));
	if (fstat(rfd, &got) != 0 || got.st_dev != now.st_dev || got.st_ino != now.st_ino) {
		close(rfd);
		return err_set("'%s' is now another file", path);
	}
	int fl = fcntl(rfd, F_GETFL);
	if (fl < 0 || fcntl(rfd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
		err_set("cannot read '%s': %s", path, strerror(errno));
		close(rfd);
		return -1;
	}
	return rfd;
}

/* Random characters for a temporary name. getrandom only makes the name hard to guess (so
 * it cannot be planted in advance); O_EXCL is what makes it safe, so a weaker mix will do
 * when getrandom cannot be had. */
static void random_chars(char *out, size_t n)
{
	static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	unsigned char r[16];
	if (n > sizeof r)
		n = sizeof r;
	if (getrandom(r, n, GRND_NONBLOCK) != (ssize_t)n) {
		static unsigned counter;
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		uint64_t x = (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 30 ^
			     (uint64_t)getpid() << 17 ^ ++counter * 0x9E3779B97F4A7C15ULL;
		for (size_t i = 0; i < n; i++, x = x * 6364136223846793005ULL + 1442695040888963407ULL)
			r[i] = (unsigned char)(x >> 56);
	}
	for (size_t i = 0; i < n; i++)
		out[i] = alnum[r[i] % (sizeof alnum - 1)];
}

int afile_names_command(const char *path)
{
	struct stat st;
	return path[0] == '|' && lstat(path, &st) != 0;
}

int afile_shell_path(const char *v)
{
	/* t25 F2: `source ~/.aliases` and `source $ZSH/oh-my-zsh.sh` in a shell's start-up file;
	 * t27 F2: `sales$Q1.csv`, a name relrec had journaled, is no shell's; nor (t29 F5) is a
	 * `$` starting the last component or a `~` with no directory after it: relrec's own
	 * journal of `load "$sales.csv"` or `load "~orders.csv"` was refused */
	if (v[0] == '|')
		return 0;
	if (v[0] == '~')
		return strchr(v, '/') != NULL;
	for (const char *d = strchr(v, '$'); d; d = strchr(d + 1, '$'))
		if ((d == v || d[-1] == '/') && strchr(d, '/') &&
		    (d[1] == '{' || d[1] == '_' || isalpha((unsigned char)d[1])))
			return 1;
	return 0;
}

const char *afile_name_hint(const char *path, int e)
{
	return (e == ENOENT || e == ENOTDIR) && afile_shell_path(path)
	       ? " (relrec opens names as written: it expands no ~ or $VAR; write the full path)"
	       : "";
}

/* The temporary file could not be made (errno e). Said as such, with its directory: the
 * user may well be allowed to write PATH itself (t21: "Permission denied" about a file the
 * user owns, in a directory the user may not write, read as a bug). A missing directory is
 * said as before: that is about PATH. Returns -1 with err_set. */
static int tmp_fail(const char *path, int e)
{
	if (e == ENOENT || e == ENOTDIR)
		return err_set("cannot write '%s': %s%s", path, strerror(e), afile_name_hint(path, e));
	const char *slash = strrchr(path, '/');
	int dn = slash ? (slash == path ? 1 : (int)(slash - path)) : 1;
	return err_set("cannot write '%s': cannot create a temporary file in '%.*s': %s (relrec "
		       "writes a new file and renames it over the old one)", path, dn,
		       slash ? path : ".", strerror(e));
}

/* The last name of tmp, PATH's temporary file: its directory part is PATH's. */
static const char *tmp_base(const char *path, const char *tmp)
{
	const char *slash = strrchr(path, '/');
	return slash ? tmp + (slash + 1 - path) : tmp;
}

/* A descriptor of path's directory, or -1 with err_set. Read access is asked first (fsync
 * needs it); a directory one may write but not list is opened O_PATH, which *at calls take. */
static int dir_open(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
	if (!dir)
		return err_set("out of memory");
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 && errno == EACCES)
		fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	return fd >= 0 ? fd : tmp_fail(path, errno);
}

/* 0 when PATH's directory is still the one open at dir; else -1 with err_set (t43 #2: a link
 * of the path swapped while relrec wrote, and the rename by name took a planted file). */
static int dir_same(int dir, const char *path)
{
	const char *slash = strrchr(path, '/');
	char *name = slash ? strndup(path, slash == path ? 1 : (size_t)(slash - path)) : strdup(".");
	struct stat now, had;
	int same = name && stat(name, &now) == 0 && fstat(dir, &had) == 0 &&
		   now.st_dev == had.st_dev && now.st_ino == had.st_ino;
	free(name);
	return same ? 0 : err_set("cannot write '%s': its directory changed while relrec wrote it "
				  "(a link or a mount of the path switched): nothing replaced", path);
}

/* Create "PATH.XXXXXX.tmp" exclusively; returns the descriptor, or -1 with err_set. 0666:
 * the kernel takes the umask off, as for a file fopen creates. A file name within 11 bytes
 * of NAME_MAX is cut to make room for the suffix (a legal 250-byte name must be writable). */
static int tmp_create(int dir, const char *path, char **tmp_out)
{
	size_t n = strlen(path);
	const char *slash = strrchr(path, '/');
	size_t base = slash ? n - (size_t)(slash + 1 - path) : n, suffix = 1 + TMP_RAND + 4;
	if (base + suffix > NAME_MAX)
		n -= base + suffix - NAME_MAX;
	char *tmp = malloc(n + 1 + TMP_RAND + 5);
	if (!tmp)
		return err_set("out of memory");
	memcpy(tmp, path, n);
	tmp[n] = '.';
	memcpy(tmp + n + 1 + TMP_RAND, ".tmp", 5);
	for (int i = 0; i < TMP_TRIES; i++) {
		random_chars(tmp + n + 1, TMP_RAND);
		int fd = openat(dir, tmp_base(path, tmp), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
				O_CLOEXEC, 0666);
		if (fd >= 0) {
			*tmp_out = tmp;
			return fd;
		}
		if (errno != EEXIST) {
			tmp_fail(path, errno);
			free(tmp);
			return -1;
		}
	}
	free(tmp);
	return err_set("cannot write '%s': no free temporary name after %d tries", path, TMP_TRIES);
}

/* Give the new file what the replaced one had: owner and group (only root may, and only
 * root would otherwise take a user's file over), then the read and write bits (after chown,
 * which may clear some). Done before a byte is written, so a private file's new contents
 * are never readable by others. 0 or -1 with err_set. */
static int carry_over(int fd, const struct stat *old, const char *path)
{
	if (geteuid() == 0 && fchown(fd, old->st_uid, old->st_gid) != 0)
		return err_set("cannot give the new '%s' its owner: %s", path, strerror(errno));
	/* read and write bits only: a CSV is no program (nor are set-id bits carried) */
	if (fchmod(fd, old->st_mode & 0666) != 0)
		return err_set("cannot give the new '%s' its permissions: %s", path, strerror(errno));
	return 0;
}

/* Write all of buf to the descriptor. 0, or -1 with s->err set. */
static int sink_put(struct afile_sink *s, const void *buf, size_t n)
{
	const char *p = buf;
	while (n > 0) {
		ssize_t k = write(s->fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			s->err = k < 0 ? errno : EIO;
			return -1;
		}
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Compress n bytes (flush Z_FINISH: the end of the stream) and write what comes out. */
static int sink_deflate(struct afile_sink *s, const char *buf, size_t n, int flush)
{
	unsigned char *out = s->out;
	s->z->next_in = (unsigned char *)(uintptr_t)buf;   /* zlib does not write through it */
	s->z->avail_in = (uInt)n;
	int zr;
	do {
		s->z->next_out = out;
		s->z->avail_out = GZ_CHUNK;
		zr = deflate(s->z, flush);
		if (zr == Z_STREAM_ERROR) {
			s->err = EIO;
			return -1;
		}
		if (sink_put(s, out, GZ_CHUNK - s->z->avail_out) != 0)
			return -1;
	} while (s->z->avail_out == 0 || (flush == Z_FINISH && zr != Z_STREAM_END));
	return 0;
}

/* An export's first line, kept for the commit's old_export. */
static void head_keep(struct afile_sink *s, const char *buf, size_t n)
{
	if (s->nhead >= sizeof s->head || (s->nhead && s->head[s->nhead - 1] == '\n'))
		return;   /* kept whole, or too long to keep */
	const char *nl = memchr(buf, '\n', n);
	size_t take = nl ? (size_t)(nl - buf) + 1 : n;
	if (s->nhead + take >= sizeof s->head) {
		s->nhead = sizeof s->head;   /* too long for an export's header line */
		return;
	}
	memcpy(s->head + s->nhead, buf, take);
	s->nhead += take;
	s->head[s->nhead] = '\0';
}

static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
	struct afile_sink *s = cookie;
	/* fopencookie: 0 is the error return; stdio sets the stream's error flag */
	if (s->head_on)
		head_keep(s, buf, n);
	if (s->err || (s->z ? sink_deflate(s, buf, n, Z_NO_FLUSH) : sink_put(s, buf, n)) != 0) {
		errno = s->err;
		return 0;
	}
	return (ssize_t)n;
}

static int sink_close(void *cookie)
{
	struct afile_sink *s = cookie;
	if (s->z) {
		deflateEnd(s->z);
		free(s->z);
	}
	int rc = close(s->fd);
	free(s);
	return rc;
}

/* The stream over fd: compressed to gzip when gz. NULL with err_set (fd left open). */
static FILE *sink_open(rr_afile *a, int fd, int gz)
{
	struct afile_sink *s = calloc(1, sizeof *s);
	if (s && gz && (!(s->z = calloc(1, sizeof *s->z)) ||
			deflateInit2(s->z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)) {
		free(s->z);   /* 15 + 16: a gzip header, as gzip(1) writes */
		free(s);
		s = NULL;
	}
	/* the header's comment marks the file as relrec's (content_check); static, as zlib
	 * reads it at the first deflate */
	static gz_header mark = {.comment = (Bytef *)(uintptr_t)GZ_MARK, .os = 3};
	if (s && s->z && deflateSetHeader(s->z, &mark) != Z_OK) {
		deflateEnd(s->z);
		free(s->z);
		free(s);
		s = NULL;
	}
	cookie_io_functions_t io = {.write = sink_write, .close = sink_close};
	FILE *f = s ? fopencookie(s, "w", io) : NULL;
	if (!f) {
		err_set("cannot write '%s': out of memory", a->path);
		if (s) {
			s->fd = -1;   /* the caller closes fd */
			if (s->z) {
				deflateEnd(s->z);
				free(s->z);
			}
			free(s);
		}
		return NULL;
	}
	s->fd = fd;
	a->sink = s;
	return f;
}

int afile_error(const rr_afile *a)
{
	return a->sink ? a->sink->err : 0;
}

int afile_gz_name(const char *path)
{
	/* any case, as chart_format takes .PNG: Windows tools write .GZ, and a plain file under
	 * a gzip name is one gunzip refuses */
	size_t n = strlen(path);
	return n > 3 && strcasecmp(path + n - 3, ".gz") == 0;
}

/* afile_open with head, an export's header line when it is known (else HEAD_LATER): the file
 * it would replace is compared with it now, before the export's work, and again at the commit. */
static int open_head(rr_afile *a, const char *path, const char *mode, const char *head)
{
	memset(a, 0, sizeof *a);
	if (output_name_check(path) != 0)
		return -1;
	struct stat st;
	a->kind = strchr(mode, 'm') ? AK_MODEL : strchr(mode, 'z') ? AK_GZ
		  : strchr(mode, 'p') ? AK_PNG : strchr(mode, 's') ? AK_SVG : AK_TEXT;
	int exp = (a->kind == AK_GZ || a->kind == AK_TEXT) && strchr(mode, 'e');
	if (target_check(path, &st, a->kind, exp ? HEAD_LATER : NULL) != 0 ||
	    afile_journal_check(path) != 0) {
		a->kind = 0;
		return -1;
	}
	a->path = strdup(path);
	if (!a->path)
		return err_set("out of memory");
	int dir = dir_open(path);
	int fd = dir < 0 ? -1 : tmp_create(dir, path, &a->tmp);
	if (fd < 0) {
		if (dir >= 0)
			close(dir);
		free(a->path);
		memset(a, 0, sizeof *a);
		return -1;
	}
	a->dir = dir + 1;
	a->live = live_add(dir, tmp_base(path, a->tmp));
	a->links = st.st_nlink;
	if (st.st_nlink && carry_over(fd, &st, path) != 0) {
		close(fd);
		afile_abort(a);
		return -1;
	}
	a->f = sink_open(a, fd, strchr(mode, 'z') != NULL);
	if (!a->f) {
		close(fd);
		afile_abort(a);
		return -1;
	}
	a->sink->head_on = exp;
	/* the export's own older self, now that the header is known: after the checks above, so
	 * a directory it cannot write in is said first, as for any output */
	if (exp && head != HEAD_LATER && st.st_nlink && content_check(path, a->kind, head) != 0) {
		afile_abort(a);
		return -1;
	}
	return 0;
}

int afile_open(rr_afile *a, const char *path, const char *mode)
{
	return open_head(a, path, mode, HEAD_LATER);
}

/* head cut to its first kind bytes (head_kind), into buf (HEAD_MAX bytes): the part of an
 * export's header line its older self must start with; head itself when kind is 0 or not
 * shorter. */
static const char *head_kind(const char *head, size_t kind, char *buf)
{
	if (!kind || head == HEAD_LATER || kind >= strlen(head) || kind >= HEAD_MAX)
		return head;
	memcpy(buf, head, kind);
	buf[kind] = '\0';
	return buf;
}

int afile_open_export(rr_afile *a, const char *path, const char *mode, const char *head,
		      size_t kind)
{
	/* a line too long to keep is not compared at the commit either (head_keep) */
	int known = head && strchr(head, '\n') && strlen(head) < HEAD_MAX;
	char cut[HEAD_MAX];
	int rc = open_head(a, path, mode, known ? head_kind(head, kind, cut) : HEAD_LATER);
	a->head_kind = rc == 0 ? kind : 0;
	return rc;
}

static void release(rr_afile *a)
{
	live_drop(a->live);   /* after the unlink or the rename: until then a signal removes it */
	if (a->dir)   /* after live_drop: a signal's unlinkat may not meet a closed descriptor */
		close(a->dir - 1);
	free(a->path);
	free(a->tmp);
	memset(a, 0, sizeof *a);
}

void afile_abort(rr_afile *a)
{
	if (a->f)
		fclose(a->f);
	if (a->tmp && a->dir)   /* in the directory it was made in, whatever PATH names now */
		unlinkat(a->dir - 1, tmp_base(a->path, a->tmp), 0);
	release(a);
}


/* The running command's stop flag and what became of its commits (afile_commits_begin): per
 * thread, as the command runs on its own. */
static _Thread_local const volatile sig_atomic_t *cmd_stop;
static _Thread_local int commits_whole, commits_cut;

void afile_commits_begin(const volatile sig_atomic_t *stop)
{
	cmd_stop = stop;
	commits_whole = commits_cut = 0;
}

int afile_commits_end(void)
{
	cmd_stop = NULL;
	return commits_whole && !commits_cut;
}

int afile_commit(rr_afile *a)
{
	struct afile_sink *s = a->sink;
	int e = 0;
	errno = 0;
	if (ferror(a->f) || fflush(a->f) != 0 ||
	    (s->z && !s->err && sink_deflate(s, NULL, 0, Z_FINISH) != 0) || s->err ||
	    fsync(s->fd) != 0)
		e = s->err ? s->err : errno ? errno : EIO;
	char head[HEAD_MAX];   /* the whole first line is through the sink after the flush */
	int exp = s->head_on && s->nhead < sizeof s->head;
	if (exp)
		memcpy(head, s->head, s->nhead + 1);
	if (exp && a->head_kind && a->head_kind < s->nhead)
		head[a->head_kind] = '\0';   /* its kind's columns: head_kind */
	a->sink = NULL;   /* fclose frees it */
	if (fclose(a->f) != 0 && !e)
		e = errno ? errno : EIO;
	a->f = NULL;
	/* tests stop here with SIGKILL to show a save killed midway leaves PATH intact; 1 to 60
	 * seconds, nothing else (t50 F7: -1 held every save for ever) */
	const char *pause = getenv("RELREC_TEST_PAUSE_BEFORE_RENAME");
	char *end;
	long secs = pause && *pause ? strtol(pause, &end, 10) : 0;
	if (secs >= 1 && secs <= 60 && !*end)
		sleep((unsigned)secs);
	if (e) {
		err_set("cannot write '%s': %s", a->path, strerror(e));
		afile_abort(a);
		return -1;
	}
	/* PATH may have changed while we wrote: say so rather than replace what is there now
	 * (a rename never writes through a link or into a device, so a change after this check
	 * can only make the rename fail or replace the entry itself, never harm its target) */
	struct stat st;
	if (dir_same(a->dir - 1, a->path) != 0 ||
	    (a->recheck && a->recheck(a->path, a->recheck_arg) != 0) ||
	    target_check(a->path, &st, a->kind, exp ? head : NULL) != 0) {
		afile_abort(a);
		return -1;
	}
	/* the last look at a stop: before the rename the old file is whole, after it the new */
	if (cmd_stop && *cmd_stop) {
		commits_cut = 1;
		err_set("'%s' was left as it was (nothing written): interrupted", a->path);
		afile_abort(a);
		return -1;
	}
	/* by the directory's descriptor: a switch after dir_same renames in the directory the
	 * file was written in, never a planted name of another into place (t43 #2) */
	const char *slash = strrchr(a->path, '/');
	if (renameat(a->dir - 1, tmp_base(a->path, a->tmp), a->dir - 1,
		     slash ? slash + 1 : a->path) != 0) {
		err_set("cannot write '%s': %s", a->path, strerror(errno));
		afile_abort(a);
		return -1;
	}
	fsync(a->dir - 1);   /* the rename is durable once the directory is on disk too (an
				O_PATH descriptor cannot: EBADF, as the open failed before) */
	commits_whole = 1;
	written_add(a->path);
	if (a->links > 1)
		err_note("'%s' had %lu hard links: the other %lu still show the old contents",
			 a->path, (unsigned long)a->links, (unsigned long)a->links - 1);
	release(a);
	return 0;
}

/* Open path to read without blocking (a FIFO that nothing writes to would hang the open
 * itself); with wait, a FIFO's writer gets FIFO_WAIT_MS to send its first bytes or hang up,
 * else it is an error (read on, the FIFO would look like an empty file). Then blocking again.
 * The descriptor, or -1 with err_set. */
static int open_read(const char *path, int wait)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return err_set("cannot open '%s': %s%s", path, strerror(errno),
			       afile_name_hint(path, errno));
	/* a FIFO's writer may start just after us (cat MODEL > FIFO &): wait a little for it,
	 * a bounded wait where the open would have waited for ever */
	struct stat st;
	if (wait && fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) {
		struct pollfd pf = {.fd = fd, .events = POLLIN};
		int r;
		while ((r = poll(&pf, 1, FIFO_WAIT_MS)) < 0 && errno == EINTR)
			;
		if (r == 0) {
			close(fd);
			return err_set("cannot read '%s': it is a FIFO no program wrote to within %d s",
				       path, FIFO_WAIT_MS / 1000);
		}
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
		err_set("cannot open '%s': %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

int afile_open_read(const char *path)
{
	return open_read(path, 1);
}

int afile_open_stream(const char *path)
{
	return open_read(path, 0);
}

FILE *afile_fopen_read(const char *path)
{
	int fd = afile_open_read(path);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, "r");
	if (!f) {
		err_set("cannot open '%s': %s", path, strerror(errno));
		close(fd);
	}
	return f;
}
