# NODE_OPTIONS adds options (not shown in execArgv); bad ones exit 9.
tmp=$(mktemp -d)
echo 'globalThis.preloaded = "yes";' > "$tmp/pre.js"
NODE_OPTIONS="--require $tmp/pre.js" "$NODE" -e 'console.log(globalThis.preloaded, process.execArgv.length)'
NODE_OPTIONS="--no-warnings" "$NODE" -e 'process.emitWarning("quiet"); console.log("warned")'
NODE_OPTIONS="--bogus-flag" "$NODE" -e 'console.log("ran")'; echo "exit $?"
"$NODE" --require "$tmp/pre.js" -e 'console.log(globalThis.preloaded, process.execArgv)' | sed "s|$tmp|TMP|g"
rm -rf "$tmp"
