-- Idempotency of deposits: a batch re-run finds what it already deposited.
CREATE TABLE deposit_keys (
    key         TEXT PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
