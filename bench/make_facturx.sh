#!/usr/bin/env bash
# Makes N distinct Factur-X PDFs with `chorus invoice create` (as drafts, downloaded, then
# deleted) in FOLDER, from a store it sets up in FOLDER/.store (supplier 73282932000074 with
# account bench@example.fr, public buyer 22730001900006). Used by the other bench scripts.
#
#   bench/make_facturx.sh CHORUS_BIN FOLDER N
#
# Line counts follow public-sector invoices: 70% with 1-5 lines, 25% 6-20, 5% 21-100.
set -euo pipefail
bin=$1 folder=$2 n=$3
mkdir -p "$folder/.json"
export CHORUS_STORE="$folder/.store/chorus.db" CHORUS_NOW=2026-11-20T09:00:00Z
mkdir -p "$folder/.store"
c() { "$bin" "$@"; }
token=$(c account create --email bench@example.fr --first-name B --last-name E --no-siret --format csv 2>/dev/null | tail -n 1 | awk -F, '{print $NF}')
printf 'bench password 1\n' | c account activate --email bench@example.fr --token "$token" --password-stdin >/dev/null 2>&1
c --as bench@example.fr structure create --identifier 73282932000074 --name "Les Délices de Savoie" \
  --address "12 avenue des Alpes" --postcode 73000 --city Chambéry >/dev/null
c structure create --public --identifier 22730001900006 --name "Département de la Savoie" \
  --address "1 rue de l'Hôtel de Ville" --postcode 73000 --city Chambéry >/dev/null
python3 - "$n" "$folder/.json" <<'PY'
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
def lines_count():
    r = random.random()
    return random.randint(1, 5) if r < 0.7 else random.randint(6, 20) if r < 0.95 else random.randint(21, 100)
for i in range(n):
    lines = [{"description": f"Prestation {j} — repas et livraison", "quantity": str(random.randint(1, 400)),
              "unit": "C62", "unit_price": f"{random.randint(100, 99999) / 100:.2f}",
              "vat_rate": random.choice(["20", "10", "5.5"])} for j in range(lines_count())]
    doc = {"supplier": {"identifier": "73282932000074"}, "recipient": {"identifier": "22730001900006"},
           "number": f"B-{i:06d}", "date": "2026-11-19", "engagement_number": f"EJ-{i}", "lines": lines}
    with open(f"{out}/{i}.json", "w") as f:
        json.dump(doc, f)
PY
for ((i = 0; i < n; i++)); do
  id=$(c --as bench@example.fr invoice create --from "$folder/.json/$i.json" --draft --format csv 2>/dev/null | sed -n '2s/,.*//p')
  c --as bench@example.fr invoice download "$id" -o "$folder/$(printf 'B-%06d' "$i").pdf" >/dev/null
  c --as bench@example.fr --yes invoice delete "$id" >/dev/null
done
rm -rf "$folder/.json" "$folder/.store"
