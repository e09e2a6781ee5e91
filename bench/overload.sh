#!/usr/bin/env bash
# Overload: PDF renders at 1 x and then 3 x the render capacity (gongwen.renders.concurrency,
# default cores x 2), loopback only, bounded in time. While wrk loads the server, a probe sends one
# request at a time and records the latency of those that were admitted (200). Passes when the
# server survives (no OutOfMemoryError), the excess is answered 503 with Retry-After, and admitted
# requests under 3 x keep about the latency they had at 1 x: p50 within 2 x (an admitted request
# may wait behind the queue, by design at most about half a render, and refusals cost a little CPU).
#   bench/overload.sh [SECONDS=60] [HEAP=512m]      stops by itself; the server is stopped at the end
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-60}
heap=${2:-512m}
port=18082
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$root/bench/lib-server.sh"
trap 'stop_server; rm -rf "$work"' EXIT

concurrency=$(( $(nproc) * 2 ))
start_server
echo "overload: ${secs}s per phase, capacity $concurrency renders at once (+ $(( concurrency / 2 )) waiting), -Xmx$heap, pid $server"
wrk -t1 -c2 -d20s --timeout 30s -s "$work/post.lua" "$url" >/dev/null   # warm-up

# One request at a time for the phase's length: "status seconds" per line.
probe() {
  local until=$(( $(date +%s) + secs ))
  while [ "$(date +%s)" -lt "$until" ]; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
      --data-binary @"$work/zijin.json" "$url"
  done > "$1"
}
# p50 and p99 in ms of the admitted (200) probe requests, and how many were refused (503).
summary() {
  awk '$1==200 {print $2*1000}' "$1" | sort -n | awk '{a[NR]=$1} END {
    if (NR==0) {print "admitted 0"; exit}
    printf "admitted %d  p50 %.0f ms  p99 %.0f ms", NR, a[int((NR+1)*0.5)], a[(int(NR*0.99) > 0 ? int(NR*0.99) : 1)] }'
  printf '  refused-503 %d  other %d\n' "$(awk '$1==503' "$1" | wc -l)" "$(awk '$1!=200 && $1!=503' "$1" | wc -l)"
}

for factor in 1 3; do
  clients=$(( concurrency * factor - 1 ))   # the probe is the last client
  wrk -t2 -c"$clients" -d"${secs}s" --timeout 30s -s "$work/post.lua" "$url" > "$work/wrk-$factor.txt" &
  load=$!
  sleep 1
  probe "$work/probe-$factor.txt"
  peak=$(heap_after_gc)
  wait "$load"
  echo "${factor}x load ($clients clients + probe): $(sed -n 's/^RESULT //p' "$work/wrk-$factor.txt")"
  echo "${factor}x probe: $(summary "$work/probe-$factor.txt")   heap after GC ${peak} MB  threads $(threads_of)"
done

verdict=pass
kill -0 "$server" 2>/dev/null || { verdict=fail; echo "FAIL: the server died"; }
grep -q OutOfMemoryError "$work/server.log" && { verdict=fail; echo "FAIL: OutOfMemoryError"; }
grep -q "503=" "$work/wrk-3.txt" || { verdict=fail; echo "FAIL: no 503 under 3 x load"; }
p1=$(awk '$1==200 {print $2}' "$work/probe-1.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]+0}')
p3=$(awk '$1==200 {print $2}' "$work/probe-3.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]+0}')
awk -v a="$p1" -v b="$p3" 'BEGIN { exit !(b > 0 && b <= 2 * a) }' || { verdict=fail; echo "FAIL: admitted p50 went from $p1 s to $p3 s"; }
echo "overload: $verdict"
[ "$verdict" = pass ]
