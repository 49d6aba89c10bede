# Unknown options exit 9 before running anything; -v prints the version.
"$NODE" --no-such-option -e 'console.log("ran")'; echo "exit $?"
"$NODE" -e; echo "exit $?"
"$NODE" -v | grep -c '^v22\.'
"$NODE" --version | grep -c '^v22\.'
"$NODE" --input-type=bogus -e '1'; echo "exit $?"
