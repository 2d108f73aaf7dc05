/* test_afile.c — afile.h against hostile targets: what may be replaced (regular files, new
 * paths) and what is refused untouched (links, directories, FIFOs, device nodes made in a
 * temporary directory), exclusive random temporary names, permission bits and owners carried
 * over, the hard-link warning, write errors (a file size limit) leaving PATH as it was. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include "afile.h"
#include "err.h"
#include "gen.h"

static char dir[64];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/relrec-afile-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static char *at(const char *name)
{
	static char buf[4][256];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
	return buf[k];
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static char *slurp(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Write text to path through afile: the result of the commit (or of the open). */
static int awrite(const char *path, const char *text)
{
	rr_afile a;
	if (afile_open(&a, path, "w") != 0)
		return -1;
	fputs(text, a.f);
	return afile_commit(&a);
}

/* Entries of the test directory (temporary files left behind would show up here). */
static int entries(void)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

/* Appending (the journal): created or added to, and only ever a regular file. */
static void test_append(void **state)
{
	(void)state;
	FILE *f = afile_append(at("j.rr"), 0666);
	assert_non_null(f);
	fputs("show\n", f);
	assert_int_equal(0, fclose(f));
	assert_non_null(f = afile_append(at("j.rr"), 0666));
	fputs("undo\n", f);
	assert_int_equal(0, fclose(f));
	assert_string_equal("show\nundo\n", slurp(at("j.rr")));
	put_file(at("victim"), "secret\n");
	assert_int_equal(0, symlink(at("victim"), at("link")));
	assert_null(afile_append(at("link"), 0666));
	assert_non_null(strstr(err_msg(), "it is a symbolic link"));
	assert_int_equal(0, mkfifo(at("fifo"), 0600));   /* no reader: the open must not wait */
	assert_null(afile_append(at("fifo"), 0666));
	assert_non_null(strstr(err_msg(), "it is a FIFO"));
	assert_null(afile_append(dir, 0666));
	assert_non_null(strstr(err_msg(), "it is a directory"));
	assert_null(afile_append(at("nosuchdir/j.rr"), 0666));
	assert_non_null(strstr(err_msg(), "No such file or directory"));
	assert_string_equal("secret\n", slurp(at("victim")));
	/* a private file stays private whatever the umask lets through */
	assert_non_null(f = afile_append(at("hist"), 0600));
	assert_int_equal(0, fclose(f));
	struct stat st;
	assert_int_equal(0, stat(at("hist"), &st));
	assert_int_equal(0, st.st_mode & 077);
	assert_int_equal(0, unlink(at("hist")));
	/* "-" and "|cmd" are no file: refused, as for every output (t21 F11) */
	assert_null(afile_append("-", 0666));
	assert_non_null(strstr(err_msg(), "cannot write '-': relrec writes to a file here"));
	assert_null(afile_append("|cat", 0666));
	assert_non_null(strstr(err_msg(), "not to a command"));
	assert_int_equal(-1, access("-", F_OK));
	/* a journal is one session's: a second lock on it is refused, and so is an output onto
	 * it, until the first is closed (t21 F3, F4; a second open file stands for a second
	 * process: flock locks belong to the open file) */
	FILE *j1 = afile_append(at("j.rr"), 0666), *j2 = afile_append(at("j.rr"), 0666);
	assert_non_null(j1);
	assert_non_null(j2);
	assert_int_equal(0, afile_lock_journal(fileno(j1), "j.rr"));
	assert_int_equal(-1, afile_lock_journal(fileno(j2), "j.rr"));
	assert_non_null(strstr(err_msg(), "another relrec session is journaling to it"));
	rr_afile a;
	assert_int_equal(-1, afile_open(&a, at("j.rr"), "wb"));
	assert_non_null(strstr(err_msg(), "it is the journal of a relrec session"));
	assert_int_equal(0, fclose(j1));
	assert_int_equal(0, afile_lock_journal(fileno(j2), "j.rr"));
	assert_int_equal(0, fclose(j2));
	assert_int_equal(0, afile_journal_check(at("j.rr")));
	/* the directory is shared with the next tests, which count its entries */
	const char *made[] = {"j.rr", "victim", "link", "fifo"};
	for (size_t k = 0; k < sizeof made / sizeof *made; k++)
		assert_int_equal(0, unlink(at(made[k])));
}

static void test_new_and_replaced(void **state)
{
	(void)state;
	mode_t old = umask(027);
	assert_int_equal(awrite(at("new.csv"), "one\n"), 0);
	umask(old);
	struct stat st;
	assert_int_equal(lstat(at("new.csv"), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0640); /* 0666 less the umask, as fopen */
	assert_string_equal(slurp(at("new.csv")), "one\n");
	/* a private file stays private; a shared one stays shared */
	assert_int_equal(chmod(at("new.csv"), 0600), 0);
	assert_int_equal(awrite(at("new.csv"), "two\n"), 0);
	assert_int_equal(lstat(at("new.csv"), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_string_equal(slurp(at("new.csv")), "two\n");
	assert_int_equal(chmod(at("new.csv"), 0664), 0);
	assert_int_equal(awrite(at("new.csv"), "three\n"), 0);
	assert_int_equal(lstat(at("new.csv"), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0664);
	assert_int_equal(entries(), 1); /* no temporary file left */
	assert_null(err_take_note());
}

static void test_owner_kept_as_root(void **state)
{
	(void)state;
	if (geteuid() != 0)
		skip();
	put_file(at("owned.csv"), "user's\n");
	assert_int_equal(chown(at("owned.csv"), 4321, 4322), 0);
	assert_int_equal(chmod(at("owned.csv"), 0640), 0);
	assert_int_equal(awrite(at("owned.csv"), "root's\n"), 0);
	struct stat st;
	assert_int_equal(lstat(at("owned.csv"), &st), 0);
	assert_int_equal(st.st_uid, 4321);
	assert_int_equal(st.st_gid, 4322);
	assert_int_equal(st.st_mode & 0777, 0640);
	unlink(at("owned.csv"));
}

/* Refused: err names what it is, the thing is unchanged, nothing is left behind. */
static void refused(const char *path, const char *what)
{
	int before = entries();
	assert_int_equal(awrite(path, "attack\n"), -1);
	if (!strstr(err_msg(), what))
		fail_msg("'%s': wanted '%s' in '%s'", path, what, err_msg());
	assert_int_equal(entries(), before);
}

static void test_refuses_what_is_not_a_regular_file(void **state)
{
	(void)state;
	put_file(at("victim"), "precious\n");
	assert_int_equal(symlink(at("victim"), at("link.csv")), 0);
	refused(at("link.csv"), "symbolic link");
	assert_string_equal(slurp(at("victim")), "precious\n");
	struct stat st;
	assert_int_equal(lstat(at("link.csv"), &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(symlink(at("nowhere"), at("dangling.csv")), 0);
	refused(at("dangling.csv"), "symbolic link");
	assert_int_equal(access(at("nowhere"), F_OK), -1);

	assert_int_equal(mkdir(at("sub"), 0755), 0);
	refused(at("sub"), "a directory");
	assert_int_equal(mkfifo(at("fifo"), 0644), 0);
	refused(at("fifo"), "a FIFO");
	assert_int_equal(lstat(at("fifo"), &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	/* a device node of our own, in the temporary directory: never the real /dev */
	if (mknod(at("fakenull"), S_IFCHR | 0666, makedev(1, 3)) == 0) {
		refused(at("fakenull"), "a character device");
		assert_int_equal(lstat(at("fakenull"), &st), 0);
		assert_true(S_ISCHR(st.st_mode));
		assert_int_equal(major(st.st_rdev), 1);
		assert_int_equal(minor(st.st_rdev), 3);
	}
	assert_int_equal(awrite(at("missing/x.csv"), "x"), -1);
	assert_non_null(strstr(err_msg(), "No such file"));
}

/* Another user plants the old fixed temporary name, and names like ours: never used. */
static void test_planted_temporary_names(void **state)
{
	(void)state;
	put_file(at("victim2"), "precious\n");
	assert_int_equal(symlink(at("victim2"), at("out.csv.tmp")), 0);
	put_file(at("out.csv"), "old\n");
	assert_int_equal(awrite(at("out.csv"), "new\n"), 0);
	assert_string_equal(slurp(at("victim2")), "precious\n");
	assert_string_equal(slurp(at("out.csv")), "new\n");
	/* two writers of one path at once get two temporary files */
	rr_afile a, b;
	assert_int_equal(afile_open(&a, at("out.csv"), "w"), 0);
	assert_int_equal(afile_open(&b, at("out.csv"), "w"), 0);
	assert_string_not_equal(a.tmp, b.tmp);
	assert_non_null(strstr(a.tmp, "out.csv."));
	struct stat st;
	assert_int_equal(lstat(a.tmp, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	fputs("a\n", a.f);
	fputs("b\n", b.f);
	assert_int_equal(afile_commit(&a), 0);
	assert_int_equal(afile_commit(&b), 0);
	assert_string_equal(slurp(at("out.csv")), "b\n");
	/* abort leaves PATH and removes its temporary file */
	int before = entries();
	assert_int_equal(afile_open(&a, at("out.csv"), "w"), 0);
	fputs("never\n", a.f);
	afile_abort(&a);
	assert_int_equal(entries(), before);
	assert_string_equal(slurp(at("out.csv")), "b\n");
}

static void test_hard_links_warned(void **state)
{
	(void)state;
	put_file(at("a.csv"), "old\n");
	assert_int_equal(link(at("a.csv"), at("b.csv")), 0);
	err_take_note();
	assert_int_equal(awrite(at("a.csv"), "new\n"), 0);
	const char *note = err_take_note();
	assert_non_null(note);
	assert_non_null(strstr(note, "2 hard links"));
	assert_string_equal(slurp(at("a.csv")), "new\n");
	assert_string_equal(slurp(at("b.csv")), "old\n"); /* what the warning says */
	assert_null(err_take_note());
}

/* A write that fails (here: past RLIMIT_FSIZE, EFBIG) fails the commit; PATH is untouched
 * and the temporary file removed. */
static void test_write_error_keeps_old(void **state)
{
	(void)state;
	put_file(at("big.csv"), "old\n");
	int before = entries();
	struct rlimit old, lim = {.rlim_cur = 4096, .rlim_max = RLIM_INFINITY};
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	lim.rlim_max = old.rlim_max;
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	rr_afile a;
	assert_int_equal(afile_open(&a, at("big.csv"), "w"), 0);
	for (int i = 0; i < 2000; i++)
		fputs("0123456789", a.f);
	int rc = afile_commit(&a);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, prev);
	assert_int_equal(rc, -1);
	/* the write's own errno, not stdio's bare error flag taken for EIO */
	if (!strstr(err_msg(), "cannot write") || !strstr(err_msg(), strerror(EFBIG)))
		fail_msg("wanted EFBIG's message in '%s'", err_msg());
	assert_string_equal(slurp(at("big.csv")), "old\n");
	assert_int_equal(entries(), before);
}

/* The journal (afile_protect) is never replaced, by any name; forgotten, it may be again. */
static void test_protected_file(void **state)
{
	(void)state;
	FILE *j = afile_append(at("j.rr"), 0666);
	assert_non_null(j);
	fputs("show\n", j);
	fflush(j);
	assert_int_equal(link(at("j.rr"), at("j-hard.rr")), 0);
	afile_protect(fileno(j), "this session's journal ('j.rr')");
	int before = entries();
	assert_int_equal(awrite(at("j.rr"), "x\n"), -1);
	assert_non_null(strstr(err_msg(), "it is this session's journal ('j.rr')"));
	assert_int_equal(awrite(at("j-hard.rr"), "x\n"), -1);
	assert_non_null(strstr(err_msg(), "it is this session's journal"));
	assert_int_equal(entries(), before);
	assert_string_equal(slurp(at("j.rr")), "show\n");
	afile_protect(-1, NULL);
	assert_int_equal(awrite(at("j.rr"), "x\n"), 0);
	err_take_note();   /* the hard-link warning */
	fclose(j);
	unlink(at("j.rr"));
	unlink(at("j-hard.rr"));
}

/* A legal file name of 250 bytes is written: the temporary name's suffix must not take it
 * past NAME_MAX ("File name too long"). */
static void test_long_name(void **state)
{
	(void)state;
	char name[251];
	memset(name, 'a', 246);
	strcpy(name + 246, ".rrm");
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	int before = entries();
	if (awrite(path, "long\n") != 0)
		fail_msg("%s", err_msg());
	assert_string_equal(slurp(path), "long\n");
	assert_int_equal(entries(), before + 1);
	unlink(path);
}

/* A program is not replaced by an output (t21: gen over a running binary made it an
 * executable CSV); a data file with execute bits is, without them. */
static void test_programs_refused(void **state)
{
	(void)state;
	put_file(at("tool.sh"), "#!/bin/sh\necho hi\n");
	assert_int_equal(chmod(at("tool.sh"), 0755), 0);
	refused(at("tool.sh"), "it is a program");
	assert_string_equal(slurp(at("tool.sh")), "#!/bin/sh\necho hi\n");
	/* the same script without an execute bit is a text file like any other */
	assert_int_equal(chmod(at("tool.sh"), 0644), 0);
	assert_int_equal(awrite(at("tool.sh"), "a,b\n"), 0);
	/* a running program, whatever its first bytes */
	char cmd[512];
	snprintf(cmd, sizeof cmd, "cp /bin/sleep '%s'", at("busy"));
	assert_int_equal(system(cmd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		execl(at("busy"), "busy", "5", (char *)NULL);
		_exit(127);
	}
	usleep(200000);
	refused(at("busy"), "program");
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	/* an executable CSV (a vfat mount marks every file so) is replaced, its x bits dropped */
	put_file(at("x.csv"), "old\n");
	assert_int_equal(chmod(at("x.csv"), 0754), 0);
	assert_int_equal(awrite(at("x.csv"), "new\n"), 0);
	struct stat st;
	assert_int_equal(lstat(at("x.csv"), &st), 0);
	assert_int_equal(st.st_mode & 07777, 0644);
	const char *made[] = {"tool.sh", "busy", "x.csv"};
	for (size_t k = 0; k < sizeof made / sizeof *made; k++)
		assert_int_equal(0, unlink(at(made[k])));
}

/* What a fatal signal's handler calls: the open afiles' temporary files go, and the afiles
 * can still be given up after (t21: a closed terminal left a 35 MB PATH.XXXXXX.tmp). */
static void test_unlink_temps(void **state)
{
	(void)state;
	int before = entries();
	rr_afile a, b;
	assert_int_equal(afile_open(&a, at("one.csv"), "w"), 0);
	assert_int_equal(afile_open(&b, at("two.csv"), "w"), 0);
	fputs("partial\n", a.f);
	assert_int_equal(entries(), before + 2);
	afile_unlink_temps();
	assert_int_equal(entries(), before);
	afile_abort(&a);
	afile_abort(&b);
	/* a committed file is no temporary file any more: a later handler leaves it be */
	assert_int_equal(awrite(at("kept.csv"), "kept\n"), 0);
	afile_unlink_temps();
	assert_string_equal(slurp(at("kept.csv")), "kept\n");
	assert_int_equal(unlink(at("kept.csv")), 0);
}

/* A file kept open for a session (the prompt's history): what is put in its place later is
 * said, never opened through (t21: a link was written through, a FIFO hung the prompt). */
static void test_still_the_file(void **state)
{
	(void)state;
	FILE *f = afile_append(at("hist"), 0600);
	assert_non_null(f);
	fputs("one\n", f);
	fflush(f);
	assert_int_equal(afile_still(fileno(f), at("hist")), 0);
	int r = afile_reopen_read(fileno(f), at("hist"));
	assert_true(r >= 0);
	close(r);
	put_file(at("victim"), "secret\n");
	const char *want[] = {"is now a symbolic link", "is now a FIFO", "is now another file",
			      "is gone"};
	for (int k = 0; k < 4; k++) {
		unlink(at("hist"));
		if (k == 0)
			assert_int_equal(symlink(at("victim"), at("hist")), 0);
		else if (k == 1)
			assert_int_equal(mkfifo(at("hist"), 0600), 0);   /* no writer: must not wait */
		else if (k == 2)
			put_file(at("hist"), "other\n");
		assert_int_equal(afile_still(fileno(f), at("hist")), -1);
		if (!strstr(err_msg(), want[k]))
			fail_msg("wanted '%s' in '%s'", want[k], err_msg());
		assert_int_equal(afile_reopen_read(fileno(f), at("hist")), -1);
	}
	assert_int_equal(fclose(f), 0);
	assert_string_equal(slurp(at("victim")), "secret\n");
	assert_int_equal(unlink(at("victim")), 0);
}

/* One test decides what is compressed, whatever the suffix's case (t21: .GZ was plain text). */
static void test_gz_name(void **state)
{
	(void)state;
	assert_true(afile_gz_name("r.csv.gz"));
	assert_true(afile_gz_name("r.csv.GZ"));
	assert_true(afile_gz_name("dir/r.Gz"));
	assert_false(afile_gz_name(".gz"));
	assert_false(afile_gz_name("r.csv"));
	assert_false(afile_gz_name("r.tgz"));
}

/* Write n bytes to path through afile in mode: the result of the commit (or of the open). */
static int awrite_mode(const char *path, const char *mode, const void *bytes, size_t n)
{
	rr_afile a;
	if (afile_open(&a, path, mode) != 0)
		return -1;
	fwrite(bytes, 1, n, a.f);
	return afile_commit(&a);
}

/* The whole of path into buf (at most size bytes); its length. */
static size_t read_all(const char *path, unsigned char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	size_t n = fread(buf, 1, size, f);
	fclose(f);
	return n;
}

/* path is refused for mode, and what is there is byte for byte as before, the message saying
 * what it holds. */
static void refused_kept(const char *path, const char *mode, const char *holds)
{
	unsigned char before[8192], after[8192];
	size_t n = read_all(path, before, sizeof before);
	assert_int_equal(awrite_mode(path, mode, "new\n", 4), -1);
	const char *m = err_msg();
	assert_non_null(strstr(m, holds));
	assert_non_null(strstr(m, "remove it first"));
	assert_int_equal(read_all(path, after, sizeof after), n);
	assert_memory_equal(before, after, n);
}

/* t44 #3: a save replaced a CSV export just written, a README and a data set's .csv.gz with a
 * model. An existing file is replaced only by an output of its own kind: a model by a save, a
 * PNG by a PNG, text or relrec's own gzip by an export; nothing replaces gzip relrec did not
 * write, a PDF, a ZIP or binary data; an empty file by anything. */
static void test_only_its_own_kind_replaced(void **state)
{
	(void)state;
	static const unsigned char model[] = "RELRECM\0\3\0\0\0rest of a model";
	static const unsigned char gz[] = {0x1f, 0x8b, 8, 8, 0, 0, 0, 0, 0, 3, 'd', 0, 1, 2, 3};
	/* a chart's PNG: its header chunk's start, then relrec's mark (chart_check) */
	static const unsigned char png[] = "\x89PNG\r\n\x1a\n\0\0\0\0IHDR\0\0\0\0"
					   "\0\0\0\x0ftEXtSoftware\0relrec\0\0\0\0";
	int had = entries();
	put_file(at("export.csv"), "\"customer\",\"rank\"\n\"12000\",1\n");
	put_file(at("README.md"), "# notes\n");
	FILE *f = fopen(at("data.csv.gz"), "wb");
	assert_non_null(f);
	fwrite(gz, 1, sizeof gz, f);
	fclose(f);
	refused_kept(at("export.csv"), "wbm", "it holds text, not a relrec model");
	refused_kept(at("README.md"), "wbm", "it holds text");
	refused_kept(at("data.csv.gz"), "wbm", "gzip-compressed data relrec did not write");
	refused_kept(at("data.csv.gz"), "wbz", "gzip-compressed data relrec did not write");
	refused_kept(at("export.csv"), "wbp", "it holds text, not a PNG image");
	/* a save over an older model; an export over it refused */
	assert_int_equal(awrite_mode(at("m.rrm"), "wbm", model, sizeof model), 0);
	assert_int_equal(awrite_mode(at("m.rrm"), "wbm", model, sizeof model), 0);
	refused_kept(at("m.rrm"), "wb", "it holds a relrec model, not text");
	refused_kept(at("m.rrm"), "wbz", "it holds a relrec model");
	/* an export over an older export, plain and gzip, marked as relrec's */
	assert_int_equal(awrite_mode(at("export.csv"), "wb", "a,b\n", 4), 0);
	assert_int_equal(awrite_mode(at("r.csv.gz"), "wbz", "a,b\n", 4), 0);
	assert_int_equal(awrite_mode(at("r.csv.gz"), "wbz", "c,d\n", 4), 0);
	refused_kept(at("r.csv.gz"), "wbm", "a gzip file relrec wrote, not a relrec model");
	/* a chart over an older chart; binary data kept from every writer */
	assert_int_equal(awrite_mode(at("c.png"), "wbp", png, sizeof png), 0);
	assert_int_equal(awrite_mode(at("c.png"), "wbp", png, sizeof png), 0);
	refused_kept(at("c.png"), "wb", "a PNG image");
	put_file(at("doc.pdf"), "%PDF-1.4\n");
	refused_kept(at("doc.pdf"), "wb", "a PDF document");
	f = fopen(at("blob"), "wb");
	assert_non_null(f);
	fwrite("ab\0cd", 1, 5, f);
	fclose(f);
	refused_kept(at("blob"), "wb", "binary data");
	/* an empty file holds nothing to lose */
	put_file(at("empty"), "");
	assert_int_equal(awrite_mode(at("empty"), "wbm", model, sizeof model), 0);
	const char *kept[] = {"export.csv", "README.md", "data.csv.gz", "m.rrm", "r.csv.gz",
			      "c.png", "doc.pdf", "blob", "empty"};
	for (size_t k = 0; k < sizeof kept / sizeof *kept; k++)
		assert_int_equal(0, unlink(at(kept[k])));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* A chart replaces only its own older self, by relrec's mark (t44 #3 let a PNG chart replace any
 * PNG, an SVG chart any text): an SVG whose line after the XML declaration (or first line) is
 * RR_SVG_MARK, a PNG with RR_PNG_MARK's tEXt chunk before its image data, an SVG an older
 * relrec drew (its text layer last). A README, an SVG or a PNG another program drew, relrec's
 * gzip and a PNG under an SVG's name are kept, byte for byte, the message quoting the line
 * that is not relrec's. */
static void test_chart_own_self(void **state)
{
	(void)state;
	static const char svg[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" RR_SVG_MARK
				  "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
	static const unsigned char marked[] = "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR0123456789abc1234"
					      "\0\0\0\x0ftEXtSoftware\0relrec1234\0\0\0\0IDAT";
	static const unsigned char other[] = "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR0123456789abc1234"
					     "\0\0\0\x0etEXtSoftware\0GIMP1234\0\0\0\0IDAT";
	/* a mark after the image data is no chart's (cairo writes none there) */
	static const unsigned char late[] = "\x89PNG\r\n\x1a\n\0\0\0\0IDAT1234"
					    "\0\0\0\x0ftEXtSoftware\0relrec1234";
	int had = entries();
	/* its older self, SVG and PNG, and an SVG of the mark alone: replaced */
	assert_int_equal(awrite_mode(at("c.svg"), "wbs", svg, sizeof svg - 1), 0);
	assert_int_equal(awrite_mode(at("c.svg"), "wbs", svg, sizeof svg - 1), 0);
	assert_int_equal(awrite_mode(at("c.svg"), "wbs", RR_SVG_MARK, sizeof RR_SVG_MARK - 1), 0);
	assert_int_equal(awrite_mode(at("c.svg"), "wbs", svg, sizeof svg - 1), 0);
	assert_int_equal(awrite_mode(at("c.png"), "wbp", marked, sizeof marked - 1), 0);
	assert_int_equal(awrite_mode(at("c.png"), "wbp", marked, sizeof marked - 1), 0);
	/* anything else: kept */
	put_file(at("README.svg"), "# notes\n");
	refused_kept(at("README.svg"), "wbs", "it holds text that is not this chart's older self "
		     "(its first line '# notes' is not the mark relrec's SVG charts carry");
	put_file(at("other.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
	refused_kept(at("other.svg"), "wbs", "its second line '<svg xmlns=");
	put_file(at("old.svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg>\n<!-- Generator: "
		 "relrec -->\n");
	refused_kept(at("old.svg"), "wbs", "not this chart's older self");
	/* an older relrec's chart, before the mark: told by its text layer, the last element */
	static const char older[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg width=\"960pt\">"
				    "\n<path d=\"M 0 0\"/>\n" RR_SVG_TEXT_LAYER "<text x=\"1\">a &lt;/g&gt;"
				    "</text>\n</g>\n</svg>\n";
	put_file(at("older.svg"), older);
	assert_int_equal(awrite_mode(at("older.svg"), "wbs", svg, sizeof svg - 1), 0);
	/* the layer not last, or no XML declaration: another program's */
	char doc[512];
	snprintf(doc, sizeof doc, "<?xml version=\"1.0\"?>\n<svg>\n%s</g>\n<g>\n</g>\n</svg>\n",
		 RR_SVG_TEXT_LAYER);
	put_file(at("layer.svg"), doc);
	refused_kept(at("layer.svg"), "wbs", "not this chart's older self");
	put_file(at("layer.svg"), older + strlen("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
	refused_kept(at("layer.svg"), "wbs", "its first line '<svg width=\"960pt\">'");
	assert_int_equal(awrite_mode(at("r.svg"), "wbz", "a,b\n", 4), 0);
	refused_kept(at("r.svg"), "wbs", "it holds a gzip file relrec wrote, not an SVG chart");
	refused_kept(at("c.png"), "wbs", "it holds a PNG image, not an SVG chart");
	refused_kept(at("c.svg"), "wbp", "it holds text, not a PNG image");
	const char *pngs[] = {"other.png", "late.png"};
	const unsigned char *bytes[] = {other, late};
	size_t sizes[] = {sizeof other - 1, sizeof late - 1};
	for (int k = 0; k < 2; k++) {
		FILE *f = fopen(at(pngs[k]), "wb");
		assert_non_null(f);
		fwrite(bytes[k], 1, sizes[k], f);
		fclose(f);
		refused_kept(at(pngs[k]), "wbp", "it holds a PNG image that is not this chart's older "
			     "self");
	}
	/* an export over a chart, and a chart's SVG over an export: neither */
	refused_kept(at("c.svg"), "wbe", "not this export's older self");
	const char *made[] = {"c.svg", "c.png", "README.svg", "other.svg", "old.svg", "r.svg",
			      "other.png", "late.png", "older.svg", "layer.svg"};
	for (size_t k = 0; k < sizeof made / sizeof *made; k++)
		assert_int_equal(0, unlink(at(made[k])));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* Write text to path as zlib's gzip with its bare header (no name, no time, Unix): what an
 * older relrec's exports were, and what gzip -n writes. */
static void put_bare_gz(const char *path, const char *text)
{
	unsigned char out[4096];
	z_stream z = {0};
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
	z.next_in = (unsigned char *)(uintptr_t)text;
	z.avail_in = (uInt)strlen(text);
	z.next_out = out;
	z.avail_out = sizeof out;
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(out, 1, sizeof out - z.avail_out, f);
	fclose(f);
	deflateEnd(&z);
	assert_int_equal(out[3], 0);   /* no flag: no name, no comment */
	assert_int_equal(out[9], 3);
}

/* t45 N1: an older relrec's .csv.gz export, written before the header's "relrec" comment, was
 * refused to its own re-run. An export (mode 'e') replaces it when it writes the same header
 * line; an export of other columns, gen's data (no 'e') and a save do not, and a data set
 * compressed with gzip -n (the same bare header) is kept from any export of another header. */
static void test_older_export_replaced(void **state)
{
	(void)state;
	static const char head[] = "customer,rank,stock_code\n";
	int had = entries();
	put_bare_gz(at("old.csv.gz"), "customer,rank,stock_code\n12000,1,85123A\n");
	assert_int_equal(awrite_mode(at("old.csv.gz"), "wbze", "customer,rank,stock_code\n1,1,2\n",
				     strlen(head) + 6), 0);
	unsigned char b[64];
	assert_true(read_all(at("old.csv.gz"), b, sizeof b) > 16);
	assert_int_equal(b[3], 0x10);   /* now relrec's: its comment */
	put_bare_gz(at("old.csv.gz"), "customer,rank,stock_code\n12000,1,85123A\n");
	refused_kept(at("old.csv.gz"), "wbze", "gzip-compressed data relrec did not write");
	refused_kept(at("old.csv.gz"), "wbz", "gzip-compressed data relrec did not write");
	refused_kept(at("old.csv.gz"), "wbm", "gzip-compressed data relrec did not write");
	/* a data set by gzip -n: its header line is no export's */
	put_bare_gz(at("data.csv.gz"), "InvoiceNo,StockCode,Quantity\n536365,85123A,6\n");
	refused_kept(at("data.csv.gz"), "wbze", "gzip-compressed data relrec did not write");
	assert_int_equal(0, unlink(at("old.csv.gz")));
	assert_int_equal(0, unlink(at("data.csv.gz")));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* t57 F3: a gzip export, and gen, replace text or relrec's own gzip only when it is their own
 * older self (its first line the header they write): the campaign list just exported is
 * kept from `export rules` of the same name, a README.gz of notes from an export, a plain
 * CSV named .csv.gz from a data set; the same export's re-run replaces it. */
static void test_gz_export_own_self(void **state)
{
	(void)state;
	int had = entries();
	assert_int_equal(awrite_mode(at("top.csv.gz"), "wbze", "customer,rank\n1,1\n", 18), 0);
	refused_kept(at("top.csv.gz"), "wbze", "relrec's gzip-compressed output of another kind");
	assert_int_equal(awrite_mode(at("top.csv.gz"), "wbze", "customer,rank\n2,1\n", 18), 0);
	put_file(at("README.gz"), "my notes\n");
	refused_kept(at("README.gz"), "wbze", "text that is not this export's older self");
	put_file(at("notes.md"), "# notes\nimportant\n");
	refused_kept(at("notes.md"), "wbe", "text that is not this export's older self");
	assert_int_equal(0, unlink(at("top.csv.gz")));
	assert_int_equal(0, unlink(at("README.gz")));
	assert_int_equal(0, unlink(at("notes.md")));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* t60 F1: gen replaces only a file of its own rows, plain or gzip: not an Online Retail data
 * set, whose header line is gen's own (that line alone was the test), nor gen's file with a
 * row of real data in it; its own older self is replaced. */
static void test_gen_replaces_only_its_own(void **state)
{
	(void)state;
	static const char real[] = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
				   "CustomerID,Country\n536365,85123A,WHITE HANGING HEART T-LIGHT "
				   "HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n";
	int had = entries();
	const char *names[] = {"real.csv", "real.csv.gz"};
	for (int k = 0; k < 2; k++) {
		if (k)
			put_bare_gz(at(names[k]), real);
		else
			put_file(at(names[k]), real);
		struct stat before, after;
		assert_int_equal(0, stat(at(names[k]), &before));
		assert_int_equal(-1, gen_write_file(at(names[k]), 10, 1, NULL));
		assert_non_null(strstr(err_msg(), "gen did not write"));
		assert_int_equal(0, stat(at(names[k]), &after));
		assert_int_equal(before.st_size, after.st_size);
		assert_int_equal(0, unlink(at(names[k])));
	}
	assert_int_equal(0, gen_write_file(at("g.csv"), 300, 1, NULL));
	assert_int_equal(0, gen_write_file(at("g.csv"), 20, 2, NULL));   /* its older self */
	assert_int_equal(0, gen_write_file(at("g.csv.gz"), 3000, 1, NULL));
	assert_int_equal(0, gen_write_file(at("g.csv.gz"), 20, 2, NULL));
	/* gen's rows with one of the data set's among them */
	FILE *f = fopen(at("g.csv"), "a");
	assert_non_null(f);
	fputs(strchr(real, '\n') + 1, f);
	fclose(f);
	assert_int_equal(-1, gen_write_file(at("g.csv"), 20, 2, NULL));
	assert_int_equal(0, unlink(at("g.csv")));
	assert_int_equal(0, unlink(at("g.csv.gz")));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* t62 F3 F18: what gen cannot verify is refused, nothing replaced: a first row longer than
 * the 16 KB it reads, the header and one real row with no final newline (no row was judged),
 * the header alone, a real data set with CR-only or CRLF line ends (said as such, not as an
 * export's refusal after gen's work); gen's own file, its last newline gone, is still its own. */
static void test_gen_refuses_what_it_cannot_verify(void **state)
{
	(void)state;
	static const char head[] = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,"
				   "CustomerID,Country\n";
	static const char row[] = "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 "
				  "8:26,2.55,17850,United Kingdom\n";
	char *big = malloc(40000), *text = malloc(50000);
	assert_non_null(big);
	assert_non_null(text);
	memset(big, 'x', 17500);
	big[17500] = 0;
	int had = entries();
	struct {
		const char *name, *why;
	} cases[] = {
		{"long.csv", "longer than the 16 KB"}, {"one.csv", "line 2 is no row gen makes"},
		{"head.csv", "header line and no row"}, {"cr.csv", "carriage return alone"},
		{"crlf.csv", "a carriage return and a line feed"},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		if (k == 0)
			snprintf(text, 50000, "%s536365,85123A,%s,6,12/1/2010 8:26,2.55,17850,United "
				 "Kingdom\n%s", head, big, row);
		else if (k == 1)
			snprintf(text, 50000, "%s%.*s", head, (int)strlen(row) - 1, row);
		else if (k == 2)
			snprintf(text, 50000, "%s", head);
		else
			snprintf(text, 50000, "%s%s%s", head, row, row);
		for (char *c = text, *to = big; k >= 3 && (*to = *c) != 0; c++, to++) {
			if (*c == '\n' && k == 3)   /* every line feed a CR, or a CR before it */
				*to = '\r';
			else if (*c == '\n')
				*to++ = '\r', *to = '\n';
		}
		put_file(at(cases[k].name), k >= 3 ? big : text);
		struct stat before, after;
		assert_int_equal(0, stat(at(cases[k].name), &before));
		assert_int_equal(-1, gen_write_file(at(cases[k].name), 10, 1, NULL));
		assert_non_null(strstr(err_msg(), cases[k].why));
		assert_null(strstr(err_msg(), "export"));
		assert_int_equal(0, stat(at(cases[k].name), &after));
		assert_int_equal(before.st_size, after.st_size);
		assert_int_equal(0, unlink(at(cases[k].name)));
	}
	/* gen's own rows, the file's last newline gone: the last line is judged as a row */
	assert_int_equal(0, gen_write_file(at("g.csv"), 5, 1, NULL));
	struct stat st;
	assert_int_equal(0, stat(at("g.csv"), &st));
	assert_int_equal(0, truncate(at("g.csv"), st.st_size - 1));
	assert_int_equal(0, gen_write_file(at("g.csv"), 5, 2, NULL));
	assert_int_equal(0, unlink(at("g.csv")));
	assert_int_equal(entries(), had);   /* no temporary file left */
	free(big);
	free(text);
}

/* An export whose header line is known at the open (afile_open_export) is refused there,
 * before its work, by a text file that is not its older self and by an older relrec's gzip
 * export of another header line, nothing created; its older self is replaced; and a file
 * that changes into another between the open and the commit is still refused at the commit. */
static void test_export_refused_at_open(void **state)
{
	(void)state;
	static const char head[] = "\"customer\",\"rank\"\r\n";
	int had = entries();
	rr_afile a;
	put_file(at("README"), "hi\n");
	assert_int_equal(-1, afile_open_export(&a, at("README"), "wbe", head, 0));
	assert_non_null(strstr(err_msg(), "not this export's older self"));
	assert_non_null(strstr(err_msg(), "'hi'"));
	assert_int_equal(entries(), had + 1);   /* README alone: no temporary file */
	put_bare_gz(at("old.csv.gz"), "stock_code,rank\n85123A,1\n");
	assert_int_equal(-1, afile_open_export(&a, at("old.csv.gz"), "wbze", head, 0));
	assert_non_null(strstr(err_msg(), "gzip-compressed data relrec did not write"));
	/* its older self: opened, replaced */
	put_file(at("e.csv"), "\"customer\",\"rank\"\r\n\"12000\",1\r\n");
	assert_int_equal(0, afile_open_export(&a, at("e.csv"), "wbe", head, 0));
	fputs(head, a.f);
	assert_int_equal(0, afile_commit(&a));
	/* changed meanwhile: the commit refuses */
	assert_int_equal(0, afile_open_export(&a, at("e.csv"), "wbe", head, 0));
	fputs(head, a.f);
	put_file(at("e.csv"), "InvoiceNo,StockCode\n");
	assert_int_equal(-1, afile_commit(&a));
	assert_non_null(strstr(err_msg(), "'InvoiceNo,StockCode'"));
	const char *made[] = {"README", "old.csv.gz", "e.csv"};
	for (size_t k = 0; k < sizeof made / sizeof *made; k++)
		assert_int_equal(0, unlink(at(made[k])));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* t78 F8: an export whose last columns follow the model's classes (recommendations' p_low,
 * p_high) replaces its older self of other classes, told by its first columns, the kind, at
 * the open and at the commit, plain or gzip; an export of other first columns, or of the
 * same ones running on (score, scores), is still refused */
static void test_export_kind_columns(void **state)
{
	(void)state;
	static const char head[] = "\"customer\",\"rank\",\"score\",\"p_low\",\"p_high\"\r\n";
	const size_t kind = strlen("\"customer\",\"rank\",\"score\",");
	const char *const names[] = {"e.csv", "e.csv.gz"};
	int had = entries();
	rr_afile a;
	for (int z = 0; z < 2; z++) {
		const char *mode = z ? "wbze" : "wbe", *p = at(names[z]);
		/* the older self, written before a train: no p_ columns */
		assert_int_equal(0, afile_open_export(&a, p, mode,
						      "\"customer\",\"rank\",\"score\",\"reason\"\r\n", 0));
		fputs("\"customer\",\"rank\",\"score\",\"reason\"\r\n\"C1\",1,0.5,\"x\"\r\n", a.f);
		assert_int_equal(0, afile_commit(&a));
		assert_int_equal(-1, afile_open_export(&a, p, mode, head, 0));   /* the whole line */
		assert_int_equal(0, afile_open_export(&a, p, mode, head, kind));
		fputs(head, a.f);
		assert_int_equal(0, afile_commit(&a));
		/* another kind's first columns: refused at the open */
		assert_int_equal(-1, afile_open_export(&a, p, mode,
						      "\"customer\",\"rank\",\"country\"\r\n", 0));
		assert_int_equal(0, unlink(p));
	}
	/* the kind ends at its comma: a file whose column runs on is another's */
	put_file(at("e.csv"), "\"customer\",\"rank\",\"scores\"\r\n");
	assert_int_equal(-1, afile_open_export(&a, at("e.csv"), "wbe", head, kind));
	assert_non_null(strstr(err_msg(), "not this export's older self"));
	assert_int_equal(0, unlink(at("e.csv")));
	assert_int_equal(entries(), had);   /* no temporary file left */
}

/* t30 F11: a name a shell would expand (~/, $NAME/, ${NAME}) that fails to open says that
 * relrec expands none, for reads and writes alike; other names, and a `$` inside a name,
 * get the plain message; such a name that exists here opens as written. */
static void test_shell_names_hinted(void **state)
{
	(void)state;
	static const char hint[] = "(relrec opens names as written: it expands no ~ or $VAR; "
				   "write the full path)";
	char cwd[4096];
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(0, chdir(dir));
	static const struct { const char *name; int hinted; } names[] = {
		{"~/x.csv", 1}, {"$HOME/x.csv", 1}, {"${HOME}/x.csv", 1}, {"data/$D/x.csv", 1},
		{"$_/x.csv", 1}, {"missing.csv", 0}, {"sales$Q1.csv", 0}, {"$5.csv", 0},
		{"no-dir/x.csv", 0},
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *n = names[i].name;
		assert_int_equal(-1, afile_open_read(n));
		assert_non_null(strstr(err_msg(), "No such file or directory"));
		assert_int_equal(names[i].hinted, strstr(err_msg(), hint) != NULL);
		rr_afile a;
		if (strchr(n, '/')) {   /* a write into a directory that is not there */
			assert_int_equal(-1, afile_open(&a, n, "wb"));
			assert_int_equal(names[i].hinted, strstr(err_msg(), hint) != NULL);
			assert_null(afile_append(n, 0644));
			assert_int_equal(names[i].hinted, strstr(err_msg(), hint) != NULL);
		}
	}
	/* "ENOTDIR": a component that is a file */
	put_file("~", "");
	assert_int_equal(-1, afile_open_read("~/x.csv"));
	assert_non_null(strstr(err_msg(), hint));
	/* a directory really named ~ holds the file: opened as written */
	assert_int_equal(0, unlink("~"));
	assert_int_equal(0, mkdir("~", 0700));
	put_file("~/x.csv", "a\n");
	int fd = afile_open_read("~/x.csv");
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(0, unlink("~/x.csv"));
	assert_int_equal(0, rmdir("~"));
	assert_int_equal(0, chdir(cwd));
}

/* Entries of the directory d that are not dot files. */
static int entries_of(const char *d)
{
	DIR *h = opendir(d);
	assert_non_null(h);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(h)))
		n += e->d_name[0] != '.';
	closedir(h);
	return n;
}

/* t43 #2: a directory of PATH switched between the open and the commit (cur -> A swapped to
 * cur -> B): the rename by name took B's planted file of the temporary name over B/out.csv,
 * and relrec's output stayed in A as an orphan .tmp. Now the commit refuses, B is untouched
 * and A holds no temporary file; a signal's clean-up removes A's file, not B's planted one. */
static void test_directory_switched(void **state)
{
	(void)state;
	assert_int_equal(mkdir(at("A"), 0700), 0);
	assert_int_equal(mkdir(at("B"), 0700), 0);
	assert_int_equal(symlink("A", at("cur")), 0);
	put_file(at("B/out.csv"), "precious B\n");
	for (int round = 0; round < 3; round++) {
		rr_afile a;
		assert_int_equal(afile_open(&a, at("cur/out.csv"), "w"), 0);
		fputs("relrec's output\n", a.f);
		const char *base = strrchr(a.tmp, '/') + 1;
		char planted[300];
		snprintf(planted, sizeof planted, "%s/B/%s", dir, base);
		put_file(planted, "attacker\n");
		assert_int_equal(unlink(at("cur")), 0);
		assert_int_equal(symlink("B", at("cur")), 0);
		if (round == 0) {
			assert_int_equal(afile_commit(&a), -1);
			assert_non_null(strstr(err_msg(), "its directory changed while relrec wrote it"));
		} else if (round == 1) {
			afile_abort(&a);
		} else {
			afile_unlink_temps();
			afile_abort(&a);
		}
		assert_string_equal(slurp(at("B/out.csv")), "precious B\n");
		assert_string_equal(slurp(planted), "attacker\n");   /* not relrec's to remove */
		assert_int_equal(entries_of(at("A")), 0);             /* no orphan .tmp */
		assert_int_equal(unlink(planted), 0);
		assert_int_equal(unlink(at("cur")), 0);
		assert_int_equal(symlink("A", at("cur")), 0);
	}
	/* the directory as it was: written as before */
	assert_int_equal(awrite(at("cur/out.csv"), "new\n"), 0);
	assert_string_equal(slurp(at("A/out.csv")), "new\n");
	assert_int_equal(entries_of(at("A")), 1);
	unlink(at("A/out.csv"));
	rmdir(at("A"));
	unlink(at("B/out.csv"));
	rmdir(at("B"));
	unlink(at("cur"));
}

/* t79 F12: a model the session opened from outside, then saved over, is what a journal's open
 * of it would read no more; one the session saved before it opened it is its own (the journal
 * names it by that save, which a replay makes again); another name is no opened model. */
static void test_opened_model(void **state)
{
	(void)state;
	static const char model[] = "RELRECM\0\3\0\0\0an outside model";
	FILE *f = fopen(at("outside.rrm"), "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(model, 1, sizeof model, f), sizeof model);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(afile_opened_model(at("outside.rrm")), 0);   /* not read yet */
	int fd = open(at("outside.rrm"), O_RDONLY);
	assert_true(fd >= 0);
	afile_guard_input(fd, at("outside.rrm"), "a model this session opened", 1);
	close(fd);
	assert_int_equal(afile_opened_model(at("outside.rrm")), 1);
	/* replaced by a save, it stays the name the journal's open reads */
	assert_int_equal(awrite_mode(at("outside.rrm"), "wbm", model, sizeof model), 0);
	assert_int_equal(afile_opened_model(at("outside.rrm")), 1);
	/* saved, then opened: the session's own */
	assert_int_equal(awrite_mode(at("own.rrm"), "wbm", model, sizeof model), 0);
	fd = open(at("own.rrm"), O_RDONLY);
	assert_true(fd >= 0);
	afile_guard_input(fd, at("own.rrm"), "a model this session opened", 1);
	close(fd);
	assert_int_equal(afile_opened_model(at("own.rrm")), 0);
	/* a data file read is no model; a name never read neither */
	put_file(at("data.csv"), "a,b\n");
	fd = open(at("data.csv"), O_RDONLY);
	assert_true(fd >= 0);
	afile_guard_input(fd, at("data.csv"), "the data", 0);
	close(fd);
	assert_int_equal(afile_opened_model(at("data.csv")), 0);
	assert_int_equal(afile_opened_model(at("none.rrm")), 0);
	assert_int_equal(afile_opened_model(NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_append),
		cmocka_unit_test(test_new_and_replaced),
		cmocka_unit_test(test_owner_kept_as_root),
		cmocka_unit_test(test_refuses_what_is_not_a_regular_file),
		cmocka_unit_test(test_planted_temporary_names),
		cmocka_unit_test(test_hard_links_warned),
		cmocka_unit_test(test_write_error_keeps_old),
		cmocka_unit_test(test_protected_file),
		cmocka_unit_test(test_long_name),
		cmocka_unit_test(test_gz_name),
		cmocka_unit_test(test_only_its_own_kind_replaced),
		cmocka_unit_test(test_older_export_replaced),
		cmocka_unit_test(test_gz_export_own_self),
		cmocka_unit_test(test_chart_own_self),
		cmocka_unit_test(test_gen_replaces_only_its_own),
		cmocka_unit_test(test_gen_refuses_what_it_cannot_verify),
		cmocka_unit_test(test_programs_refused),
		cmocka_unit_test(test_unlink_temps),
		cmocka_unit_test(test_still_the_file),
		cmocka_unit_test(test_shell_names_hinted),
		cmocka_unit_test(test_export_refused_at_open),
		cmocka_unit_test(test_export_kind_columns),
		cmocka_unit_test(test_directory_switched),
		cmocka_unit_test(test_opened_model),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
