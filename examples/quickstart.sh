#!/usr/bin/env bash
# chorus on a fresh machine: build the release binary, create a store in a temporary folder,
# and walk the organisation flow of Chorus Pro, printing each command and its output.
#
#   bash examples/quickstart.sh
#
# Manuela creates her account and the structure « Les Délices de Savoie », Pierre asks to be
# attached, Manuela accepts him as secondary manager and hands him the principal role, Pierre
# creates two services and grants Manuela the first, and the operator creates a public buyer,
# the Département de la Savoie. Then Manuela deposits a Factur-X invoice to the Département, its
# buyer suspends it, she completes it, and the buyer takes it all the way to MISE_EN_PAIEMENT.
# Last, Manuela asks the buyer about the suspension in a ticket (sollicitation), and the buyer
# answers it from the Département's « Sollicitations reçues ».
set -euo pipefail

cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/chorus"

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
  "$bin" --format ndjson "$@" | sed -n "s/.*\"$name\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"
}

manuela=manuela@delices-savoie.fr
pierre=pierre@delices-savoie.fr
delices=73282932000074
departement=22730001900006
buyer=acheteur@savoie.fr

echo "Store: $CHORUS_STORE" >&2

echo; echo "## 1. Manuela signs up and activates her account" >&2
run account create --email "$manuela" --first-name Manuela --last-name Rossi --siret "$delices" --format json
token=$("$bin" --format csv account notifications "$manuela" | sed -n 's/.*--token \([0-9a-f]*\).*/\1/p')
printf 'delices savoie 2026\n' | run account activate --email "$manuela" --token "$token" --password-stdin --format table

echo; echo "## 2. She creates her structure: she becomes its principal manager" >&2
run --as "$manuela" structure create --identifier "$delices" --name "Les Délices de Savoie" \
  --address "12 avenue des Alpes" --postcode 73000 --city Chambéry --format table

echo; echo "## 3. Pierre signs up and asks to be attached" >&2
token=$(field activation_token account create --email "$pierre" --first-name Pierre --last-name Favre --no-siret)
printf 'pierre savoie 2026\n' | "$bin" account activate --email "$pierre" --token "$token" --password-stdin >/dev/null
run --as "$pierre" attach request --structure "$delices" --comment "Co-gérant" --format table

echo; echo "## 4. Manuela sees the request and accepts Pierre as secondary manager" >&2
run --as "$manuela" attach list --status pending --format csv
request=$(field id --as "$manuela" attach list --status pending)
run --as "$manuela" attach accept "$request" --role secondary --format json

echo; echo "## 5. She transfers the principal role to Pierre (--yes: no terminal to confirm)" >&2
run --as "$manuela" attach transfer --structure "$delices" --to "$pierre" --yes --format table

echo; echo "## 6. Pierre creates the services and grants Manuela the first only" >&2
run --as "$pierre" service create --structure "$delices" --code TRAITEUR --name "traiteur" --format json
run --as "$pierre" service create --structure "$delices" --code RESTAURATION_SCOLAIRE --name "restauration scolaire" --format json
run --as "$pierre" service grant --structure "$delices" --service TRAITEUR --account "$manuela" --format json
run service list --structure "$delices" --format table

echo; echo "## 7. The operator creates a public buyer with its routing parameters, and its buyer" >&2
run structure create --public --identifier "$departement" --name "Département de la Savoie" \
  --address "Hôtel du Département, 1 rue de l'Hôtel de Ville" --postcode 73000 --city Chambéry \
  --service-required --engagement-required --format json
run service create --structure "$departement" --code RESTAURATION_COLLEGES --name "Restauration des collèges" --format csv
token=$(field activation_token account create --email "$buyer" --first-name Claire --last-name Dupont --no-siret)
printf 'savoie achats 2026\n' | "$bin" account activate --email "$buyer" --token "$token" --password-stdin >/dev/null
request=$(field id --as "$buyer" attach request --structure "$departement")
"$bin" attach accept "$request" --role principal >/dev/null
run structure search --public --format csv

echo; echo "## 8. The structure, and Manuela's event feed" >&2
run structure show "$delices" --format table
run --as "$manuela" account events --format table

echo; echo "## 9. Manuela deposits a Factur-X invoice: its embedded XML says everything" >&2
run --as "$manuela" deposit examples/facture-F-2026-0042.pdf --format json
invoice=$(field id --as "$manuela" invoice list --number F-2026-0042)

echo; echo "## 10. The buyer sees it to do, and suspends it" >&2
run --as "$buyer" invoice todo --format table
run --as "$buyer" invoice process "$invoice" --status SUSPENDUE --reason "Bon de livraison manquant" --format table

echo; echo "## 11. Manuela completes it with the delivery note" >&2
printf 'Bon de livraison semaine 46 : 420 repas, 5 livraisons.\n' > "$workdir/bon-livraison.txt"
run --as "$manuela" invoice complete "$invoice" --attach "$workdir/bon-livraison.txt" --comment "Bon de livraison joint" --format table

echo; echo "## 12. The buyer processes it up to payment" >&2
run --as "$buyer" invoice process "$invoice" --status SERVICE_FAIT --format table
run --as "$buyer" invoice process "$invoice" --status MANDATEE --mandate-number M-2026-0077 --format table
run --as "$buyer" invoice process "$invoice" --status MISE_EN_PAIEMENT --format table

echo; echo "## 13. The whole history, the dashboard, and the deposit certificate" >&2
run --as "$manuela" invoice status "$invoice" --format table
run --as "$manuela" invoice dashboard --format table
run --as "$manuela" invoice certificate "$invoice" -o "$workdir/certificat.pdf" --format csv

echo; echo "## 14. Manuela asks the buyer about the suspension; the buyer answers and closes" >&2
run ticket categories --format table
ticket=$(field id --as "$manuela" ticket create --category FACTURES_EMISES --subcategory SUSPENSION \
  --invoice "$invoice" --subject "Suspension de la facture F-2026-0042" \
  --message "Pour nos prochaines livraisons : quels justificatifs joindre d'emblée ?")
run --as "$buyer" ticket todo --format table
run --as "$buyer" ticket reply "$ticket" --format table \
  --message "Le bon de livraison signé par la cantine, en pièce jointe de chaque facture."
run --as "$buyer" ticket close "$ticket" --format table
run --as "$manuela" ticket show "$ticket" --format json
