# The REPL (-i) with piped input: results, multi-line input, `_`, errors, commands.
printf '1 + 2\nconst o = { a: [1, 2] }\no\nfunction f(x) {\nreturn x * 2\n}\nf(21)\n_\n[1, 2].map((x) => x * 10)\n.exit\n' | "$NODE" -i
echo "exit $?"
