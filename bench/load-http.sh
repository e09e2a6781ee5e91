#!/usr/bin/env bash
# HTTP load on loopback only: PDF renders of the zijin sample (its model JSON as the request body)
# at 1, 4 and 16 concurrent clients with wrk; prints requests/s and p50/p99 latency for each.
# The server runs as bin/gongwen starts it (AOT cache on JDK 25+), with -Xmx256m, and is stopped at the end.   bench/load-http.sh [SECONDS=20]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-20}
port=18080
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)"; exit 2; }
. "$root/bin/jdk.sh"
work=$(mktemp -d)
sample="$root/src/test/resources/samples/zijin-health-2025-rule-of-law-report.txt"
"$root/bin/gongwen" parse "$sample" > "$work/zijin.json"

started=$(date +%s%N)
JAVA_OPTS=-Xmx256m "$root/bin/gongwen" serve --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 0.05
done
echo "serve ready (health answers) after $(( ($(date +%s%N) - started) / 1000000 )) ms"

cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/zijin.json", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f req/s  p50 %.1f ms  p99 %.1f ms  errors %d non-2xx %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA
url="http://127.0.0.1:$port/api/v1/render?format=pdf&template=report"
wrk -t2 -c4 -d10s -s "$work/post.lua" "$url" >/dev/null   # warm-up: lets the JIT compile the render path
for c in 1 4 16; do
  t=$(( c < 2 ? 1 : 2 ))
  printf 'clients %2d: ' "$c"
  wrk -t"$t" -c"$c" -d"${secs}s" --timeout 10s -s "$work/post.lua" "$url" | sed -n 's/^RESULT //p'
done
