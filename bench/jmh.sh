#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/org/gongwen/bench). Extra arguments go to JMH, e.g.
#   bench/jmh.sh                                   all stages on the zijin sample, one thread
#   bench/jmh.sh 'FlowBenchmark.(layout|pdf)$' -p doc=pages10,pages300   linearity (10 vs 300 pages)
#   bench/jmh.sh 'FlowBenchmark.pdf$' -t 2 -bm thrpt -tu s               throughput on all (2) cores
#   bench/jmh.sh 'FlowBenchmark.pdf$' -prof gc                           bytes allocated per render
# Peak heap of one render: a render loop under a small heap, e.g.
#   java -Xmx64m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.gongwen.bench.RenderLoop pages300 5
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bin/jdk.sh"
cd "$root"
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "${@:-FlowBenchmark}"
