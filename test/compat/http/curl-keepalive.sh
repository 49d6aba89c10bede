# http compat: several requests on one keep-alive connection (curl reuses it) and custom
# request headers; prints the bodies and how many connections the server saw.
# Uses curl when installed, otherwise a raw-socket client sending the same requests.
srv='
const http = require("http");
let conns = 0;
const s = http.createServer((req, res) => {
  res.end(`${req.url} conn=${conns} x-test=${req.headers["x-test"] || "-"}\n`);
});
s.on("connection", () => conns++);
s.listen(0, "127.0.0.1", () => console.log(s.address().port));
setTimeout(() => s.close(), 3000).unref();
'
coproc SRV { "$NODE" -e "$srv"; }
read -r PORT <&"${SRV[0]}"
if [ -z "${NO_CURL:-}" ] && command -v curl >/dev/null 2>&1; then
  curl -s -H 'X-Test: yes' "http://127.0.0.1:$PORT/one" "http://127.0.0.1:$PORT/two" "http://127.0.0.1:$PORT/three"
else
  "$NODE" -e '
    const port = +process.argv[1];
    const c = require("net").connect(port, "127.0.0.1");
    const paths = ["/one", "/two", "/three"];
    c.write(paths.map((p) => `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Test: yes\r\n\r\n`).join(""));
    let d = ""; let seen = 0; c.setEncoding("latin1");
    c.on("data", (x) => {
      d += x;
      const bodies = d.split("\r\n\r\n").slice(1).map((b) => b.split("HTTP/1.1")[0]).filter(Boolean);
      if (bodies.length === 3 && bodies[2].endsWith("\n")) { process.stdout.write(bodies.join("")); c.destroy(); }
    });
  ' "$PORT"
fi
kill "$SRV_PID" 2>/dev/null
wait 2>/dev/null
exit 0
