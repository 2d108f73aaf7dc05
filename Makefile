# relrec — build, test, benchmark.
# `make` builds ./relrec; `make test` runs every test and ends with "N passed, N failed".

CC      ?= cc
PKGS_CORE = zlib openblas cairo libutf8proc
PKGS_UI   = ncursesw readline
OPT     ?= -O2 -g
WARN    = -std=c11 -Wall -Wextra -pedantic
ifeq ($(CI),true)
WERROR  ?= -Werror
endif
# openblas' .pc adds -D_XOPEN_SOURCE=600; we take only its include path and set our own feature level.
BLAS_INC := $(shell pkg-config --cflags-only-I openblas)
CAIRO_INC := $(shell pkg-config --cflags-only-I cairo)
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(BLAS_INC) $(CAIRO_INC)
CFLAGS  += $(OPT) $(WARN) $(WERROR) -pthread $(EXTRA_CFLAGS)
LDLIBS_CORE := $(shell pkg-config --libs $(PKGS_CORE)) -llapacke -lcsv -lm -pthread
LDLIBS_UI   := $(shell pkg-config --libs $(PKGS_UI))
BUILD   ?= build
# The version's one home is the first line of debian/changelog, "relrec (VERSION) ...";
# ui/main.c gets it as RELREC_VERSION and `make install` writes it into the man page.
VERSION := $(shell sed -n '1s/^relrec .\([0-9A-Za-z.+~:-]*\).*/\1/p' debian/changelog)
ifeq ($(VERSION),)
$(error cannot read the version from the first line of debian/changelog)
endif

SRC     := $(sort $(wildcard src/*.c))
UISRC   := $(sort $(wildcard ui/*.c))
OBJ     := $(SRC:%.c=$(BUILD)/%.o)
UIOBJ   := $(UISRC:%.c=$(BUILD)/%.o)
TESTSRC := $(sort $(wildcard tests/unit/test_*.c))
TESTBIN := $(TESTSRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB     := $(BUILD)/librelrec.a
BIN     ?= relrec

PREFIX  ?= /usr/local

.PHONY: all test check-core check-asan check-tsan check-pkg differential fuzz bench bench-scale install deb clean unit print-cppflags
all: $(BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(UIOBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(UIOBJ) $(LIB) $(LDLIBS_UI) $(LDLIBS_CORE) $(LDFLAGS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Itests/unit -o $@ $< $(LIB) -lcmocka $(LDLIBS_CORE) $(LDFLAGS)

BENCHSRC := $(sort $(wildcard bench/*.c))
BENCHBIN := $(BENCHSRC:bench/%.c=$(BUILD)/bench/%)
$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIB) $(LDLIBS_CORE) $(LDFLAGS)

# a pure piece of the workbench, compiled into its test (ui/ is not in the library)
$(BUILD)/tests/test_ticks: ui/ticks.c ui/ticks.h
$(BUILD)/tests/test_histfmt: ui/histfmt.c ui/histfmt.h
$(BUILD)/tests/test_listfind: ui/listfind.c ui/listfind.h
$(BUILD)/tests/test_colfit: ui/colfit.c ui/colfit.h
$(BUILD)/tests/test_esckeys: ui/esckeys.c ui/esckeys.h

unit: $(TESTBIN)

# The engine's walls (tests/layers/run_layers.sh, also part of `make test`): every src/*.c compiles
# with curses and readline headers poisoned, and no file includes one of a higher layer
# (tests/layers/layers.txt: util < data < model < commands < ui). Then the engine alone builds.
TEST_ENV = RELREC_CPPFLAGS='$(CPPFLAGS)' CC='$(CC)'
check-core:
	@out=$$($(TEST_ENV) sh tests/layers/run_layers.sh); echo "$$out"; ! echo "$$out" | grep -q '^not ok'
	$(MAKE) $(LIB)

print-cppflags:
	@echo '$(CPPFLAGS)'

# tests/run.sh runs the jobs JOBS at a time (default: nproc), and the suites that mostly wait
# WAIT_JOBS at a time beside them (default 3); CI=true makes unexplained skips fail.
test: $(BIN) $(TESTBIN)
	@$(TEST_ENV) RELREC=./$(BIN) BUILD=$(BUILD) sh tests/run.sh

# The Debian package end to end (tests/pkg/run_pkg.sh, as root): make deb, lintian, apt-get
# install, the installed program run from elsewhere, apt-get purge. Not part of `make test`,
# which does not touch the system's packages; CI runs both.
check-pkg:
	@RELREC_PKG=1 $(TEST_ENV) RELREC=./$(BIN) BUILD=$(BUILD) sh tests/run.sh tests/pkg/

# The differential test (tests/differential/differential.sh): OLD, a git revision, built in a
# worktree under build/differential, and this tree's relrec read N files fresh from gen.py
# (seed SEED); each file's figures are judged against its truth, old beside new, and a
# regression (old right, new wrong) fails. Needs python3; not part of `make test`, whose
# tests/differential/run_truth.sh reads a checked-in corpus instead.
N    ?= 200
SEED ?= 1
differential: $(BIN)
	@RELREC=./$(BIN) sh tests/differential/differential.sh "$(OLD)" "$(N)" "$(SEED)"

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer, in its own build tree.
ASAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
check-asan:
	$(MAKE) BUILD=build-asan BIN=build-asan/relrec OPT="-O1 -g" \
	  EXTRA_CFLAGS="$(ASAN_FLAGS)" LDFLAGS="$(ASAN_FLAGS)" build-asan/relrec unit
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	  RELREC_ASAN=1 $(TEST_ENV) RELREC=./build-asan/relrec BUILD=build-asan sh tests/run.sh

# The engine's threads under ThreadSanitizer, in its own build tree: one session through every
# part that runs on more than one thread (tests/tsan/tsan_session.sh); any report fails.
TSAN_FLAGS = -fsanitize=thread
check-tsan:
	$(MAKE) BUILD=build-tsan BIN=build-tsan/relrec OPT="-O1 -g" \
	  EXTRA_CFLAGS="$(TSAN_FLAGS)" LDFLAGS="$(TSAN_FLAGS)" build-tsan/relrec
	sh tests/tsan/tsan_session.sh ./build-tsan/relrec

# libFuzzer harnesses (clang): CSV ingest, the command language and model files, FUZZ_TIME
# seconds each (FUZZ_HARNESSES=modelfile for one).
# Seeds come from tests/fuzz/corpus_*; what the fuzzer learns stays in build-fuzz/. An ingest
# input's first byte picks the load's options (fuzz_ingest.c), so each seed file is given as a
# lenient ('0'), a strict ('1'), a header-less ('2') load and one with a map by name (byte
# 0xB0), and an execution is one load:
# three loads per input, every input under each mode, ran 436 inputs/s where the chosen mode
# runs 865 (60 s from the seeds, side by side), and reached more code (cov 3,389 -> 3,487).
# Command inputs are capped at 384 bytes (about 8 lines): each line costs a command, and at 1 KB a
# grown corpus ran 750 inputs per CPU-second, at 384 bytes 1,350, with the same coverage.
FUZZ_TIME ?= 60
FUZZ_CC   ?= clang
FUZZ_SAN   = -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_HARNESSES = ingest cmd modelfile
fuzz:
	$(MAKE) BUILD=build-fuzz CC=$(FUZZ_CC) OPT="-O1 -g" \
	  EXTRA_CFLAGS="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" build-fuzz/librelrec.a
	@for h in $(FUZZ_HARNESSES); do \
	  $(FUZZ_CC) $(CPPFLAGS) -std=c11 -O1 -g -fsanitize=fuzzer $(FUZZ_SAN) -pthread \
	    -o build-fuzz/fuzz_$$h tests/fuzz/fuzz_$$h.c build-fuzz/librelrec.a $(LDLIBS_CORE) || exit 1; \
	  mkdir -p build-fuzz/corpus_$$h build-fuzz/crashes_$$h; \
	  if [ $$h = ingest ]; then \
	    for s in tests/fuzz/corpus_ingest/*; do for m in 0 1 2 260; do \
	      t=build-fuzz/corpus_ingest/seed$$m-$${s##*/}; \
	      [ -e $$t ] || { case $$m in 260) printf '\260' ;; *) printf $$m ;; esac; cat $$s; } >$$t; \
	    done; done; \
	  else cp -n tests/fuzz/corpus_$$h/* build-fuzz/corpus_$$h/ 2>/dev/null; fi; \
	  echo "== fuzz_$$h for $(FUZZ_TIME) s =="; \
	  case $$h in cmd) max_len=384 ;; *) max_len=65536 ;; esac; \
	  build-fuzz/fuzz_$$h -max_total_time=$(FUZZ_TIME) -max_len=$$max_len -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=build-fuzz/crashes_$$h/ -print_final_stats=1 build-fuzz/corpus_$$h \
	    2>build-fuzz/fuzz_$$h.log; rc=$$?; \
	  grep -E '^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss|SUMMARY|==[0-9]+==ERROR)' build-fuzz/fuzz_$$h.log | tail -4; \
	  grep -E 'cov: [0-9]+' -o build-fuzz/fuzz_$$h.log | tail -1; \
	  [ $$rc -eq 0 ] || { echo "fuzz_$$h found a crash: see build-fuzz/crashes_$$h and build-fuzz/fuzz_$$h.log"; exit 1; }; \
	done

bench: relrec $(BENCHBIN)
	@BUILD=$(BUILD) sh bench/run.sh

# The 30 M-row session of issue 15 (BENCH_SCALE_ROWS="..." for other sizes): see bench_scale.sh.
bench-scale: relrec $(BUILD)/bench/bench_session
	@BUILD=$(BUILD) sh bench/bench_scale.sh

# The installed binary finds the bundled dataset in $(DATADIR) (ui/main.c, RELREC_DATADIR).
# The stamp changes only when DATADIR or VERSION does, so `make install PREFIX=...` rebuilds main.o.
DATADIR  = $(PREFIX)/share/relrec
COMPDIR  = $(PREFIX)/share/bash-completion/completions
$(BUILD)/ui/main.o: CPPFLAGS += -DRELREC_DATADIR='"$(DATADIR)"' -DRELREC_VERSION='"$(VERSION)"'
$(BUILD)/ui/main.o: $(BUILD)/main.stamp
$(BUILD)/main.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(DATADIR) $(VERSION)' | cmp -s - $@ || echo '$(DATADIR) $(VERSION)' > $@
FORCE:

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(DATADIR) \
	  $(DESTDIR)$(COMPDIR)
	install -m 755 relrec $(DESTDIR)$(PREFIX)/bin/relrec
	sed '/^\.TH /s/"relrec"/"relrec $(VERSION)"/' man/relrec.1 > $(DESTDIR)$(PREFIX)/share/man/man1/relrec.1
	chmod 644 $(DESTDIR)$(PREFIX)/share/man/man1/relrec.1
	install -m 644 data/online_retail.csv.gz data/README.md $(DESTDIR)$(DATADIR)/
	install -m 644 completion/relrec.bash $(DESTDIR)$(COMPDIR)/relrec

# The Debian package, built by dpkg-buildpackage (debian/) in a copy of the tree under
# $(DEBDIR), whose parent directory receives what it writes; only the .deb is kept there.
DEBDIR  ?= $(BUILD)/deb
DEBJOBS ?= 2
DEBSRC   = LICENSE Makefile README.md completion data debian examples man src ui
deb:
	rm -rf $(DEBDIR)
	mkdir -p $(DEBDIR)/relrec-$(VERSION)
	cp -R $(DEBSRC) $(DEBDIR)/relrec-$(VERSION)/
	cd $(DEBDIR)/relrec-$(VERSION) && dpkg-buildpackage -b --no-sign -j$(DEBJOBS)
	rm -rf $(DEBDIR)/relrec-$(VERSION) $(DEBDIR)/*.buildinfo $(DEBDIR)/*.changes
	@ls $(DEBDIR)/*.deb

clean:
	rm -rf build build-asan build-fuzz relrec

-include $(OBJ:.o=.d) $(UIOBJ:.o=.d)
