#!/usr/bin/env bash
# Soak: PDF renders at 80% of the render capacity (gongwen.renders.concurrency, default cores x 2)
# for a bounded time on loopback, sampling heap after GC, threads and open files of the server.
# Passes when no request failed and heap, threads and file handles did not grow.
#   bench/soak.sh [MINUTES=10] [HEAP=512m]        stops by itself; the server is stopped at the end
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-10}
heap=${2:-512m}
port=18081
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$root/bench/lib-server.sh"
trap 'stop_server; rm -rf "$work"' EXIT

concurrency=$(( $(nproc) * 2 ))
clients=$(( concurrency * 8 / 10 )); [ "$clients" -ge 1 ] || clients=1
start_server
echo "soak: $minutes min, $clients clients (80% of $concurrency renders at once), -Xmx$heap, pid $server"
wrk -t1 -c"$clients" -d20s --timeout 30s -s "$work/post.lua" "$url" >/dev/null   # warm-up (JIT, fonts)

secs=$(( minutes * 60 ))
wrk -t"$(( clients < 2 ? 1 : 2 ))" -c"$clients" -d"${secs}s" --timeout 30s -s "$work/post.lua" "$url" > "$work/wrk.txt" &
load=$!
printf '%8s %10s %8s %6s\n' "t(s)" "heapMB" "threads" "fds"
samples=()
step=$(( secs / 10 )); [ "$step" -ge 10 ] || step=10
for (( t = 0; t <= secs; t += step )); do
  line=$(printf '%8d %10s %8s %6s' "$t" "$(heap_after_gc)" "$(threads_of)" "$(fds_of)")
  echo "$line"; samples+=("$line")
  [ $(( t + step )) -le "$secs" ] && sleep "$step"
done
wait "$load"
result=$(sed -n 's/^RESULT //p' "$work/wrk.txt")
echo "load: $result"

first=(${samples[1]}); last=(${samples[-1]})   # sample 0 is before the load settled
verdict=pass
grep -q "socket-errors 0  non-2xx 0" <<<"$result" || { verdict=fail; echo "FAIL: requests failed"; }
[ "${last[1]}" -le $(( first[1] + first[1] / 5 + 8 )) ] || { verdict=fail; echo "FAIL: heap after GC grew ${first[1]} -> ${last[1]} MB"; }
[ "${last[2]}" -le $(( first[2] + 4 )) ] || { verdict=fail; echo "FAIL: threads grew ${first[2]} -> ${last[2]}"; }
[ "${last[3]}" -le $(( first[3] + 4 )) ] || { verdict=fail; echo "FAIL: file handles grew ${first[3]} -> ${last[3]}"; }
grep -q OutOfMemoryError "$work/server.log" && { verdict=fail; echo "FAIL: OutOfMemoryError in the server log"; }
echo "soak: $verdict"
[ "$verdict" = pass ]
