# Sourced by bench/soak.sh and bench/overload.sh: starts target/gongwen.jar on loopback, makes the
# request body (the zijin sample's model JSON) and a wrk script that prints one RESULT line.
# Needs: root, port, heap (e.g. 512m), work (a temp folder), JAVA_OPTS_EXTRA (optional).
command -v wrk >/dev/null || { echo "installing wrk"; sudo apt-get install -y wrk >/dev/null 2>&1 || apt-get install -y wrk >/dev/null; }
. "$root/bin/jdk.sh"
[ -f "$root/target/gongwen.jar" ] || (cd "$root" && mvn -q -B package -DskipTests)
sample="$root/src/test/resources/samples/zijin-health-2025-rule-of-law-report.txt"
"$root/bin/gongwen" parse "$sample" > "$work/zijin.json"

start_server() {
  # shellcheck disable=SC2086
  java -Xmx"$heap" -Dserver.address=127.0.0.1 ${JAVA_OPTS_EXTRA:-} -jar "$root/target/gongwen.jar" serve --port "$port" \
    > "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && return 0
    kill -0 "$server" 2>/dev/null || { echo "server did not start"; tail -20 "$work/server.log"; exit 1; }
    sleep 0.2
  done
  echo "server not ready after 60 s"; exit 1
}

# Stops the load generator (if one runs) and the server: called on every exit, also when interrupted.
stop_server() {
  [ -n "${load:-}" ] && kill "$load" 2>/dev/null || true
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
}

cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/zijin.json", "rb"); wrk.body = f:read("*a"); f:close()
local statuses = {}
local threads = {}
setup = function(thread) table.insert(threads, thread) end
response = function(status, headers, body)
  counts = counts or {}
  counts[status] = (counts[status] or 0) + 1
end
done = function(summary, latency, requests)
  local merged = {}
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    if c then for s, n in pairs(c) do merged[s] = (merged[s] or 0) + n end end
  end
  local parts = {}
  for s, n in pairs(merged) do table.insert(parts, s .. "=" .. n) end
  table.sort(parts)
  io.write(string.format("RESULT %.1f req/s  p50 %.0f ms  p99 %.0f ms  socket-errors %d  non-2xx %d  statuses %s\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    table.concat(parts, " ")))
end
LUA
url="http://127.0.0.1:$port/api/v1/render?format=pdf&template=report"

# Live heap after a full GC, in MB: jcmd GC.run, then Micrometer's jvm_gc_live_data_size_bytes
# (the long-lived pool after that collection; unlike "used", not inflated by renders running now).
heap_after_gc() {
  jcmd "$server" GC.run >/dev/null 2>&1
  curl -s "http://127.0.0.1:$port/actuator/prometheus" | awk '/^jvm_gc_live_data_size_bytes/ { printf "%d\n", $2 / 1048576 }'
}
threads_of() { awk '/^Threads:/ {print $2}' "/proc/$server/status"; }
fds_of() { ls "/proc/$server/fd" | wc -l; }
