#!/usr/bin/env bash
# One command: builds the product jar if missing, builds this benchmark, compares CoreNLP with crosscheck.
# usage: src/bench/corenlp/run.sh [corpus-dir] [max-articles=300]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
corpus="${1:-$root/target/bench/corpus-1000-seed1-v2}"
max="${2:-300}"
if [ ! -f "$root/target/crosscheck.jar" ]; then
  echo "building crosscheck.jar..." >&2
  (cd "$root" && mvn -q -B -DskipTests package)
fi
if [ ! -d "$corpus" ]; then
  echo "no corpus at $corpus; generate it with:" >&2
  echo "  ./crosscheck bench --sizes 1000 --modes per-story --join-claims 0 --cold-runs 0" >&2
  exit 2
fi
mvn -q -B -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
exec java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  org.crosscheck.bench.corenlp.CoreNlpComparison "$corpus" "$max"
