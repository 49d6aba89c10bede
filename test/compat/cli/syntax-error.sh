# A syntax error in the entry file exits 1 and runs nothing.
tmp=$(mktemp -d)
printf 'console.log("before");\nlet x = ;\n' > "$tmp/bad.js"
"$NODE" "$tmp/bad.js"; echo "exit $?"
printf 'console.log("ok")\n' > "$tmp/good.js"
"$NODE" "$tmp/good.js"; echo "exit $?"
rm -rf "$tmp"
