# gzip interop with the system gzip tool, both directions (skips when gzip is missing).
if ! command -v gzip >/dev/null 2>&1; then echo "skip: no gzip"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# runtime -> gzip -dc
"$NODE" -e '
const zlib = require("zlib");
let s = "";
for (let i = 0; i < 20000; i++) s += `line ${i} ${i % 7 === 0 ? "seven" : "other"}\n`;
require("fs").writeFileSync(process.argv[1], zlib.gzipSync(s, { level: 9 }));
require("fs").writeFileSync(process.argv[2], s);
' "$tmp/a.gz" "$tmp/a.txt"
gzip -dc "$tmp/a.gz" | cmp - "$tmp/a.txt" && echo "gzip -dc reads our output"
gzip -t "$tmp/a.gz" && echo "gzip -t ok"
# streamed output with flushes is still one valid member
"$NODE" -e '
const zlib = require("zlib");
const fs = require("fs");
const g = zlib.createGzip();
g.pipe(fs.createWriteStream(process.argv[1]));
g.write("part one\n");
g.flush(() => { g.write("part two\n"); g.end("part three\n"); });
' "$tmp/b.gz"
gzip -dc "$tmp/b.gz"
# gzip -> runtime, every level, plus a multi-member file
seq 1 30000 > "$tmp/c.txt"
for level in 1 6 9; do
  gzip -c -"$level" "$tmp/c.txt" > "$tmp/c$level.gz"
done
gzip -c "$tmp/a.txt" > "$tmp/multi.gz"
gzip -c "$tmp/c.txt" >> "$tmp/multi.gz"
"$NODE" -e '
const zlib = require("zlib");
const fs = require("fs");
const dir = process.argv[1];
const text = fs.readFileSync(dir + "/c.txt");
for (const level of [1, 6, 9]) {
  const gz = fs.readFileSync(dir + "/c" + level + ".gz");
  console.log("level", level, zlib.gunzipSync(gz).equals(text), zlib.unzipSync(gz).equals(text));
}
const multi = zlib.gunzipSync(fs.readFileSync(dir + "/multi.gz"));
console.log("multi-member", multi.length === fs.statSync(dir + "/a.txt").size + text.length);
fs.createReadStream(dir + "/c9.gz").pipe(zlib.createGunzip()).on("data", () => {}).on("end", function () {
  console.log("stream", this.bytesWritten === fs.statSync(dir + "/c9.gz").size);
});
' "$tmp"
