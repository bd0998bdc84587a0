-- Accounts, structures, attachments, services, spaces, events.

CREATE TABLE accounts (
    id                    INTEGER PRIMARY KEY,
    email                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name            TEXT NOT NULL,
    last_name             TEXT NOT NULL,
    phone                 TEXT,
    siret                 TEXT,
    status                TEXT NOT NULL,
    activation_token_hash TEXT,
    password_hash         TEXT,
    security_question     TEXT,
    security_answer_hash  TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    kind       TEXT NOT NULL,
    message    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX notifications_account ON notifications(account_id);

CREATE TABLE structures (
    id                             INTEGER PRIMARY KEY,
    identifier                     TEXT NOT NULL,
    identifier_type                TEXT NOT NULL,
    name                           TEXT NOT NULL,
    label                          TEXT,
    structure_type                 TEXT NOT NULL,
    status                         TEXT NOT NULL,
    address                        TEXT NOT NULL,
    postcode                       TEXT NOT NULL,
    city                           TEXT NOT NULL,
    country                        TEXT NOT NULL,
    service_required               INTEGER NOT NULL DEFAULT 0,
    engagement_required            INTEGER NOT NULL DEFAULT 0,
    service_or_engagement_required INTEGER NOT NULL DEFAULT 0,
    payment_status_not_reported    INTEGER NOT NULL DEFAULT 0,
    created_at                     TEXT NOT NULL,
    updated_at                     TEXT NOT NULL,
    UNIQUE (identifier_type, identifier)
);
-- Covers identifier lookups and prefix searches sorted by name.
CREATE INDEX structures_identifier ON structures(identifier, name COLLATE NOCASE);
CREATE INDEX structures_name ON structures(name COLLATE NOCASE);

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    role         TEXT,
    status       TEXT NOT NULL,
    comment      TEXT,
    reason       TEXT,
    requested_at TEXT NOT NULL,
    decided_at   TEXT,
    decided_by   TEXT
);
CREATE INDEX attachments_structure ON attachments(structure_id, status);
CREATE INDEX attachments_account ON attachments(account_id, status);
-- One pending or active attachment per (account, structure).
CREATE UNIQUE INDEX attachments_live ON attachments(account_id, structure_id)
    WHERE status IN ('EN_COURS_DE_VALIDATION', 'VALIDEE');
-- At most one principal manager per structure.
CREATE UNIQUE INDEX attachments_one_principal ON attachments(structure_id)
    WHERE status = 'VALIDEE' AND role = 'GESTIONNAIRE_PRINCIPAL';

CREATE TABLE services (
    id                          INTEGER PRIMARY KEY,
    structure_id                INTEGER NOT NULL REFERENCES structures(id),
    code                        TEXT NOT NULL,
    name                        TEXT NOT NULL,
    active                      INTEGER NOT NULL DEFAULT 1,
    engagement_required         INTEGER NOT NULL DEFAULT 0,
    payment_status_not_reported INTEGER NOT NULL DEFAULT 0,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    UNIQUE (structure_id, code)
);

CREATE TABLE service_grants (
    service_id INTEGER NOT NULL REFERENCES services(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (service_id, account_id)
);
CREATE INDEX service_grants_account ON service_grants(account_id);

CREATE TABLE structure_spaces (
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    space        TEXT NOT NULL,
    PRIMARY KEY (structure_id, space)
) WITHOUT ROWID;

CREATE TABLE space_requests (
    id           INTEGER PRIMARY KEY,
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    space        TEXT NOT NULL,
    mode         TEXT NOT NULL,
    status       TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_at   TEXT,
    decided_by   TEXT
);
CREATE INDEX space_requests_structure ON space_requests(structure_id, status);

-- Habilitations granted by accepted space requests (managers hold every open space implicitly).
CREATE TABLE space_habilitations (
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    space        TEXT NOT NULL,
    mode         TEXT NOT NULL,
    PRIMARY KEY (structure_id, account_id, space)
) WITHOUT ROWID;

-- Every state change, for the account event feeds and object histories.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    structure_id INTEGER REFERENCES structures(id),
    account_id   INTEGER REFERENCES accounts(id),
    object       TEXT NOT NULL,
    summary      TEXT NOT NULL
);
CREATE INDEX events_structure ON events(structure_id, id);
CREATE INDEX events_account ON events(account_id, id);
