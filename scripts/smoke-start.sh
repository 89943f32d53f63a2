#!/usr/bin/env bash
# Starts `npm start` without DATABASE_URL (embedded PostgreSQL in a temporary DATA_DIR), waits for both listeners'
# /health/ready, checks that the printed SCIM token answers Test Connection, then stops it with SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=$(mktemp -d)
chmod 755 "$data_dir"
log="$data_dir/start.log"
port=$((20000 + RANDOM % 10000))
admin_port=$((port + 1))
# Its own process group, so SIGTERM reaches the launcher behind npm and sh (npm does not always forward it).
env -u DATABASE_URL DATA_DIR="$data_dir" PORT="$port" ADMIN_PORT="$admin_port" PUBLIC_URL="http://127.0.0.1:$port" \
  setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 &&
     curl -fsS "http://127.0.0.1:$admin_port/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "npm start exited early"; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/health/ready"; echo
token=$(grep -oE 'scim_[A-Za-z0-9_-]{43}' "$log" | head -1)
[ -n "$token" ] || { cat "$log"; echo "no SCIM token printed"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/scim/Users?aadOptscim062020&filter=userName%20eq%20%22$(cat /proc/sys/kernel/random/uuid)%22")
[ "$status" = 200 ] || { cat "$log"; echo "Test Connection answered $status"; exit 1; }
echo "smoke: npm start served /health/ready and Test Connection (200)"
# An Entra-shaped sync cycle (lookup, create, patch in both dialects, disable, delete) against the real start.
node scripts/replay-idp.mjs "http://127.0.0.1:$port/api/scim" "$token" test/fixtures/idp/entra
echo "smoke: the Entra sync cycle answered only what Entra expects (2xx and 404)"
