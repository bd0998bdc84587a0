-- Bearer tokens of a remote store (`chorus login`): only their SHA-256 is kept.
CREATE TABLE tokens (
    id          INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL UNIQUE,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE INDEX tokens_account ON tokens(account_id);
