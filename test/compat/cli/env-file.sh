# --env-file loads variables without overriding the existing environment.
tmp=$(mktemp -d)
cat > "$tmp/.env" <<'ENV'
# comment
FOO=bar
QUOTED="hello world"
SINGLE='single quoted'
export EXPORTED=yes
EXISTING=from-file
MULTI="line1\nline2"
ENV
EXISTING=from-env "$NODE" --env-file="$tmp/.env" -e '
for (const k of ["FOO", "QUOTED", "SINGLE", "EXPORTED", "EXISTING", "MULTI"]) console.log(k, JSON.stringify(process.env[k]));'
"$NODE" --env-file="$tmp/missing.env" -e 'console.log("ran")'; echo "exit $?"
rm -rf "$tmp"
