#!/usr/bin/env bash
# Runs every test and ends with "N passed, N failed, N skipped".
#   test/compat/**/NAME.js  stdout and exit code must equal NAME.out / NAME.exit (from Node 22);
#                           NAME.mjs likewise (ES module entry points)
#   test/compat/**/NAME.sh  same, for command-line behaviour: run by bash with $NODE set to the
#                           runtime under test
#   A "// Flags: --x --y" line in a script's first lines passes those options (as in Node's
#   own test suite).
#   test/compat/**/NAME.err when present, stderr must match too: the test's directory reads as
#                           <DIR>/ and stack frames inside Node's own internals are ignored
#   test/js/**/*.js         cnode-only tests: exit code 0 passes
#   test/unit/*.c           C unit tests, compiled against libcnode, exit code 0 passes
# Tests listed in test/known-failures.txt are expected to fail: they count as skipped while
# they fail and as failed once they pass (so the fix gets noticed and the line removed).
# Usage: tools/run-tests.sh [FILTER]   (FILTER: substring of the test path)
set -u
cd "$(dirname "$0")/.."
CNODE=${CNODE:-build/cnode}
CNODE=$(realpath "$CNODE")
FILTER=${1:-}
JOBS=${JOBS:-$(($(nproc) * 2))}
TIMEOUT=${TEST_TIMEOUT:-20}
export CNODE TIMEOUT
unset NODE_OPTIONS NODE_EXTRA_CA_CERTS NODE_PATH FORCE_COLOR NO_COLOR

# Real npm packages for test/compat/npm come from the registry (pinned versions), never from git.
if [ -f test/compat/npm/package.json ] && [ ! -d test/compat/npm/node_modules ] &&
   grep -qF -- "${FILTER:-npm}" <<< "test/compat/npm"; then
  (cd test/compat/npm && timeout 600 npm install --no-audit --no-fund --silent >/dev/null 2>&1) ||
    echo "warning: npm install for test/compat/npm failed; those tests will fail"
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

run_one() {
  local t=$1 out=$2 dir base kind actual code expected_code flags
  dir=$(dirname "$t"); base=$(basename "$t"); base=${base%.*}; ext=${t##*.}
  flags=$(head -5 "$t" | sed -n 's|^// Flags: ||p')
  case "$t" in
    test/compat/*)
      if [ "${t%.sh}" != "$t" ]; then
        base=$(basename "$t" .sh)
        actual=$(cd "$dir" && NODE=$CNODE timeout "$TIMEOUT" bash "$base.sh" 2>/dev/null </dev/null)
      else
        actual=$(cd "$dir" && timeout "$TIMEOUT" "$CNODE" $flags "$base.$ext" 2>"$out.stderr" </dev/null)
      fi
      code=$?
      expected_code=$(cat "$dir/$base.exit" 2>/dev/null || echo 0)
      local stderr_ok=1
      if [ -f "$dir/$base.err" ]; then
        diff <(sed "s|$(cd "$dir" && pwd)/|<DIR>/|g" "$out.stderr" | filter_internal_frames) \
             <(filter_internal_frames < "$dir/$base.err") > "$out.errdiff" || stderr_ok=0
      fi
      if [ "$code" = "$expected_code" ] && [ "$actual" == "$(cat "$dir/$base.out")" ] &&
         [ $stderr_ok = 1 ]; then
        echo "pass $t" > "$out"
      else
        { echo "fail $t (exit $code, expected $expected_code)"
          diff <(printf '%s\n' "$actual") "$dir/$base.out" | head -20
          [ $stderr_ok = 1 ] || { echo "stderr:"; head -20 "$out.errdiff"; }; } > "$out"
      fi
      rm -f "$out.stderr" "$out.errdiff" ;;
    test/js/*)
      actual=$(cd "$dir" && timeout "$TIMEOUT" "$CNODE" $flags "$base.$ext" 2>&1 </dev/null)
      code=$?
      if [ "$code" = 0 ]; then echo "pass $t" > "$out"
      else { echo "fail $t (exit $code)"; printf '%s\n' "$actual" | tail -20; } > "$out"; fi ;;
  esac
}
filter_internal_frames() { grep -vE '^    at (.*\(node:internal.*|node:internal.*)$'; }
export -f run_one filter_internal_frames

list=$( { find test/compat \( -name '*.js' -o -name '*.mjs' -o -name '*.sh' \) -not -path '*/node_modules/*' \
            -not -path '*/fixtures/*' | while read -r f; do [ -f "${f%.*}.out" ] && echo "$f"; done
        find test/js \( -name '*.js' -o -name '*.mjs' \) -not -path '*/fixtures/*' 2>/dev/null; } |
        grep -F -- "$FILTER" | sort)
i=0
while read -r t; do
  [ -n "$t" ] || continue
  i=$((i + 1))
  printf '%s\0%s\0' "$t" "$results/$i"
done <<< "$list" | xargs -0 -n2 -P "$JOBS" bash -c 'run_one "$0" "$1"'

# C unit tests, linked like build/cnode (the Makefile passes its package list).
PKGS=${CN_PKGS:-$(sed -n 's/^PKGS *:= //p' Makefile)}
if [ -d test/unit ] && ls test/unit/*.c >/dev/null 2>&1 && [ -z "$FILTER" -o "$FILTER" = unit ]; then
  libdir=$(dirname "$CNODE")
  mkdir -p "$libdir/unit"
  for src in test/unit/*.c; do
    name=$(basename "$src" .c); i=$((i + 1))
    if cc -std=c11 -g -Wall -Wextra -Werror -D_GNU_SOURCE -Isrc -Iinclude ${CN_UNIT_FLAGS:-} \
         $(pkg-config --cflags $PKGS) -o "$libdir/unit/$name" "$src" \
         "$libdir/libcnode.a" $(pkg-config --libs $PKGS) -lm 2> "$results/$i.cc" &&
       timeout "$TIMEOUT" "$libdir/unit/$name" > "$results/$i.log" 2>&1; then
      echo "pass $src" > "$results/$i"
    else
      { echo "fail $src"; tail -20 "$results/$i.cc" "$results/$i.log" 2>/dev/null; } > "$results/$i"
    fi
  done
fi

# Timing-sensitive tests can lose a race when every core is busy running other tests: a failed
# test is run once more on its own, and reported as flaky if it then passes.
for r in "$results"/*; do
  case "$r" in *.cc|*.log) continue ;; esac
  [ -f "$r" ] || continue
  line=$(head -1 "$r")
  [ "${line%% *}" = fail ] || continue
  t=${line#* }; t=${t%% *}
  case "$t" in test/unit/*) continue ;; esac
  run_one "$t" "$r.retry"
  if [ "$(head -1 "$r.retry" | cut -d' ' -f1)" = pass ]; then
    echo "flaky (passed on retry): $t"
    mv "$r.retry" "$r"
  else
    rm -f "$r.retry"
  fi
done

known=$(grep -v '^#' test/known-failures.txt 2>/dev/null | sed 's/[[:space:]]*#.*//' | grep -v '^$')
passed=0; failed=0; skipped=0
for r in "$results"/*; do
  [ -f "$r" ] || continue
  case "$r" in *.cc|*.log) continue ;; esac
  line=$(head -1 "$r"); t=${line#* }; t=${t%% *}
  if grep -qxF -- "$t" <<< "$known"; then
    if [ "${line%% *}" = pass ]; then
      echo "FIXED (remove from test/known-failures.txt): $t"; failed=$((failed + 1))
    else
      skipped=$((skipped + 1))
    fi
    continue
  fi
  if [ "${line%% *}" = pass ]; then passed=$((passed + 1)); else failed=$((failed + 1)); cat "$r"; fi
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
