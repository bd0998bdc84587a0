#!/usr/bin/env bash
# A CI step: validate the invoices before they are sent, keep a JUnit report for the CI
# dashboard, fail the job when an invoice is invalid. Nothing is deposited, no store is written.
#
#   bash examples/ci-validate.sh            # from the repository root (builds chorus if needed)
#   CHORUS_BIN=chorus bash examples/ci-validate.sh
#
# Publish the report:
#   GitLab CI       artifacts: { when: always, reports: { junit: validate-report.xml } }
#   GitHub Actions  a JUnit report action (e.g. mikepenz/action-junit-report), report_paths: validate-report.xml
#   Jenkins         junit 'validate-report.xml'
#
# Routing against your directory is checked too when a store is at hand: set CHORUS_STORE (or
# pass --store) to a copy of the team's store; without one, only the documents are checked.
# Add --warnings-as-errors to make warnings fatal.
set -euo pipefail
cd "$(dirname "$0")/.."

chorus=${CHORUS_BIN:-}
if [[ -z "$chorus" ]]; then
  cargo build --release --quiet
  chorus="$PWD/target/release/chorus"
fi

status=0
"$chorus" invoice validate examples/*.pdf examples/invoice.json --format junit \
  > validate-report.xml || status=$?

case $status in
  0) echo "All invoices are valid; report in validate-report.xml" >&2 ;;
  3) echo "Invalid invoices: see validate-report.xml (or run with --format table)" >&2 ;;
  *) echo "chorus invoice validate failed (exit $status)" >&2 ;;
esac
exit "$status"
