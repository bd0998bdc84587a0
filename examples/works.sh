#!/usr/bin/env bash
# A monthly cycle of a works market (facture de travaux) with a subcontractor, on a fresh store.
#
#   bash examples/works.sh
#
# The Commune de Chambéry (MOA) renovates a school. Bâtiments Alpins holds the market, Atelier
# Rhône Architectes is the maîtrise d'œuvre (MOE) and Électricité du Lac a subcontractor paid
# directly. For November: the titulaire deposits its projet de décompte mensuel (A4), the
# subcontractor its own (A10), which the titulaire approves; the MOE takes both into account and
# draws up an état d'acompte for each (A15); the MOA validates them (A19), which makes the payment
# requests available to it as recipient, and processes them up to MISE_EN_PAIEMENT.
set -euo pipefail

cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/chorus"
docs="$PWD/examples/works"

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
export CHORUS_STORE="$workdir/chorus.db"
export NO_COLOR=1

# Prints a command, then runs it.
run() {
  local shown=() arg
  for arg in "$@"; do
    case $arg in
      *[[:space:]\'\"]*) shown+=("'${arg//\'/\'\\\'\'}'") ;;
      *) shown+=("$arg") ;;
    esac
  done
  printf '\n$ chorus %s\n' "${shown[*]}" >&2
  "$bin" "$@"
}
# Runs a command quietly and prints the value of one JSON field of its output.
field() {
  local name=$1; shift
  "$bin" --format ndjson "$@" | sed -n "s/.*\"$name\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p" | head -n 1
}
# Signs an account up and activates it.
signup() {
  local token
  token=$(field activation_token account create --email "$1" --first-name "$2" --last-name "$3" --no-siret)
  printf 'works example 2026\n' | "$bin" account activate --email "$1" --token "$token" --password-stdin >/dev/null
}
# An account creates its private structure (it becomes its manager) and opens the works space.
company() {
  local email=$1 siret=$2 name=$3
  "$bin" --as "$email" structure create --identifier "$siret" --name "$name" \
    --address "1 rue du Chantier" --postcode 73000 --city Chambéry >/dev/null
  "$bin" --as "$email" structure space open "$siret" works-invoices >/dev/null
}

titulaire=paul@batiments-alpins.fr;  batiments=40483304800014
architecte=ines@atelier-rhone.fr;     atelier=02673002800011
electricien=yann@electricite-lac.fr;  electricite=73282932000074
acheteur=claire@chambery.fr;          chambery=21730065600014
market=M-2026-118

echo "Store: $CHORUS_STORE" >&2
echo; echo "## 1. The parties: three companies and the commune, each with its works-invoices space" >&2
signup "$titulaire" Paul Girard
signup "$architecte" Inès Morel
signup "$electricien" Yann Perrin
signup "$acheteur" Claire Dupont
company "$titulaire" "$batiments" "Bâtiments Alpins"
company "$architecte" "$atelier" "Atelier Rhône Architectes"
company "$electricien" "$electricite" "Électricité du Lac"
"$bin" structure create --public --identifier "$chambery" --name "Commune de Chambéry" \
  --address "Place de l'Hôtel de Ville" --postcode 73000 --city Chambéry >/dev/null
"$bin" service create --structure "$chambery" --code TRAVAUX --name "Direction des bâtiments" >/dev/null
request=$(field id --as "$acheteur" attach request --structure "$chambery")
"$bin" attach accept "$request" --role principal >/dev/null
run --as "$acheteur" structure space open "$chambery" works-invoices --format table

echo; echo "## 2. The titulaire creates the dossier de facturation of the market" >&2
dossier=$(field id --as "$titulaire" works-file create --market "$market" \
  --title "Rénovation école des Charmettes" --supplier "$batiments" --moe "$atelier" \
  --moa "$chambery" --moa-service TRAVAUX --subcontractor "$electricite")
run --as "$titulaire" works-file show "$dossier" --format json

echo; echo "## 3. November: the titulaire deposits its projet de décompte mensuel (A4) for the MOE" >&2
run --as "$titulaire" works-file deposit "$docs/A4-projet-decompte-mensuel.pdf" --file "$dossier" --framework A4 \
  --number PDM-2026-11 --date 2026-11-20 --total-excl-vat 42000 --vat 8400 --format table
a4=$(field id --as "$titulaire" works-file list --file "$dossier" --status MISE_A_DISPOSITION_MOE)

echo; echo "## 4. The subcontractor deposits its own (A10); the titulaire approves it" >&2
run --as "$electricien" works-file deposit "$docs/A10-decompte-soustraitant.pdf" --file "$dossier" --framework A10 \
  --number ST-2026-11 --date 2026-11-20 --total-excl-vat 8000 --vat 1600 --format table
a10=$(field id --as "$electricien" works-file list --file "$dossier" --status A_VALIDER_1)
run --as "$titulaire" works-file todo --format table
run --as "$titulaire" works-file approve "$a10" --format table

echo; echo "## 5. The MOE sees both, and draws up an état d'acompte (A15) for each" >&2
run --as "$architecte" works-file todo --format table
run --as "$architecte" works-file process "$a4" --status PRISE_EN_COMPTE_MOE --format table
a15t=$(field id --as "$architecte" works-file deposit "$docs/A15-etat-acompte-moe.pdf" --file "$dossier" \
  --framework A15 --associate "$a4" --number EA-2026-11-T --date 2026-11-25 \
  --total-excl-vat 42000 --vat 8400 --amount-due 47880)
a15s=$(field id --as "$architecte" works-file deposit "$docs/A15-etat-acompte-moe.pdf" --file "$dossier" \
  --framework A15 --associate "$a10" --number EA-2026-11-ST --date 2026-11-25 \
  --total-excl-vat 8000 --vat 1600 --amount-due 9120)
run --as "$architecte" works-file list --file "$dossier" --role moe --format table

echo; echo "## 6. The MOA validates each état d'acompte (A19): the payment requests reach it" >&2
run --as "$acheteur" works-file todo --format table
a19t=$(field id --as "$acheteur" works-file deposit "$docs/A19-etat-acompte-valide.pdf" --file "$dossier" \
  --framework A19 --associate "$a15t" --number EAV-2026-11-T --date 2026-11-28 \
  --total-excl-vat 42000 --vat 8400 --amount-due 47880)
a19s=$(field id --as "$acheteur" works-file deposit "$docs/A19-etat-acompte-valide.pdf" --file "$dossier" \
  --framework A19 --associate "$a15s" --number EAV-2026-11-ST --date 2026-11-28 \
  --total-excl-vat 8000 --vat 1600 --amount-due 9120)
run --as "$acheteur" works-file list --file "$dossier" --status MISE_A_DISPOSITION --format table

echo; echo "## 7. The MOA, as recipient, processes both payment requests up to payment" >&2
for a19 in "$a19t" "$a19s"; do
  run --as "$acheteur" works-file process "$a19" --status SERVICE_FAIT --format table
  run --as "$acheteur" works-file process "$a19" --status MISE_EN_PAIEMENT --format table
done

echo; echo "## 8. The consultation of the dossier: every piece with its history" >&2
run --as "$titulaire" works-file show "$dossier" --format json
run --as "$electricien" works-file list --format table
run --as "$acheteur" works-file download "$dossier" -o "$workdir/dossier-1" --format table
