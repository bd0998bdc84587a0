#!/usr/bin/env bash
# A team's shared store: `chorus serve` on one machine, the same commands from the others.
# Starts a server on a free local port with a fresh store, signs an operator and a supplier
# in, and runs a few commands through it. Run from the repository: bash examples/shared-store.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/chorus"
chorus() { "$bin" "$@"; }
work=$(mktemp -d)
server=
trap '[[ -n "$server" ]] && kill "$server"; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"    # where `chorus login` keeps tokens
unset CHORUS_STORE CHORUS_USER CHORUS_TOKEN

# The server: one store file, one operator account.
"$bin" serve --store "$work/team.db" --listen 127.0.0.1:0 --operator admin@finances.example \
  > /dev/null 2> "$work/serve.log" &
server=$!
for _ in $(seq 50); do grep -q http:// "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
export CHORUS_STORE=$(grep -o 'http://[0-9.:]*' "$work/serve.log")
echo "store: $CHORUS_STORE"

# Accounts sign up and activate without a token, then sign in.
signup() {
  local token
  token=$(chorus account create --email "$1" --first-name "$2" --last-name Demo --no-siret --format json |
    sed -n 's/.*"activation_token": "\([0-9a-f]*\)".*/\1/p')
  printf 'team password 2026\n' | chorus account activate --email "$1" --token "$token" --password-stdin -q
}
signup admin@finances.example Admin
signup manuela@delices-savoie.fr Manuela

# The operator creates a public buyer. CI jobs use CHORUS_TOKEN (from `login --print-token`).
admin=$(printf 'team password 2026\n' | chorus login --email admin@finances.example --password-stdin --print-token)
CHORUS_TOKEN=$admin chorus structure create --public --identifier 21730065600014 \
  --name "Commune de Chambéry" --address "Place de l'Hôtel de Ville" --postcode 73000 --city Chambéry -q

# Manuela signs in once (token kept in $XDG_CONFIG_HOME/chorus/credentials.toml) and works.
printf 'team password 2026\n' | chorus login --email manuela@delices-savoie.fr --password-stdin
chorus structure create --identifier 73282932000074 --name "Les Délices de Savoie" \
  --address "12 avenue des Alpes" --postcode 73000 --city Chambéry --format json
chorus structure search --name chambery --format csv
chorus logout
echo "--- server access log"
cat "$work/serve.log"
