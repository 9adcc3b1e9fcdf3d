#!/usr/bin/env bash
# The README's curl session, for real: starts ./crosscheck serve with a fresh data folder, stores the bundled
# seed story (fixtures/trade-talks-kl, as its manifest lists it), checks the bundled wrong draft against it and
# stops the server. Needs curl and jq. PORT (default 8080; 0 for any free one) and DATA (default: a temporary
# folder, removed afterwards) override.
# Exits 0 when the draft check finds the contradiction, as .ci/run expects.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
PORT="${PORT:-8080}"   # 0: any free port (CI)
made_data=""
if [ -z "${DATA:-}" ]; then DATA="$(mktemp -d)"; made_data="$DATA"; fi
log="$(mktemp)"
./crosscheck serve --port "$PORT" --data "$DATA" >"$log" 2>&1 &
server=$!
trap 'status=$?; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -f "$log"; [ -z "$made_data" ] || rm -rf "$made_data"; exit $status' EXIT
for _ in $(seq 1 600); do   # the launcher builds the jar on a fresh clone first
  grep -q "listening on" "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
PORT="$(sed -n 's|.*listening on http://[^:]*:\([0-9]*\)/.*|\1|p' "$log")"
[ -n "$PORT" ] || { echo "the server did not start:"; cat "$log"; exit 1; }
head -3 "$log"
echo
# Each step is printed as it is typed, then run: the README shows this output as it came.
step() {
  printf '$ %s\n' "$1"
  eval "$1"
}
step "curl -s http://localhost:$PORT/health"
step "for f in \$(jq -r '.articles[].file' fixtures/trade-talks-kl/manifest.json); do   # each article with its manifest's source and date
  jq -n --arg f \"\$f\" --rawfile text \"fixtures/trade-talks-kl/\$f\" \\
     '(input.articles[] | select(.file == \$f) | {source, published}) + {text: \$text}' fixtures/trade-talks-kl/manifest.json |
  curl -s -X PUT -H 'Content-Type: application/json' --data-binary @- \\
       \"http://localhost:$PORT/api/stories/trade-talks-kl/articles/\$f\" | jq -c '{file, created, claims}'
done"
step "curl -s http://localhost:$PORT/api/stories"
step "jq -n --rawfile text fixtures/draft-talks/draft-wrong.md '{text: \$text, file: \"draft-wrong.md\", format: \"text\"}' |
  curl -s -X POST -H 'Content-Type: application/json' --data-binary @- http://localhost:$PORT/api/stories/trade-talks-kl/check"
step "jq -n --rawfile text fixtures/draft-talks/draft-wrong.md '{text: \$text}' |
  curl -s -X POST -H 'Content-Type: application/json' --data-binary @- http://localhost:$PORT/api/stories/trade-talks-kl/check | jq -c '.summary, [.findings[] | {id, rule, values: [.values[].value]}]'"
found=$(jq -n --rawfile text fixtures/draft-talks/draft-wrong.md '{text: $text}' |
  curl -s -X POST -H 'Content-Type: application/json' --data-binary @- "http://localhost:$PORT/api/stories/trade-talks-kl/check" |
  jq '.summary.findings')
[ "$found" -ge 1 ] || { echo "expected the wrong draft to contradict the coverage, got $found findings"; exit 1; }
