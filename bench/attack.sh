#!/usr/bin/env bash
# Issue 12's "done when": everything the hardening review found, thrown at one service under
# -Xmx512m in one run (org.gongwen.hardening.Attack), with a template of line pitch 0 in its
# templates folder. Passes when no attack got a 5xx or no answer, the zijin sample then renders in
# under a second, no render is left running, and the log stayed small. Loopback only.
#   bench/attack.sh [HEAP=512m]          stops by itself; the server is stopped at the end
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
heap=${1:-512m}
port=18083
token=attack-$RANDOM$RANDOM
work=$(mktemp -d)
. "$root/bin/jdk.sh"
cd "$root"
mvn -q -B package -DskipTests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
mvn -q -B test-compile >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
sample="$root/src/test/resources/samples/zijin-health-2025-rule-of-law-report.txt"
mkdir -p "$work/templates"
java -cp "$cp" org.gongwen.hardening.Attack --bad-template "$work/templates/pitch0.docx"

java -Xmx"$heap" -XX:+UseParallelGC -Dserver.address=127.0.0.1 -jar target/gongwen.jar serve --port "$port" \
  --gongwen.admin-token="$token" --gongwen.templates.dir="$work/templates" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  kill -0 $server 2>/dev/null || { echo "server did not start"; tail -20 "$work/server.log"; exit 1; }
  sleep 0.2
done
echo "attack: -Xmx$heap, pid $server"
status=0
java -cp "$cp" org.gongwen.hardening.Attack "$port" "$token" "$sample" "$work/server.log" || status=$?
kill -0 $server 2>/dev/null || { echo "the server died"; status=1; }
echo "server log: $(wc -l < "$work/server.log") lines, $(grep -c '"level":"ERROR"' "$work/server.log" || true) at ERROR, OutOfMemoryError: $(grep -c OutOfMemoryError "$work/server.log" || true)"
exit $status
