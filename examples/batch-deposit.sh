#!/usr/bin/env bash
# Batch deposit from a script: a folder of invoice PDFs plus a CSV manifest, deposited in one
# command, then deposited again to show that a re-run is safe (every record `unchanged`).
#
#   bash examples/batch-deposit.sh
#
# In real life the PDFs come from your invoicing software; here chorus makes them (Factur-X),
# and a store in a temporary folder stands in for yours (set CHORUS_STORE to use your own).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
chorus="$PWD/target/release/chorus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CHORUS_STORE="$work/chorus.db" NO_COLOR=1
me=compta@delices-savoie.fr

# A supplier account and structure, a public buyer (the operator's job).
token=$("$chorus" --format csv account create --email "$me" --first-name Compta --last-name Délices --no-siret 2>/dev/null | tail -n 1 | awk -F, '{print $NF}')
printf 'compta savoie 2026\n' | "$chorus" account activate --email "$me" --token "$token" --password-stdin >/dev/null 2>&1
"$chorus" --as "$me" structure create --identifier 73282932000074 --name "Les Délices de Savoie" \
  --address "12 avenue des Alpes" --postcode 73000 --city Chambéry >/dev/null
"$chorus" structure create --public --identifier 22730001900006 --name "Département de la Savoie" \
  --address "1 rue de l'Hôtel de Ville" --postcode 73000 --city Chambéry --service-required >/dev/null
"$chorus" service create --structure 22730001900006 --code RESTAURATION_COLLEGES --name "Restauration des collèges" >/dev/null

# Ten Factur-X PDFs in out/ (made as drafts, downloaded, then the drafts are dropped).
mkdir -p "$work/out"
for i in $(seq -w 1 10); do
  sed "s/F-2026-0042/F-2026-01$i/" examples/invoice.json > "$work/invoice.json"
  id=$("$chorus" --as "$me" --format csv invoice create --from "$work/invoice.json" --draft 2>/dev/null | sed -n '2s/,.*//p')
  "$chorus" --as "$me" invoice download "$id" -o "$work/out/F-2026-01$i.pdf" >/dev/null
  "$chorus" --as "$me" --yes invoice delete "$id" >/dev/null
done

# The manifest: Factur-X files need only their path; a column overrides the document.
{
  echo "file,comment"
  for f in "$work"/out/*.pdf; do echo "out/$(basename "$f"),Lot de novembre"; done
} > "$work/manifest.csv"

echo "\$ chorus deposit --batch manifest.csv --format ndjson" >&2
"$chorus" --as "$me" deposit --batch "$work/manifest.csv" --format ndjson

echo >&2
echo "\$ chorus deposit --batch manifest.csv --format csv     # again: nothing changes" >&2
"$chorus" --as "$me" deposit --batch "$work/manifest.csv" --format csv

echo >&2
echo "\$ find out -name '*.pdf' | chorus deposit --batch - --comment 'Lot de novembre' --format csv" >&2
echo "# a bare list of paths from stdin, relative to the current folder (absolute paths take" >&2
echo "# --allow-absolute-paths); flags apply to every record: the same content, so unchanged" >&2
(cd "$work" && find out -name '*.pdf' | sort | "$chorus" --as "$me" deposit --batch - --comment "Lot de novembre" --format csv)
