#!/usr/bin/env bash
# Every measurement of docs/performance.md, one after the other, each output under OUT
# (default target/bench-results). Takes about 15 minutes; run it on an otherwise idle machine.
#   bench/all.sh [OUT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/target/bench-results}
mkdir -p "$out"
. "$root/bin/jdk.sh"
cd "$root"
mvn -q -B -DskipTests package >&2
sample=src/test/resources/samples/zijin-health-2025-rule-of-law-report.txt
run() { local name=$1; shift; echo "== $name: $*" >&2; "$@" > "$out/$name.txt" 2>&1 || echo "   ($name failed, see $out/$name.txt)" >&2; }

run stages     bench/jmh.sh 'FlowBenchmark.(parse|docx|layout|pdfPaint|pdf|textToPdf|draftToPdf)$'
run linearity  bench/jmh.sh 'FlowBenchmark.(layout|pdf)$' -p doc=pages10,pages300
run throughput bench/jmh.sh 'FlowBenchmark.pdf$' -t 2 -bm thrpt -tu s
run throughput1 bench/jmh.sh 'FlowBenchmark.pdf$' -t 1 -bm thrpt -tu s
run alloc      bench/jmh.sh 'FlowBenchmark.(docx|pdf)$' -bm avgt -prof gc -wi 2 -i 3
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
for heap in 64 48 32; do
  run "heap-zijin-${heap}m"    java -Xmx${heap}m -cp "$cp" org.gongwen.bench.RenderLoop zijin 50
  run "heap-pages300-${heap}m" java -Xmx${heap}m -cp "$cp" org.gongwen.bench.RenderLoop pages300 3
done
mkdir -p "$out/pdf"
bin/gongwen render "$sample" --format pdf --out "$out/pdf" > /dev/null 2>&1   # also prepares bin/gongwen's fast start
ls -l "$out/pdf" > "$out/pdf-size.txt"
mkdir -p "$out/draft"
bin/gongwen render "$sample" --format docx --out "$out/draft" > /dev/null 2>&1   # a Word draft to start from
draft="$out/draft/$(basename "${sample%.txt}").docx"
run cli        hyperfine -N -w 2 -r 10 "bin/gongwen render $sample --format pdf --out $out/pdf" "bin/gongwen render $draft --format pdf --out $out/pdf" "java -jar target/gongwen.jar render $sample --format pdf --out $out/pdf"
run http       bench/load-http.sh 20
run libreoffice bench/vs-libreoffice.sh 10 1000
grep -h -E '^FlowBenchmark|renders, median|Benchmark [0-9]|Time \(mean|clients|serve ready|per document|cheaper' "$out"/*.txt
