#!/usr/bin/env bash
# A team's shared store: `chorus serve` on one machine, the same commands from the others.
# Makes the operator account on a fresh store file, starts a server on a free local port, signs
# a supplier up and in, and runs a few commands through it. Run from the repository: bash examples/shared-store.sh
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

# The operator is an account of the store file, made with the local CLI before serving: the
# local store's owner gets the activation token at once, and nobody can squat the address.
chorus --store "$work/team.db" account create --email admin@finances.example --first-name Admin \
  --last-name Demo --no-siret --format json |
  sed -n 's/.*"activation_token": "\([0-9a-f]*\)".*/\1/p' > "$work/admin.token"
printf 'team password 2026\n' | chorus --store "$work/team.db" account activate \
  --email admin@finances.example --token "$(cat "$work/admin.token")" --password-stdin -q

# The server: one store file, one operator account. Each notification (activation messages…)
# goes to --notify-command as JSON on stdin: a deployment pipes it into its mail system.
"$bin" serve --store "$work/team.db" --listen 127.0.0.1:0 --operator admin@finances.example \
  --notify-command "cat >> '$work/outbox.ndjson'" > /dev/null 2> "$work/serve.log" &
server=$!
for _ in $(seq 50); do grep -q http:// "$work/serve.log" 2>/dev/null && break; sleep 0.1; done
export CHORUS_STORE=$(grep -o 'http://[0-9.:]*' "$work/serve.log")
echo "store: $CHORUS_STORE"

# The operator signs in. CI jobs use CHORUS_TOKEN (from `login --print-token`).
admin=$(printf 'team password 2026\n' | chorus login --email admin@finances.example --password-stdin --print-token)

# Manuela signs up without a token; the activation token goes to her mailbox (the
# notifications, delivered by --notify-command), never to the caller. Here the operator reads it.
chorus account create --email manuela@delices-savoie.fr --first-name Manuela --last-name Demo \
  --no-siret -q
token=$(CHORUS_TOKEN=$admin chorus account notifications manuela@delices-savoie.fr --format json |
  grep -o -- '--token [0-9a-f]*' | head -n 1 | cut -d' ' -f2)
printf 'team password 2026\n' |
  chorus account activate --email manuela@delices-savoie.fr --token "$token" --password-stdin -q

# The operator creates a public buyer.
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
