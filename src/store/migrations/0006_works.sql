-- Works invoices: dossiers de facturation, their partners, pieces by cadre and their history.

CREATE TABLE works_files (
    id                INTEGER PRIMARY KEY,
    market_number     TEXT NOT NULL,
    title             TEXT,
    supplier_id       INTEGER NOT NULL REFERENCES structures(id),
    supplier_service  TEXT,
    moe_id            INTEGER REFERENCES structures(id),
    moe_service       TEXT,
    moa_id            INTEGER NOT NULL REFERENCES structures(id),
    moa_service       TEXT,
    engagement_number TEXT,
    -- CONJOINT or SOLIDAIRE when the titulaire leads a group of co-contractors.
    group_type        TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX works_files_market ON works_files(market_number);

-- Subcontractors admitted to direct payment and co-contractors of the group.
CREATE TABLE works_file_members (
    file_id      INTEGER NOT NULL REFERENCES works_files(id) ON DELETE CASCADE,
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    role         TEXT NOT NULL,
    PRIMARY KEY (file_id, structure_id)
) WITHOUT ROWID;
CREATE INDEX works_file_members_structure ON works_file_members(structure_id);

CREATE TABLE works_pieces (
    id             INTEGER PRIMARY KEY,
    file_id        INTEGER NOT NULL REFERENCES works_files(id),
    number         TEXT NOT NULL,
    framework      TEXT NOT NULL,
    role           TEXT NOT NULL,
    depositor_id   INTEGER NOT NULL REFERENCES structures(id),
    associated_id  INTEGER REFERENCES works_pieces(id),
    status         TEXT NOT NULL,
    piece_date     TEXT NOT NULL,
    currency       TEXT NOT NULL,
    total_excl_vat TEXT NOT NULL,
    vat            TEXT NOT NULL,
    total_incl_vat TEXT NOT NULL,
    amount_due     TEXT NOT NULL,
    -- JSON: how the PDF was read.
    analysis       TEXT NOT NULL,
    file_sha256    TEXT NOT NULL REFERENCES files(sha256),
    file_name      TEXT NOT NULL,
    comment        TEXT,
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    status_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX works_pieces_number ON works_pieces(file_id, depositor_id, number);
CREATE INDEX works_pieces_status ON works_pieces(status, status_at);
CREATE INDEX works_pieces_associated ON works_pieces(associated_id) WHERE associated_id IS NOT NULL;

CREATE TABLE works_piece_attachments (
    id       INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES works_pieces(id),
    name     TEXT NOT NULL,
    sha256   TEXT NOT NULL REFERENCES files(sha256),
    size     INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX works_piece_attachments_piece ON works_piece_attachments(piece_id);

CREATE TABLE works_piece_history (
    id       INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES works_pieces(id),
    status   TEXT NOT NULL,
    at       TEXT NOT NULL,
    by       TEXT NOT NULL,
    comment  TEXT
);
CREATE INDEX works_piece_history_piece ON works_piece_history(piece_id, id);
