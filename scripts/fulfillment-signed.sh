#!/usr/bin/env bash
# Obtains a test ID with a signed request, using only curl and openssl:
#   BASE_URL=http://localhost:3000 CLIENT=demo-fulfillment-la:demo-fulfillment-la-secret \
#   KEY_ID=fk_demo_gtx_academic_plus KEY_SECRET=fsk_demo_gtx_academic_plus_secret \
#   scripts/fulfillment-signed.sh '{"product-code":"GTX-Academic-Plus"}'
# The signature is the hex HMAC-SHA256, under the key's secret, of "<t>.<nonce>.<body bytes>".
set -euo pipefail
body=$1
t=$(date +%s)
nonce=$(openssl rand -hex 16)
sig=$(printf '%s' "$t.$nonce.$body" | openssl dgst -sha256 -hmac "$KEY_SECRET" -hex | sed 's/^.*= //')
curl -sS -u "$CLIENT" -H 'Content-Type: application/json' \
  -H "X-Fulfillment-Signature: keyId=$KEY_ID,t=$t,nonce=$nonce,v1=$sig" \
  --data-binary "$body" "${BASE_URL:-http://localhost:3000}/v1/fulfillment/test-ids"
