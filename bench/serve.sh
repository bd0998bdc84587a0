#!/usr/bin/env bash
# A shared store under load: 16 concurrent clients each deposit 200 Factur-X invoices through
# one `chorus serve`, then read each back; the bench prints throughput and p50/p99 latency per
# operation and checks that no invoice is lost or duplicated. Then the same load again through
# the real client: 16 `chorus deposit --batch` processes at once.
#
#   bash bench/serve.sh
#   CLIENTS=4 PER_CLIENT=50 bash bench/serve.sh
#
# Environment: CLIENTS (default 16), PER_CLIENT (default 200), DISTINCT (distinct Factur-X PDFs
# made by bench/make_facturx.sh, default 200), CHORUS_BIN (default: cargo build --release).
# Needs python3 (the clients: plain HTTP, bodies encoded before the clock starts).
#
# Every client deposits the DISTINCT PDFs in turn with its own invoice number (`number`, which
# wins over the XML's, as `chorus deposit --number` does): each request is a full Factur-X
# deposit — the server decodes the file, analyses the PDF and its XML, checks every rule and
# writes the invoice in one transaction. Target: at least 300 deposits/s on 2 cores, p99 under
# 200 ms.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-16}
PER_CLIENT=${PER_CLIENT:-200}
DISTINCT=${DISTINCT:-200}
work=$(mktemp -d)
server=
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if [[ -z "${CHORUS_BIN:-}" ]]; then
  cargo build --release --quiet
  CHORUS_BIN="$PWD/target/release/chorus"
fi
unset CHORUS_STORE CHORUS_USER CHORUS_FORMAT CHORUS_TOKEN CHORUS_NOW
export XDG_CONFIG_HOME="$work/config"

bash bench/make_facturx.sh "$CHORUS_BIN" "$work/pdf" "$DISTINCT"

"$CHORUS_BIN" serve --store "$work/shared.db" --listen 127.0.0.1:0 --operator ops@bench.test \
  > /dev/null 2> "$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q 'http://' "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -n 1)
c() { "$CHORUS_BIN" --store "$url" "$@"; }

# Accounts, sign-in and structures, through the server.
signup() {
  local token
  token=$(c account create --email "$1" --first-name B --last-name E --no-siret --format json 2>/dev/null |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["activation_token"])')
  printf 'bench password 1\n' | c account activate --email "$1" --token "$token" --password-stdin >/dev/null 2>&1
  printf 'bench password 1\n' | c login --email "$1" --password-stdin --print-token
}
ops=$(signup ops@bench.test)
supplier=$(signup bench@example.fr)
CHORUS_TOKEN=$supplier c structure create --identifier 73282932000074 --name "Les Délices de Savoie" \
  --address "12 avenue des Alpes" --postcode 73000 --city Chambéry >/dev/null
CHORUS_TOKEN=$ops c structure create --public --identifier 22730001900006 --name "Département de la Savoie" \
  --address "1 rue de l'Hôtel de Ville" --postcode 73000 --city Chambéry >/dev/null
printf '%s clients × %s Factur-X deposits through %s; %s cores\n' "$CLIENTS" "$PER_CLIENT" "$url" "$(nproc)"

python3 - "$url" "$supplier" "$CLIENTS" "$PER_CLIENT" "$work/pdf" <<'PY'
import base64, glob, http.client, json, statistics, sys, threading, time
from urllib.parse import urlparse

url, token, clients, per_client, folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
host = urlparse(url)
pdfs = [(p.rsplit("/", 1)[1], base64.b64encode(open(p, "rb").read()).decode()) for p in sorted(glob.glob(folder + "/*.pdf"))]
headers = {"content-type": "application/json", "authorization": "Bearer " + token, "chorus-api": "1"}

def body(client, i):
    name, data = pdfs[i % len(pdfs)]
    return json.dumps({"file_name": name, "file": data, "number": f"C{client:02d}-{i:04d}",
                       "attachments": [], "draft": False, "dry_run": False, "key": None})

bodies = [[body(c, i) for i in range(per_client)] for c in range(clients)]
latencies = {"deposit-invoice": [], "show-invoice": []}
errors = []
lock = threading.Lock()

def call(conn, op, payload):
    start = time.perf_counter()
    conn.request("POST", "/v1/" + op, payload, headers)
    answer = conn.getresponse()
    data = answer.read()
    took = time.perf_counter() - start
    with lock:
        latencies[op].append(took)
    if answer.status != 200:
        raise RuntimeError(f"{op}: HTTP {answer.status}: {data[:300]!r}")
    return json.loads(data)

deposited = [[] for _ in range(clients)]
def client(c, phase):
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
    try:
        if phase == "deposit":
            for i in range(per_client):
                out = call(conn, "deposit-invoice", bodies[c][i])
                deposited[c].append((out["id"], out["number"]))
        else:
            for invoice_id, number in deposited[c]:
                out = call(conn, "show-invoice", json.dumps({"id": invoice_id}))
                assert out["number"] == number, (out["number"], number)
    except Exception as e:
        with lock:
            errors.append(f"client {c}: {e}")

def run(phase):
    threads = [threading.Thread(target=client, args=(c, phase)) for c in range(clients)]
    start = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    return time.perf_counter() - start

took = {"deposit-invoice": run("deposit"), "show-invoice": run("read")}
print(f"\n{'operation':18} {'requests':>8} {'seconds':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
print("-" * 64)
for op, t in took.items():
    lat = sorted(latencies[op])
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000
    print(f"{op:18} {len(lat):8d} {t:8.2f} {len(lat) / t:8.0f} {p(0.50):8.1f} {p(0.99):8.1f}")
ids = [i for d in deposited for i, _ in d]
numbers = [n for d in deposited for _, n in d]
print(f"\nerrors: {len(errors)}" + "".join("\n  " + e for e in errors[:5]))
print(f"deposited {len(ids)} invoices, {len(set(ids))} distinct ids, {len(set(numbers))} distinct numbers")
rate = len(latencies["deposit-invoice"]) / took["deposit-invoice"]
p99 = sorted(latencies["deposit-invoice"])[int(0.99 * len(latencies["deposit-invoice"]))] * 1000
ok = not errors and len(set(ids)) == clients * per_client
print(f"target: ≥ 300 deposits/s and p99 < 200 ms: {'PASS' if ok and rate >= 300 and p99 < 200 else 'FAIL'}")
PY
stored=$(CHORUS_TOKEN=$ops c invoice list --limit 0 --format ndjson | wc -l)
printf 'the store holds %d invoices (expected %d)\n' "$stored" $((CLIENTS * PER_CLIENT))

# The same load through the real client: CLIENTS `chorus deposit --batch` processes at once,
# each a manifest of PER_CLIENT Factur-X files with their own numbers.
for ((k = 0; k < CLIENTS; k++)); do
  {
    echo "file,number"
    i=0
    while ((i < PER_CLIENT)); do
      for f in "$work"/pdf/*.pdf; do
        ((i < PER_CLIENT)) || break
        echo "$f,B$k-$i"
        i=$((i + 1))
      done
    done
  } > "$work/batch$k.csv"
done
start=$(date +%s%N)
pids=()
for ((k = 0; k < CLIENTS; k++)); do
  CHORUS_TOKEN=$supplier c deposit --batch "$work/batch$k.csv" --format ndjson -q > "$work/batch$k.out" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
took=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
created=$(cat "$work"/batch*.out | grep -c '"result":"created"' || true)
printf '\n%d `chorus deposit --batch` processes at once: %d created in %s s (%.0f deposits/s), %d process(es) failed\n' \
  "$CLIENTS" "$created" "$took" "$(awk -v n="$created" -v t="$took" 'BEGIN { print n / t }')" "$failed"
stored=$(CHORUS_TOKEN=$ops c invoice list --limit 0 --format ndjson | wc -l)
printf 'the store holds %d invoices (expected %d)\n' "$stored" $((2 * CLIENTS * PER_CLIENT))
