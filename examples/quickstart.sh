#!/usr/bin/env bash
# chorus on a fresh machine: build the release binary, create a store in a temporary folder,
# and walk the organisation flow of Chorus Pro, printing each command and its output.
#
#   bash examples/quickstart.sh
#
# Manuela creates her account and the structure « Les Délices de Savoie », Pierre asks to be
# attached, Manuela accepts him as secondary manager and hands him the principal role, Pierre
# creates two services and grants Manuela the first, and the operator creates a public buyer.
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
chambery=21730065600014

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

echo; echo "## 7. The operator creates a public buyer with its routing parameters" >&2
run structure create --public --identifier "$chambery" --name "Commune de Chambéry" \
  --address "Place de l'Hôtel de Ville" --postcode 73000 --city Chambéry \
  --service-required --engagement-required --format json
run structure search --public --format csv

echo; echo "## 8. The structure, and Manuela's event feed" >&2
run structure show "$delices" --format table
run --as "$manuela" account events --format table
