#!/usr/bin/env bash
# Side by side: the same DOCX files (gongwen's DOCX of the zijin sample) turned into PDF by
# LibreOffice (one soffice call for all files, so its start-up is amortised) and by gongwen
# (one CLI call for all files, JVM start included). LibreOffice gets the same Fandol faces through
# fonts/fontconfig. Prints the per-document cost of each, the PDF sizes and the ratio.
#   bench/vs-libreoffice.sh [N_LIBREOFFICE=20] [N_GONGWEN=200]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n_lo=${1:-20}
n_gw=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=$(ls "$root/../shared/samples/zijin-health-2025-rule-of-law-report.txt" /work/shared/samples/zijin-health-2025-rule-of-law-report.txt 2>/dev/null | head -1)
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

lo_ms=$(( (t1 - t0) / 1000000 )); gw_ms=$(( (t2 - t1) / 1000000 ))
lo_cpu=$(cat "$work/lo.cpu"); gw_cpu=$(cat "$work/gw.cpu")
lo_n=$(ls "$work/lo-out" | wc -l); gw_n=$(ls "$work/gw-out" | wc -l)
lo_size=$(stat -c %s "$work/lo-out/zijin-01.pdf" 2>/dev/null || echo 0)
gw_size=$(stat -c %s "$work/gw-out/$(ls "$work/gw-out" | head -1)")
awk -v lo="$lo_ms" -v gw="$gw_ms" -v lc="$lo_cpu" -v gc="$gw_cpu" -v ln="$lo_n" -v gn="$gw_n" -v ls="$lo_size" -v gs="$gw_size" 'BEGIN {
  printf "LibreOffice: %d PDFs in %d ms = %.1f ms per document, CPU %.1f ms per document, %d bytes each\n", ln, lo, lo / ln, lc / ln, ls;
  printf "gongwen:     %d PDFs in %d ms = %.1f ms per document, CPU %.1f ms per document (JVM start included), %d bytes each\n", gn, gw, gw / gn, gc / gn, gs;
  printf "gongwen is %.0f x cheaper per document in wall time, %.0f x in CPU time\n", (lo / ln) / (gw / gn), (lc / ln) / (gc / gn) }'
