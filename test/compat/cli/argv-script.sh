# process.argv for a script with arguments; options after the script belong to the script.
tmp=$(mktemp -d)
echo 'console.log(JSON.stringify(process.argv.slice(2)), process.execArgv.length, require("path").basename(process.argv[1]))' > "$tmp/args.js"
"$NODE" "$tmp/args.js" one --two -3 '' "four five"
"$NODE" --no-warnings "$tmp/args.js" -e x
cd "$tmp" && "$NODE" args.js rel
rm -rf "$tmp"
