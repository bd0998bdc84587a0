#!/usr/bin/env bash
# The weekly directory job: import the annuaire published by Chorus Pro, export what changed
# for the other systems, and check a client list against it.
#
#   bash examples/cron-directory.sh          # from the repository root (builds chorus if needed)
#   CHORUS_BIN=chorus CHORUS_STORE=/srv/chorus/chorus.db bash examples/cron-directory.sh annuaire.csv
#
# Without a file argument it makes a small directory of its own (three weeks of changes) in a
# temporary store, so that it runs anywhere. In a crontab:
#   0 6 * * 1  cd /srv/chorus && bash cron-directory.sh /srv/chorus/in/annuaire.csv
set -euo pipefail
cd "$(dirname "$0")/.."

chorus=${CHORUS_BIN:-}
if [[ -z "$chorus" ]]; then
  cargo build --release --quiet
  chorus="$PWD/target/release/chorus"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CHORUS_STORE=${CHORUS_STORE:-$work/chorus.db}
run() { echo "+ chorus $*" >&2; "$chorus" "$@"; }

if [[ $# -ge 1 ]]; then
  annuaire=$1
else
  # Last week's file, in the official API's field names, `;`-separated as the portal writes it.
  annuaire=$work/annuaire.csv
  cat > "$annuaire" <<'CSV'
identifiantStructure;designationStructure;adresseCodePostal;adresseVille;codeServiceDoitEtreRenseigne;numeroEJDoitEtreRenseigne;codeService;libelleService
21730065600014;VILLE DE CHAMBERY;73000;Chambéry;non;oui;FACTURES_PUBLIQUES;Service des factures publiques
22730001900006;DEPARTEMENT DE LA SAVOIE;73000;Chambéry;oui;non;VOIRIE;Routes départementales
22730001900006;DEPARTEMENT DE LA SAVOIE;73000;Chambéry;oui;non;COLLEGES;Collèges
21290019500018;COMMUNE DE BREST;29200;Brest;non;non;;
CSV
  CHORUS_NOW=2026-11-16T06:00:00Z run directory import "$annuaire" --full --format json -q > /dev/null
  # This week: Brest is gone, the Savoie closed its COLLEGES service, a new client appears.
  annuaire=$work/annuaire-this-week.csv
  cat > "$annuaire" <<'CSV'
identifiantStructure;designationStructure;adresseCodePostal;adresseVille;codeServiceDoitEtreRenseigne;numeroEJDoitEtreRenseigne;codeService;libelleService
21730065600014;VILLE DE CHAMBERY;73000;Chambéry;non;oui;FACTURES_PUBLIQUES;Service des factures publiques
22730001900006;DEPARTEMENT DE LA SAVOIE;73000;Chambéry;oui;non;VOIRIE;Routes départementales
21220070300016;MAIRIE DE GUINGAMP;22200;Guingamp;non;non;;
CSV
fi

# 1. The weekly import: the file is the whole directory (--full); bad rows fail the job (exit 3)
#    but the good ones are in.
since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
run directory import "$annuaire" --full --format json > "$work/import-report.json"
cat "$work/import-report.json"

# 2. What changed since just before the import, for the other systems (CSV, import's columns).
run directory export --changed-since "$since" > "$work/changes.csv"
cat "$work/changes.csv"

# 3. Our client list, joined with the directory: every row kept, found=false for unknown ones.
cat > "$work/clients.csv" <<'CSV'
client,siret
Ville de Chambéry,21730065600014
Commune de Brest,21290019500018
Client inconnu,40483304800014
CSV
run directory lookup - --column siret --format csv < "$work/clients.csv" |
  cut -d, -f1-7

# 4. Would an invoice to the Département without a service be accepted? (no: exit 3)
run directory check --recipient 22730001900006 --format json || echo "(refused, as expected)" >&2
