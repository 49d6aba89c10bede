# A program read from standard input ("-" or no file name), with arguments.
echo 'console.log("from stdin", process.argv.length)' | "$NODE"
echo 'console.log("dash", process.argv.slice(2))' | "$NODE" - a b
echo 'console.log(__filename)' | "$NODE" -
printf 'throw new Error("x")' | "$NODE"; echo "exit $?"
