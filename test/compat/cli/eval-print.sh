# -e, -p and --print: completion values, argv, module-like bindings.
"$NODE" -e 'console.log(1 + 1)'
"$NODE" -p '[1, "two", { three: 3 }]'
"$NODE" --print '"a string prints raw"'
"$NODE" -p 'undefined'
"$NODE" -pe 'null'
"$NODE" -e 'console.log(process.argv.length, process.argv.slice(1))' x y
"$NODE" -e 'console.log(typeof require, typeof module, __filename, __dirname)'
"$NODE" --eval='console.log("equals form")'
"$NODE" -p 'require("path").join("a", "b")'
"$NODE" -e 'process.exitCode = 4'; echo "exit $?"
