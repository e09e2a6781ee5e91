#!/usr/bin/env bash
# Side by side: the same DOCX files (gongwen's DOCX of the zijin sample) turned into PDF by
# LibreOffice (one soffice call for all files, so its start-up is amortised) and by gongwen
# (one CLI call for all files, JVM start included), and by gongwen's service, warm, with the same
# DOCX uploaded over HTTP (when wrk is installed). LibreOffice gets the same Fandol faces through
# fonts/fontconfig. Prints the per-document cost of each, wall and CPU, the PDF sizes and the ratios.
#   bench/vs-libreoffice.sh [N_LIBREOFFICE=20] [N_GONGWEN=200]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n_lo=${1:-20}
n_gw=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample="$root/src/test/resources/samples/zijin-health-2025-rule-of-law-report.txt"
command -v soffice >/dev/null || { echo "soffice not installed (apt-get install libreoffice-writer-nogui)"; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not installed (apt-get install time)"; exit 2; }

"$root/bin/gongwen" render "$sample" --format docx --out "$work" 2>/dev/null
mkdir -p "$work/lo-in" "$work/gw-in" "$work/lo-out" "$work/gw-out"
for i in $(seq -w 1 "$n_lo"); do cp "$work/zijin-health-2025-rule-of-law-report.docx" "$work/lo-in/zijin-$i.docx"; done
for i in $(seq -w 1 "$n_gw"); do cp "$work/zijin-health-2025-rule-of-law-report.docx" "$work/gw-in/zijin-$i.docx"; done

# CPU time (user + system, children included) of one command, in ms, to the file in $1.
cpu_ms() { local out=$1; shift; /usr/bin/time -f '%U %S' -o "$out.t" "$@"; awk '{printf "%d", ($1 + $2) * 1000}' "$out.t" > "$out"; }
now() { date +%s%N; }
"$root/bin/gongwen" --version >/dev/null   # prepares bin/gongwen's fast start outside the measurement
t0=$(now)
FONTCONFIG_FILE="$root/fonts/fontconfig/gongwen-fonts.conf" cpu_ms "$work/lo.cpu" soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo-out" "$work"/lo-in/*.docx >/dev/null 2>&1
t1=$(now)
cpu_ms "$work/gw.cpu" "$root/bin/gongwen" render "$work"/gw-in/*.docx --format pdf --out "$work/gw-out" 2>/dev/null
t2=$(now)

# gongwen as a service (a warm JVM, as a LibreOffice service's process pool is warm too): the same
# DOCX uploaded by 2 clients for 20 s after a 60 s warm-up (the optimising compiler is busy with the
# DOCX reader for most of the first minute); its CPU time is read from /proc.
warm=""
if command -v wrk >/dev/null; then
  port=18083
  JAVA_OPTS=-Xmx256m "$root/bin/gongwen" serve --port "$port" > "$work/server.log" 2>&1 &
  server=$!   # bin/gongwen execs the JVM: this is its pid
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "gongwen serve did not start: $work/server.log"; tail -5 "$work/server.log"; exit 1; }
  { printf -- '--gwbench\r\nContent-Disposition: form-data; name="file"; filename="zijin.docx"\r\n'
    printf 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n'
    cat "$work/zijin-health-2025-rule-of-law-report.docx"
    printf -- '\r\n--gwbench--\r\n'; } > "$work/upload.body"
  cat > "$work/upload.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=gwbench"
local f = io.open("$work/upload.body", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary) io.write(string.format("RESULT %d %d\n", summary.requests, summary.errors.status)) end
LUA
  url="http://127.0.0.1:$port/api/v1/render?format=pdf&template=report"
  wrk -t2 -c2 -d60s -s "$work/upload.lua" "$url" > /dev/null
  ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
  c0=$(ticks); w0=$(now)
  read -r _ warm_n warm_bad < <(wrk -t2 -c2 -d20s -s "$work/upload.lua" "$url" | grep RESULT)
  c1=$(ticks); w1=$(now)
  warm=$(awk -v n="$warm_n" -v bad="$warm_bad" -v c="$((c1 - c0))" -v hz="$(getconf CLK_TCK)" -v w="$(( (w1 - w0) / 1000000 ))" \
    'BEGIN { printf "%d %.1f %.1f %d", n, w / n, c * 1000 / hz / n, bad }')
fi

lo_ms=$(( (t1 - t0) / 1000000 )); gw_ms=$(( (t2 - t1) / 1000000 ))
lo_cpu=$(cat "$work/lo.cpu"); gw_cpu=$(cat "$work/gw.cpu")
lo_n=$(ls "$work/lo-out" | wc -l); gw_n=$(ls "$work/gw-out" | wc -l)
lo_size=$(stat -c %s "$work/lo-out/zijin-01.pdf" 2>/dev/null || echo 0)
gw_size=$(stat -c %s "$work/gw-out/$(ls "$work/gw-out" | head -1)")
awk -v lo="$lo_ms" -v gw="$gw_ms" -v lc="$lo_cpu" -v gc="$gw_cpu" -v ln="$lo_n" -v gn="$gw_n" -v ls="$lo_size" -v gs="$gw_size" 'BEGIN {
  printf "LibreOffice: %d PDFs in %d ms = %.1f ms per document, CPU %.1f ms per document, %d bytes each\n", ln, lo, lo / ln, lc / ln, ls;
  printf "gongwen:     %d PDFs in %d ms = %.1f ms per document, CPU %.1f ms per document (JVM start included), %d bytes each\n", gn, gw, gw / gn, gc / gn, gs;
  printf "gongwen is %.0f x cheaper per document in wall time, %.0f x in CPU time\n", (lo / ln) / (gw / gn), (lc / ln) / (gc / gn) }'
if [ -n "$warm" ]; then
  read -r wn wwall wcpu wbad <<< "$warm"
  awk -v lo="$lo_ms" -v lc="$lo_cpu" -v ln="$lo_n" -v n="$wn" -v w="$wwall" -v c="$wcpu" -v bad="$wbad" 'BEGIN {
    printf "gongwen serve (warm, 2 clients uploading the DOCX): %d PDFs, %.1f ms per document, CPU %.1f ms per document, %d non-2xx\n", n, w, c, bad;
    printf "gongwen serve is %.0f x cheaper per document in wall time, %.0f x in CPU time\n", (lo / ln) / w, (lc / ln) / c }'
fi
