#!/usr/bin/env bash
# Starts the built server with no DATABASE_URL (the embedded default, in a fresh data folder) and
# proves it serves /health/ready and one authenticated request with a demo client.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(mktemp -d)
port=${SMOKE_PORT:-3917}
log="$data_dir/server.log"
env -u DATABASE_URL DATA_DIR="$data_dir" PORT="$port" node dist/src/main.js >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "server exited:"; cat "$log"; exit 1; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready"; echo
grep -q "demo-ielts-ro-secret" "$log" || { echo "the first start did not print the demo credentials"; cat "$log"; exit 1; }
body=$(curl -sf -u demo-ielts-ro:demo-ielts-ro-secret "http://127.0.0.1:$port/v1/ielts/result-verification?startDateTime=2000-01-01T00:00:00&endDateTime=2100-01-01T00:00:00&photoFlag=N&page=1&limit=3")
echo "$body" | node -e 'const b=JSON.parse(require("fs").readFileSync(0));if(b.results.length!==3)process.exit(1);console.log(`embedded smoke: ${b.resultSummary.totalRecordCount} demo results visible to demo-ielts-ro`)'
token=$(curl -sf -u demo-ielts-ro:demo-ielts-ro-secret -d grant_type=client_credentials "http://127.0.0.1:$port/oauth/token" | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/v1/ielts/result-verification?startDateTime=2000-01-01T00:00:00&endDateTime=2100-01-01T00:00:00&photoFlag=N&limit=1"
echo "embedded smoke: Basic and Bearer requests served"
fulfilment=$(BASE_URL="http://127.0.0.1:$port" CLIENT=demo-fulfillment-la:demo-fulfillment-la-secret KEY_ID=fk_demo_stx_academic_plus KEY_SECRET=fsk_demo_stx_academic_plus_secret \
  scripts/fulfillment-signed.sh '{"product-code":"STX-Academic-Plus","email":"candidate@example.org","registration":{"First_Name":"Mary","Last_Name":"Poppins"}}')
test_id=$(echo "$fulfilment" | node -pe 'const b=JSON.parse(require("fs").readFileSync(0)); if (!b.testId) { console.error(b); process.exit(1) } b.testId')
for _ in $(seq 1 40); do ls "$data_dir"/mail/*.eml >/dev/null 2>&1 && break; sleep 0.25; done
grep -q "Test ID:  $test_id" "$data_dir"/mail/*.eml || { echo "no .eml with $test_id under $data_dir/mail"; exit 1; }
echo "embedded smoke: signed STX fulfilment gave $test_id and wrote the candidate's e-mail to DATA_DIR/mail"
# A stop (SIGTERM, as Docker and systemd send) ends cleanly: exit 0, the shutdown logged, and the
# embedded PostgreSQL stopped before the server exits, not left writing into the data folder.
kill -TERM "$pid"
status=0; wait "$pid" || status=$?
[ "$status" -eq 0 ] || { echo "the server exited $status on SIGTERM"; cat "$log"; exit 1; }
grep -q '"msg":"shutting down"' "$log" || { echo "the shutdown was not logged"; cat "$log"; exit 1; }
if pgrep -f "postgres.*$data_dir" >/dev/null; then echo "the embedded PostgreSQL outlived the server"; exit 1; fi
echo "embedded smoke: SIGTERM stopped the server and its PostgreSQL, exit 0"
