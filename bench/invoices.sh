#!/usr/bin/env bash
# Invoice benchmark: builds a realistic store (an organisation from bench/seed_org.py, then a
# million invoices with their history from bench/seed_invoices.py) and times the invoice read
# commands end to end, each run a new `chorus` process.
#
#   bash bench/invoices.sh                              # 1,000,000 invoices
#   INVOICES=50000 RUNS=20 bash bench/invoices.sh       # a quick run
#   KEEP=1 bash bench/invoices.sh                       # keep the store (path printed at the end)
#   STORE=/tmp/…/invoices.db bash bench/invoices.sh     # time again on a kept store, no seeding
#
# Environment:
#   INVOICES    invoices to seed                                 (default 1000000)
#   SUPPLIERS   private structures issuing them (Zipf volumes)   (default 10000)
#   RECIPIENTS  public structures receiving them (Zipf volumes)  (default 2000)
#   STRUCTURES  structures of the organisation (15 % public)     (default 14000)
#   ACCOUNTS    accounts of the organisation                     (default 28000)
#   ANALYZE     1 runs ANALYZE after seeding; default 0 leaves the store without planner
#               statistics, as chorus itself does (it never runs ANALYZE)
#   RUNS        timed runs per command                           (default 50)
#   WARMUP      untimed runs per command before timing           (default 3)
#   SEED        random seed of the data set and picks            (default 42)
#   CHORUS_BIN  binary to measure; default: `cargo build --release` then target/release/chorus
#   KEEP        1 keeps the temporary store and prints its path  (default 0)
#   STORE       an invoices.db kept by an earlier run (KEEP=1): skip seeding, time on it
#
# Target (from the issue): on 1,000,000 invoices, `invoice list --status MISE_A_DISPOSITION
# --limit 50` and `invoice dashboard` under 100 ms end to end, process start included. A row
# PASSes when its p95 is under the target. Rows without a target are context.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"

INVOICES=${INVOICES:-1000000}
SUPPLIERS=${SUPPLIERS:-10000}
RECIPIENTS=${RECIPIENTS:-2000}
STRUCTURES=${STRUCTURES:-14000}
ACCOUNTS=${ACCOUNTS:-28000}
ANALYZE=${ANALYZE:-0}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-3}
SEED=${SEED:-42}
KEEP=${KEEP:-0}
STORE=${STORE:-}
CHORUS_BIN=${CHORUS_BIN:-}

command -v python3 >/dev/null || { echo "bench/invoices.sh: python3 is required" >&2; exit 1; }

if [[ -z "$CHORUS_BIN" ]]; then
    echo "building: cargo build --release (waits if another cargo holds the lock)" >&2
    cargo build --release --quiet
    CHORUS_BIN="$repo/target/release/chorus"
fi
[[ -x "$CHORUS_BIN" ]] || { echo "bench/invoices.sh: $CHORUS_BIN is not an executable" >&2; exit 1; }
CHORUS_BIN=$(cd "$(dirname "$CHORUS_BIN")" && pwd)/$(basename "$CHORUS_BIN")

# The measured commands must not pick up the caller's settings.
unset CHORUS_STORE CHORUS_USER CHORUS_FORMAT CHORUS_NOW
export NO_COLOR=1

commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [[ "$commit" != unknown ]] && ! git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null; then
    commit="$commit+dirty (uncommitted changes in src/ or Cargo.*)"
fi
echo "chorus invoice benchmark"
echo "  commit    $commit (of $repo; the binary may come from elsewhere, see CHORUS_BIN)"
echo "  binary    $CHORUS_BIN ($("$CHORUS_BIN" --version), built $(date -u -r "$CHORUS_BIN" +%Y-%m-%dT%H:%M:%SZ), sha256 $(sha256sum "$CHORUS_BIN" | cut -c1-16))"
echo "  machine   $(nproc) CPUs, $(uname -sr), python $(python3 -c 'import platform, sqlite3; print(platform.python_version(), "/ sqlite", sqlite3.sqlite_version)') (seeding only)"

if [[ -n "$STORE" ]]; then
    [[ -f "$STORE" && -f "$STORE.seed.json" ]] || { echo "bench/invoices.sh: $STORE or $STORE.seed.json missing" >&2; exit 1; }
    db=$(cd "$(dirname "$STORE")" && pwd)/$(basename "$STORE")
    echo "  data set  reused: $db; $RUNS timed runs per command"
    echo
else
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/chorus-bench-invoices.XXXXXX")
    cleanup() {
        if [[ "$KEEP" == 1 ]]; then
            echo "kept: $tmp/invoices.db (time again with STORE=$tmp/invoices.db)" >&2
        else
            rm -rf -- "$tmp"
        fi
    }
    trap cleanup EXIT
    db="$tmp/invoices.db"
    echo "  data set  $INVOICES invoices from $SUPPLIERS suppliers to $RECIPIENTS recipients;" \
         "organisation of $STRUCTURES structures, $ACCOUNTS accounts; seed $SEED; $RUNS timed runs per command"
    echo

    # A fresh store, created and migrated by the real binary.
    "$CHORUS_BIN" --store "$db" account list --format json >/dev/null
    org_json=$(python3 "$here/seed_org.py" "$db" --structures "$STRUCTURES" --accounts "$ACCOUNTS" --seed "$SEED")
    analyze=()
    [[ "$ANALYZE" == 1 ]] && analyze=(--analyze)
    inv_json=$(python3 "$here/seed_invoices.py" "$db" --invoices "$INVOICES" --suppliers "$SUPPLIERS" \
        --recipients "$RECIPIENTS" --seed "$SEED" "${analyze[@]}")
    python3 -c 'import json, sys; print(json.dumps({"org": json.loads(sys.argv[1]), "invoices": json.loads(sys.argv[2])}))' \
        "$org_json" "$inv_json" >"$db.seed.json"
fi

python3 - "$CHORUS_BIN" "$db" "$RUNS" "$WARMUP" "$SEED" "$db.seed.json" <<'PY'
import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time

binary, db, runs, warmup, seed, seed_file = sys.argv[1:7]
runs, warmup = int(runs), int(warmup)
info = json.load(open(seed_file))
org, inv = info["org"], info["invoices"]
rng = random.Random(int(seed) + 1)

size = sum(os.path.getsize(db + ext) for ext in ("", "-wal", "-shm") if os.path.exists(db + ext))
print(f"seed: organisation {org['seed_seconds']:.1f} s ({org['structures']:,} structures, {org['accounts']:,} accounts, "
      f"{org['attachments']:,} attachments); invoices {inv['seed_seconds']:.1f} s ({inv['invoices']:,} invoices, "
      f"{inv['history']:,} history rows, {inv['attachments']:,} attachments, {inv['files']} shared files)")
total = inv["invoices"]
print("statuses: " + ", ".join(f"{s} {c / total:.1%}" for s, c in inv["statuses"].items()))
print(f"store: {size / 1e6:.1f} MB ({db}); planner statistics: "
      f"{'ANALYZE' if inv['analyzed'] else 'none (as chorus leaves a store)'}; data set ends {inv['now']}")

ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
q = lambda sql, *a: ro.execute(sql, a).fetchall()
picks = max(runs + warmup, 1)


def manager_of(structure_id):
    return q("SELECT a.email FROM attachments t JOIN accounts a ON a.id = t.account_id"
             " WHERE t.structure_id = ? AND t.status = 'VALIDEE' AND t.role = 'GESTIONNAIRE_PRINCIPAL'",
             structure_id)[0][0]


def memberships(email):
    return q("SELECT count(*) FROM attachments t JOIN accounts a ON a.id = t.account_id"
             " WHERE a.email = ? AND t.status = 'VALIDEE'", email)[0][0]


# Volumes per party (the indexes make these cheap).
per_supplier = q("SELECT supplier_id, count(*) FROM invoices GROUP BY supplier_id")
per_recipient = q("SELECT recipient_id, count(*) FROM invoices GROUP BY recipient_id")
big_sup_id, big_sup_n = max(per_supplier, key=lambda r: r[1])
big_rec_id, big_rec_n = max(per_recipient, key=lambda r: r[1])
big_sup, big_rec = manager_of(big_sup_id), manager_of(big_rec_id)
sup_mgrs = [manager_of(s) for s, _ in rng.sample(per_supplier, min(picks, len(per_supplier)))]
rec_mgrs = [manager_of(r) for r, _ in rng.sample(per_recipient, min(picks, len(per_recipient)))]
# The busiest principal manager (an accountant managing many structures).
heavy_email, heavy_count = q(
    "SELECT a.email, count(*) FROM attachments t JOIN accounts a ON a.id = t.account_id"
    " WHERE t.status = 'VALIDEE' AND t.role IN ('GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE')"
    " GROUP BY t.account_id ORDER BY count(*) DESC LIMIT 1")[0]
# Random invoices, with the principal manager of their supplier.
max_id = q("SELECT max(id) FROM invoices")[0][0]
shows = [(i, manager_of(q("SELECT supplier_id FROM invoices WHERE id = ?", i)[0][0]))
         for i in (rng.randint(1, max_id) for _ in range(picks))]
mad_rows = q("SELECT count(*) FROM invoices WHERE status = 'MISE_A_DISPOSITION'")[0][0]
print(f"parties: busiest supplier {big_sup_n:,} invoices, busiest recipient {big_rec_n:,} invoices, "
      f"busiest manager attached to {memberships(heavy_email)} structures; "
      f"{mad_rows:,} invoices MISE_A_DISPOSITION")
print()


def cyc(seq):
    i = 0
    while True:
        yield seq[i % len(seq)]
        i += 1


base = [binary, "--store", db, "--format", "json"]
MAD = ["--status", "MISE_A_DISPOSITION", "--limit", "50"]


def cmd_iter(kind):
    """Endless argument lists for one benchmark row."""
    sm, rm, sh = cyc(sup_mgrs), cyc(rec_mgrs), cyc(shows)
    while True:
        s, r, (iid, iid_mgr) = next(sm), next(rm), next(sh)
        yield {
            "version": [binary, "--version"],
            "list-mad-op": base + ["invoice", "list"] + MAD,
            "list-mad-sup": base + ["--as", s, "invoice", "list"] + MAD,
            "list-mad-sup-big": base + ["--as", big_sup, "invoice", "list"] + MAD,
            "list-mad-rec": base + ["--as", r, "invoice", "list"] + MAD,
            "list-mad-rec-big": base + ["--as", big_rec, "invoice", "list"] + MAD,
            "list-mad-heavy": base + ["--as", heavy_email, "invoice", "list"] + MAD,
            "dash-op": base + ["invoice", "dashboard"],
            "dash-sup": base + ["--as", s, "invoice", "dashboard"],
            "dash-sup-big": base + ["--as", big_sup, "invoice", "dashboard"],
            "dash-rec": base + ["--as", r, "invoice", "dashboard"],
            "dash-rec-big": base + ["--as", big_rec, "invoice", "dashboard"],
            "dash-heavy": base + ["--as", heavy_email, "invoice", "dashboard"],
            "show-op": base + ["invoice", "show", str(iid)],
            "show-sup": base + ["--as", iid_mgr, "invoice", "show", str(iid)],
            "list-op": base + ["invoice", "list", "--limit", "50"],
            "list-rec-big": base + ["--as", big_rec, "invoice", "list", "--limit", "50"],
            "todo-rec": base + ["--as", r, "invoice", "todo"],
            "todo-rec-big": base + ["--as", big_rec, "invoice", "todo"],
        }[kind]


big_s = f"{big_sup_n // 1000}k inv" if big_sup_n >= 1000 else f"{big_sup_n} inv"
big_r = f"{big_rec_n // 1000}k inv" if big_rec_n >= 1000 else f"{big_rec_n} inv"
ROWS = [
    # (kind, label, target ms or None)
    ("version", "chorus --version (process start, no store)", None),
    ("list-mad-op", "invoice list --status MAD --limit 50 (operator)", 100),
    ("list-mad-sup", "  same --as supplier manager (random)", 100),
    ("list-mad-sup-big", f"  same --as busiest supplier's manager ({big_s})", 100),
    ("list-mad-rec", "  same --as recipient manager (random)", 100),
    ("list-mad-rec-big", f"  same --as busiest recipient's manager ({big_r})", 100),
    ("list-mad-heavy", f"  same --as manager of {heavy_count} structures", 100),
    ("dash-op", "invoice dashboard (operator)", 100),
    ("dash-sup", "  same --as supplier manager (random)", 100),
    ("dash-sup-big", f"  same --as busiest supplier's manager ({big_s})", 100),
    ("dash-rec", "  same --as recipient manager (random)", 100),
    ("dash-rec-big", f"  same --as busiest recipient's manager ({big_r})", 100),
    ("dash-heavy", f"  same --as manager of {heavy_count} structures", 100),
    ("show-op", "invoice show ID (operator)", None),
    ("show-sup", "invoice show ID --as supplier manager", None),
    ("list-op", "invoice list --limit 50 (operator, no filter)", None),
    ("list-rec-big", f"invoice list --limit 50 --as busiest recipient's mgr", None),
    ("todo-rec", "invoice todo --as recipient manager (random)", None),
    ("todo-rec-big", f"invoice todo --as busiest recipient's manager ({big_r})", None),
]


def archive_cutoff():
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{int(now[:4]) - 2}{now[4:]}"


def check_output(kind, args):
    """One captured run per row: the command works and prints what the store holds.
    Returns None, or what went wrong."""
    out = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        first = next((l for l in out.stderr.splitlines() if l.strip()), "")
        return f"exit {out.returncode}: {first[:160]}"
    if kind == "version":
        return None
    data = json.loads(out.stdout)
    if kind.startswith("list-mad"):
        if len(data) > 50 or any(d["status"] != "MISE_A_DISPOSITION" for d in data):
            return "list --status MISE_A_DISPOSITION returned other statuses or more than 50 rows"
        if kind == "list-mad-op" and len(data) != 50:
            return f"operator list: {len(data)} rows, expected 50"
    if kind.startswith("list") and [d["id"] for d in data] != sorted((d["id"] for d in data), reverse=True):
        return "list not newest first"
    if kind == "dash-op":
        want = dict((s, c) for s, c in q("SELECT status, count(*) FROM invoices WHERE status_at >= ?"
                                          " GROUP BY status", archive_cutoff()))
        got = {d["status"]: d["count"] for d in data}
        if set(got) != set(want) or sum(abs(got[s] - want[s]) for s in got) > 5:
            return f"operator dashboard {got} differs from the store {want}"
    if kind.startswith("dash") and not data:
        return "empty dashboard"
    if kind.startswith("show") and data["id"] != int(args[-1]):
        return "show returned another invoice"
    if kind.startswith("todo") and any(not t.get("action") for t in data):
        return "todo item without an action"
    return None


def pct(sorted_ms, p):
    """Nearest-rank percentile."""
    k = max(0, min(len(sorted_ms) - 1, -(-len(sorted_ms) * p // 100) - 1))
    return sorted_ms[int(k)]


results, errors = [], []
for kind, label, target in ROWS:
    it = cmd_iter(kind)
    problem = check_output(kind, next(it))
    if problem:
        results.append((label, 0, None, None, None, target))
        errors.append((label, problem))
        continue
    for _ in range(warmup):
        subprocess.run(next(it), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        args = next(it)
        t0 = time.perf_counter()
        rc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append((time.perf_counter() - t0) * 1000)
        if rc != 0:
            sys.exit(f"bench: {' '.join(args)} exited {rc}")
    times.sort()
    results.append((label, len(times), statistics.median(times), pct(times, 95), times[-1], target))

w = max(len(r[0]) for r in results)
header = f"{'command':<{w}}  {'runs':>4}  {'median ms':>9}  {'p95 ms':>7}  {'max ms':>7}  {'target':>6}  verdict"
print(header)
print("-" * len(header))
failed = 0
for label, n, med, p95, mx, target in results:
    tgt = "-" if target is None else f"{target}"
    if med is None:
        failed += target is not None
        print(f"{label:<{w}}  {0:>4}  {'-':>9}  {'-':>7}  {'-':>7}  {tgt:>6}  ERROR")
        continue
    verdict = "-" if target is None else ("PASS" if p95 < target else "FAIL")
    failed += verdict == "FAIL"
    print(f"{label:<{w}}  {n:>4}  {med:>9.2f}  {p95:>7.2f}  {mx:>7.2f}  {tgt:>6}  {verdict}")
print()
for label, problem in errors:
    print(f"ERROR {label.strip()}: {problem}")
print(f"{failed} row(s) over target or failing (verdict on p95; every run is a new process, output to "
      f"/dev/null, --format json; store warm in the page cache; MAD = MISE_A_DISPOSITION)")
PY
