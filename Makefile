# relrec — build, test, benchmark.
# `make` builds ./relrec; `make test` runs every test and ends with "N passed, N failed".

CC      ?= cc
PKGS_CORE = zlib openblas
PKGS_UI   = ncursesw readline
OPT     ?= -O2 -g
WARN    = -std=c11 -Wall -Wextra -pedantic
ifeq ($(CI),true)
WERROR  ?= -Werror
endif
# openblas' .pc adds -D_XOPEN_SOURCE=600; we take only its include path and set our own feature level.
BLAS_INC := $(shell pkg-config --cflags-only-I openblas)
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(BLAS_INC)
CFLAGS  += $(OPT) $(WARN) $(WERROR) -pthread $(EXTRA_CFLAGS)
LDLIBS_CORE := $(shell pkg-config --libs $(PKGS_CORE)) -llapacke -lcsv -lm -pthread
LDLIBS_UI   := $(shell pkg-config --libs $(PKGS_UI))
BUILD   ?= build

SRC     := $(sort $(wildcard src/*.c))
UISRC   := $(sort $(wildcard ui/*.c))
OBJ     := $(SRC:%.c=$(BUILD)/%.o)
UIOBJ   := $(UISRC:%.c=$(BUILD)/%.o)
TESTSRC := $(sort $(wildcard tests/unit/test_*.c))
TESTBIN := $(TESTSRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB     := $(BUILD)/librelrec.a

PREFIX  ?= /usr/local

.PHONY: all test check-core check-asan fuzz bench install clean unit
all: relrec

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

relrec: $(UIOBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(UIOBJ) $(LIB) $(LDLIBS_UI) $(LDLIBS_CORE) $(LDFLAGS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Itests/unit -o $@ $< $(LIB) -lcmocka $(LDLIBS_CORE) $(LDFLAGS)

BENCHSRC := $(sort $(wildcard bench/*.c))
BENCHBIN := $(BENCHSRC:bench/%.c=$(BUILD)/bench/%)
$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIB) $(LDLIBS_CORE) $(LDFLAGS)

unit: $(TESTBIN)

# The engine must build without curses or readline anywhere on its include path.
check-core:
	@! grep -rlE '#include *[<"](n?curses|ncursesw/|readline/)' src
	$(MAKE) $(LIB)

test: relrec $(TESTBIN)
	@RELREC=./relrec BUILD=$(BUILD) sh tests/run.sh

check-asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" relrec unit
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  RELREC=./build-asan/relrec-asan BUILD=build-asan sh tests/run.sh

bench: relrec $(BENCHBIN)
	@BUILD=$(BUILD) sh bench/run.sh

# The installed binary finds the bundled dataset in $(DATADIR) (ui/main.c, RELREC_DATADIR).
# The stamp changes only when DATADIR does, so `make install PREFIX=...` rebuilds main.o.
DATADIR  = $(PREFIX)/share/relrec
$(BUILD)/ui/main.o: CPPFLAGS += -DRELREC_DATADIR='"$(DATADIR)"'
$(BUILD)/ui/main.o: $(BUILD)/datadir.stamp
$(BUILD)/datadir.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
FORCE:

install: relrec
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(DATADIR)
	install -m 755 relrec $(DESTDIR)$(PREFIX)/bin/relrec
	install -m 644 man/relrec.1 $(DESTDIR)$(PREFIX)/share/man/man1/relrec.1
	install -m 644 data/online_retail.csv.gz data/README.md $(DESTDIR)$(DATADIR)/

clean:
	rm -rf build build-asan build-fuzz relrec

-include $(OBJ:.o=.d) $(UIOBJ:.o=.d)
