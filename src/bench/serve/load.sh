#!/usr/bin/env bash
# The load figures of the README's "crosscheck serve" section: builds the product and the test classes, then
# runs ServeLoad, which starts ./crosscheck serve on a free loopback port with a fresh data folder, stores a
# 50-article story from ../shared/devset and measures draft checks. Options go to ServeLoad
# (--devset DIR, --articles N, --clients N, --checks-per-client N, --adds N, --add-every-ms MS).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
mvn -B -q -DskipTests package test-compile
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.crosscheck.serve.ServeLoad "$@"
