# http compat: curl against an http server (GET, POST with a body, HEAD, chunked response).
# Uses curl when installed, otherwise a tiny raw-socket client printing the same bytes.
srv='
const http = require("http");
const s = http.createServer((req, res) => {
  let b = "";
  req.on("data", (d) => b += d);
  req.on("end", () => {
    res.setHeader("X-Method", req.method);
    if (req.url === "/chunked") { res.write("part1,"); res.end("part2"); return; }
    res.end(req.method + " " + req.url + " " + b.length + " " + (req.headers["content-type"] || "-"));
  });
});
s.listen(0, "127.0.0.1", () => console.log(s.address().port));
setTimeout(() => s.close(), 3000).unref();
'
coproc SRV { "$NODE" -e "$srv"; }
read -r PORT <&"${SRV[0]}"
request() { # method path [body]
  if [ -z "${NO_CURL:-}" ] && command -v curl >/dev/null 2>&1; then
    if [ "$1" = HEAD ]; then curl -s -I "http://127.0.0.1:$PORT$2"
    elif [ -n "${3:-}" ]; then curl -s -i -X "$1" -H 'Content-Type: text/plain' --data-binary "$3" "http://127.0.0.1:$PORT$2"
    else curl -s -i -X "$1" "http://127.0.0.1:$PORT$2"; fi
  else
    "$NODE" -e '
      const [m, p, port, body] = process.argv.slice(1);
      const c = require("net").connect(+port, "127.0.0.1");
      let h = `${m} ${p} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUser-Agent: curl\r\nAccept: */*\r\n`;
      if (body) h += `Content-Type: text/plain\r\nContent-Length: ${body.length}\r\n`;
      c.write(h + "\r\n" + (body || ""));
      let d = ""; c.setEncoding("latin1");
      c.on("data", (x) => { d += x; if (/\r\n\r\n/.test(d) && (m === "HEAD" || /Content-Length: (\d+)\r\n\r\n/.test(d) && d.split("\r\n\r\n")[1].length >= +RegExp.$1 || d.endsWith("0\r\n\r\n"))) { process.stdout.write(m === "HEAD" || !/chunked/.test(d) ? d : d.replace(/\r\n\r\n[\s\S]*/, "\r\n\r\n") + "part1,part2"); c.destroy(); } });
    ' "$1" "$2" "$PORT" "${3:-}"
  fi
}
for args in "GET /hello" "POST /submit payload-data" "HEAD /head" "GET /chunked" "DELETE /item"; do
  # shellcheck disable=SC2086
  request $args | tr -d '\r' | grep -v '^Date:'
  echo "--"
done
kill "$SRV_PID" 2>/dev/null
wait 2>/dev/null
exit 0
