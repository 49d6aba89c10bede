# cnode build. `make` builds build/cnode and build/libcnode.a.
# `make demo` / `make test` also install missing Debian packages first (make deps).
# A sanitizer report makes cnode exit 86 under `make asan`, so no golden can match it.

CC       ?= cc
BUILD    ?= build
PKGS     := javascriptcoregtk-4.1 libuv icu-uc zlib libbrotlienc libbrotlidec libcrypto libssl
OPT      ?= -O2
WERROR   ?= -Werror
CFLAGS   += -std=c11 $(OPT) -g -Wall -Wextra $(WERROR) -Wno-unused-parameter \
            -D_GNU_SOURCE -Isrc -Iinclude -I$(BUILD)/gen \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

DEB_PKGS := libjavascriptcoregtk-4.1-dev libuv1-dev node-llhttp libssl-dev zlib1g-dev \
            libbrotli-dev libc-ares-dev libsqlite3-dev libnghttp2-dev libicu-dev pkg-config gcc make

LIB_JS   := $(shell cd lib && find . -name '*.js' | sed 's|^\./||' | LC_ALL=C sort)
RT_SRC   := $(wildcard src/runtime/*.c) $(wildcard src/bindings/*.c) $(wildcard src/esm/*.c)
# llhttp (Node's HTTP parser) is compiled from the C sources Debian's node-llhttp ships.
LLHTTP_DIR := /usr/share/llhttp
LLHTTP_OBJ := $(addprefix $(BUILD)/llhttp/,api.o http.o llhttp.o)
RT_OBJ   := $(RT_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/builtins_js.o $(LLHTTP_OBJ)
CFLAGS   += -I/usr/share/include/llhttp
HDRS     := $(wildcard src/*.h src/runtime/*.h src/bindings/*.h src/esm/*.h include/*.h)

.PHONY: all deps demo test test-only asan goldens bench clean format

all: $(BUILD)/cnode

$(BUILD)/js2c: tools/js2c.c src/runtime/builtins.h
	@mkdir -p $(@D)
	$(CC) -O2 -Isrc -o $@ $<

$(BUILD)/gen/builtins_js.c: $(BUILD)/js2c $(addprefix lib/,$(LIB_JS))
	@mkdir -p $(@D)
	$(BUILD)/js2c $@ lib $(LIB_JS)

$(BUILD)/gen/builtins_js.o: $(BUILD)/gen/builtins_js.c src/runtime/builtins.h
	$(CC) $(CFLAGS) -O0 -g0 -c -o $@ $<

$(BUILD)/llhttp/%.o: $(LLHTTP_DIR)/%.c
	@mkdir -p $(@D)
	$(CC) -std=c11 $(OPT) -g -w -I/usr/share/include/llhttp $(filter -fsanitize%,$(CFLAGS)) -c -o $@ $<

$(BUILD)/%.o: %.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libcnode.a: $(RT_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/cnode: $(BUILD)/src/main.o $(BUILD)/libcnode.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Installs what is missing, non-interactively; does nothing when all is there.
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

demo: deps
	$(MAKE) all
	$(BUILD)/cnode examples/hello.js

test: deps
	$(MAKE) all
	$(MAKE) test-only

test-only:
	CNODE=$(BUILD)/cnode CN_PKGS="$(PKGS)" tools/run-tests.sh

asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" all
	ASAN_OPTIONS=detect_leaks=0:exitcode=86 UBSAN_OPTIONS=halt_on_error=1:exitcode=86:print_stacktrace=1 \
	  CNODE=build-asan/cnode CN_PKGS="$(PKGS)" CN_UNIT_FLAGS="-fsanitize=address,undefined" \
	  tools/run-tests.sh

goldens:
	tools/record-goldens.sh $(FILES)

bench: all
	bench/run.sh

format:
	clang-format -i $$(find src include tools test/unit -name '*.[ch]')

clean:
	rm -rf $(BUILD) build-asan

# Parser fuzzing (clang + libFuzzer), ESM transformer then URL parser: `make fuzz FUZZ_TIME=600`.
FUZZ_CC    ?= clang
FUZZ_FLAGS ?= -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_TIME  ?= 60
.PHONY: fuzz
$(BUILD)/fuzz/esm_fuzz: test/fuzz/esm_fuzz.c $(wildcard src/esm/*.c src/esm/*.h)
	@mkdir -p $(@D)/corpus-esm
	$(FUZZ_CC) $(FUZZ_FLAGS) -Isrc -Iinclude -o $@ test/fuzz/esm_fuzz.c $(wildcard src/esm/*.c)
$(BUILD)/fuzz/url_fuzz: test/fuzz/url_fuzz.c src/bindings/url_parser.c src/bindings/url_parser.h
	@mkdir -p $(@D)/corpus-url
	$(FUZZ_CC) $(FUZZ_FLAGS) -Isrc -Iinclude -o $@ test/fuzz/url_fuzz.c src/bindings/url_parser.c \
	  $(shell pkg-config --cflags --libs icu-uc)
fuzz: $(BUILD)/fuzz/esm_fuzz $(BUILD)/fuzz/url_fuzz
	$(BUILD)/fuzz/esm_fuzz -max_total_time=$(FUZZ_TIME) -max_len=8192 -timeout=5 $(BUILD)/fuzz/corpus-esm test/fuzz/corpus/esm
	$(BUILD)/fuzz/url_fuzz -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=5 $(BUILD)/fuzz/corpus-url
