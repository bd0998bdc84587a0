#!/usr/bin/env bash
# Organisation benchmark: builds a realistic store (structures, accounts, attachments, services,
# spaces, events) and times the read commands end to end, each run a new `chorus` process.
#
#   bash bench/org.sh                                  # 100,000 structures, 200,000 accounts
#   STRUCTURES=10000 ACCOUNTS=20000 RUNS=20 bash bench/org.sh   # a quick run
#
# Environment:
#   STRUCTURES  structures to seed                      (default 100000)
#   ACCOUNTS    accounts to seed (>= STRUCTURES)        (default 200000)
#   RUNS        timed runs per command                  (default 50)
#   WARMUP      untimed runs per command before timing  (default 3)
#   SEED        random seed of the data set and picks   (default 42)
#   CHORUS_BIN  binary to measure; default: `cargo build --release` then target/release/chorus
#   KEEP        1 keeps the temporary store and prints its path (default 0)
#
# Targets (from the issue): on 100,000 structures / 200,000 accounts, `structure show ID`,
# `attach list --structure ID` and `service list --structure ID` under 20 ms, `structure search`
# under 50 ms, process start included. A row PASSes when its p95 is under the target. Rows
# without a target are context (process start-up, unbounded output).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"

STRUCTURES=${STRUCTURES:-100000}
ACCOUNTS=${ACCOUNTS:-200000}
RUNS=${RUNS:-50}
WARMUP=${WARMUP:-3}
SEED=${SEED:-42}
KEEP=${KEEP:-0}
CHORUS_BIN=${CHORUS_BIN:-}

command -v python3 >/dev/null || { echo "bench/org.sh: python3 is required" >&2; exit 1; }

if [[ -z "$CHORUS_BIN" ]]; then
    echo "building: cargo build --release (waits if another cargo holds the lock)" >&2
    cargo build --release --quiet
    CHORUS_BIN="$repo/target/release/chorus"
fi
[[ -x "$CHORUS_BIN" ]] || { echo "bench/org.sh: $CHORUS_BIN is not an executable" >&2; exit 1; }
CHORUS_BIN=$(cd "$(dirname "$CHORUS_BIN")" && pwd)/$(basename "$CHORUS_BIN")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chorus-bench-org.XXXXXX")
cleanup() {
    if [[ "$KEEP" == 1 ]]; then
        echo "kept: $tmp/org.db" >&2
    else
        rm -rf -- "$tmp"
    fi
}
trap cleanup EXIT
db="$tmp/org.db"

# The measured commands must not pick up the caller's settings.
unset CHORUS_STORE CHORUS_USER CHORUS_FORMAT CHORUS_NOW
export NO_COLOR=1

commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [[ "$commit" != unknown ]] && ! git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null; then
    commit="$commit+dirty (uncommitted changes in src/ or Cargo.*)"
fi
echo "chorus organisation benchmark"
echo "  commit    $commit"
echo "  binary    $CHORUS_BIN ($("$CHORUS_BIN" --version), built $(date -u -r "$CHORUS_BIN" +%Y-%m-%dT%H:%M:%SZ), sha256 $(sha256sum "$CHORUS_BIN" | cut -c1-16))"
echo "  machine   $(nproc) CPUs, $(uname -sr), python $(python3 -c 'import platform; print(platform.python_version())')"
echo "  data set  $STRUCTURES structures, $ACCOUNTS accounts, seed $SEED; $RUNS timed runs per command"
echo

# A fresh store, created and migrated by the real binary.
"$CHORUS_BIN" --store "$db" account list --format json >/dev/null
seed_json=$(python3 "$here/seed_org.py" "$db" --structures "$STRUCTURES" --accounts "$ACCOUNTS" --seed "$SEED")

python3 - "$CHORUS_BIN" "$db" "$RUNS" "$WARMUP" "$SEED" "$seed_json" <<'PY'
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time

binary, db, runs, warmup, seed, seed_json = sys.argv[1:7]
runs, warmup = int(runs), int(warmup)
info = json.loads(seed_json)
rng = random.Random(int(seed) + 1)

size = sum(os.path.getsize(db + ext) for ext in ("", "-wal", "-shm") if os.path.exists(db + ext))
print(f"seed: {info['seed_seconds']:.1f} s for {info['structures']:,} structures, {info['accounts']:,} accounts, "
      f"{info['attachments']:,} attachments, {info['services']:,} services, "
      f"{info['structure_spaces']:,} open spaces, {info['events']:,} events")
print(f"store: {size / 1e6:.1f} MB ({db})")
print()

ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
picks = max(runs + warmup, 1)
# Random structures with their principal manager (the realistic --as for that structure).
pairs = ro.execute(
    "SELECT s.identifier, a.email FROM structures s"
    " JOIN attachments t ON t.structure_id = s.id AND t.status = 'VALIDEE' AND t.role = 'GESTIONNAIRE_PRINCIPAL'"
    " JOIN accounts a ON a.id = t.account_id"
    " WHERE s.id IN (SELECT id FROM structures ORDER BY random() LIMIT ?)", (picks,)).fetchall()
rng.shuffle(pairs)
# The busiest principal manager (an accountant managing many structures) and their structures.
heavy_id, heavy_email, heavy_count = ro.execute(
    "SELECT t.account_id, a.email, count(*) FROM attachments t JOIN accounts a ON a.id = t.account_id"
    " WHERE t.status = 'VALIDEE' AND t.role IN ('GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE')"
    " GROUP BY t.account_id ORDER BY count(*) DESC LIMIT 1").fetchone()
heavy_structures = [r[0] for r in ro.execute(
    "SELECT s.identifier FROM attachments t JOIN structures s ON s.id = t.structure_id"
    " WHERE t.account_id = ? AND t.status = 'VALIDEE' AND t.role = 'GESTIONNAIRE_PRINCIPAL'", (heavy_id,))]
ids = [p[0] for p in pairs]
hits = {
    "martin": ro.execute("SELECT count(*) FROM structures WHERE name LIKE '%martin%'").fetchone()[0],
    info["rare_name"]: ro.execute("SELECT count(*) FROM structures WHERE name LIKE ?", (f"%{info['rare_name']}%",)).fetchone()[0],
}


def cyc(seq):
    i = 0
    while True:
        yield seq[i % len(seq)]
        i += 1


base = [binary, "--store", db, "--format", "json"]


def cmd_iter(kind):
    """Endless argument lists for one benchmark row."""
    p = cyc(pairs)
    hs = cyc(heavy_structures)
    while True:
        ident, email = next(p)
        yield {
            "version": [binary, "--version"],
            "missing": base + ["structure", "show", "00000000000000"],
            "show": base + ["structure", "show", ident],
            "show-as": base + ["--as", email, "structure", "show", ident],
            "attach": base + ["attach", "list", "--structure", ident],
            "attach-as": base + ["--as", email, "attach", "list", "--structure", ident],
            "attach-heavy": base + ["--as", heavy_email, "attach", "list", "--structure", next(hs)],
            "service": base + ["service", "list", "--structure", ident],
            "service-as": base + ["--as", email, "service", "list", "--structure", ident],
            "search-common": base + ["structure", "search", "--name", "martin"],
            "search-common-as": base + ["--as", email, "structure", "search", "--name", "martin"],
            "search-rare": base + ["structure", "search", "--name", info["rare_name"].lower()],
            "search-none": base + ["structure", "search", "--name", "zqxw"],
            "search-id4": base + ["structure", "search", "--identifier", ident[:4]],
            "search-id9": base + ["structure", "search", "--identifier", ident[:9]],
            "search-id1": base + ["structure", "search", "--identifier", ident[:1]],
            "search-id2": base + ["structure", "search", "--identifier", ident[:2]],
            "search-all-martin": base + ["structure", "search", "--name", "martin", "--limit", "0"],
        }[kind]


ROWS = [
    # (kind, label, target ms or None, expected exit code)
    ("version", "chorus --version (process start, no store)", None, 0),
    ("missing", "structure show UNKNOWN (open store, exit 4)", None, 4),
    ("show", "structure show ID", 20, 0),
    ("show-as", "structure show ID --as MANAGER", 20, 0),
    ("attach", "attach list --structure ID", 20, 0),
    ("attach-as", "attach list --structure ID --as MANAGER", 20, 0),
    ("attach-heavy", f"attach list --structure ID --as MGR({heavy_count} structs)", 20, 0),
    ("service", "service list --structure ID", 20, 0),
    ("service-as", "service list --structure ID --as MANAGER", 20, 0),
    ("search-common", f"structure search --name martin ({hits['martin']:,} hits)", 50, 0),
    ("search-common-as", "structure search --name martin --as MANAGER", 50, 0),
    ("search-rare", f"structure search --name {info['rare_name'].lower()} ({hits[info['rare_name']]} hits)", 50, 0),
    ("search-none", "structure search --name zqxw (no hit)", 50, 0),
    ("search-id1", "structure search --identifier 1 digit", 50, 0),
    ("search-id2", "structure search --identifier 2 digits", 50, 0),
    ("search-id4", "structure search --identifier 4 digits", 50, 0),
    ("search-id9", "structure search --identifier SIREN (9)", 50, 0),
    ("search-all-martin", "structure search --name martin --limit 0", None, 0),
]


def check_output(kind, args):
    """One captured run per row: the command works and prints what the store holds."""
    out = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    expected = dict((r[0], r[3]) for r in ROWS)[kind]
    if out.returncode != expected:
        sys.exit(f"bench: {' '.join(args)} exited {out.returncode} (expected {expected}):\n{out.stderr}")
    if kind in ("version", "missing"):
        return
    data = json.loads(out.stdout)
    ident = args[args.index("--structure") + 1] if "--structure" in args else (args[-1] if kind.startswith("show") else None)
    if kind.startswith("show"):
        assert data["identifier"] == ident and data["managers"], f"bad structure show output for {ident}"
    elif kind.startswith("service"):
        n = ro.execute("SELECT count(*) FROM services v JOIN structures s ON s.id = v.structure_id"
                       " WHERE s.identifier = ?", (ident,)).fetchone()[0]
        assert len(data) == n, f"service list {ident}: {len(data)} rows, store holds {n}"
    elif kind.startswith("attach"):
        assert data and all(a["structure"] == ident for a in data), f"bad attach list output for {ident}"
    elif kind == "search-rare":
        assert len(data) == hits[info["rare_name"]], f"search rare: {len(data)} rows"
    elif kind == "search-common":
        assert len(data) == min(100, hits["martin"]), f"search martin: {len(data)} rows"
    elif kind == "search-none":
        assert data == [], "search zqxw should find nothing"


def pct(sorted_ms, p):
    """Nearest-rank percentile."""
    k = max(0, min(len(sorted_ms) - 1, -(-len(sorted_ms) * p // 100) - 1))
    return sorted_ms[int(k)]


results = []
for kind, label, target, code in ROWS:
    it = cmd_iter(kind)
    check_output(kind, next(it))
    for _ in range(warmup):
        subprocess.run(next(it), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        args = next(it)
        t0 = time.perf_counter()
        rc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append((time.perf_counter() - t0) * 1000)
        if rc != code:
            sys.exit(f"bench: {' '.join(args)} exited {rc} (expected {code})")
    times.sort()
    results.append((label, len(times), statistics.median(times), pct(times, 95), times[-1], target))

w = max(len(r[0]) for r in results)
header = f"{'command':<{w}}  {'runs':>4}  {'median ms':>9}  {'p95 ms':>7}  {'max ms':>7}  {'target':>6}  verdict"
print(header)
print("-" * len(header))
failed = 0
for label, n, med, p95, mx, target in results:
    verdict = "-" if target is None else ("PASS" if p95 < target else "FAIL")
    failed += verdict == "FAIL"
    tgt = "-" if target is None else f"{target}"
    print(f"{label:<{w}}  {n:>4}  {med:>9.2f}  {p95:>7.2f}  {mx:>7.2f}  {tgt:>6}  {verdict}")
print()
print(f"{failed} row(s) over target (verdict on p95; every run is a new process, output to /dev/null, "
      f"--format json; store warm in the page cache)")
PY
