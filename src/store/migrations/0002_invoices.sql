-- Invoices, their files, attachments and status history; store settings.

-- Files (deposited PDFs, generated PDFs, attachments), addressed by SHA-256.
CREATE TABLE files (
    sha256  TEXT PRIMARY KEY,
    size    INTEGER NOT NULL,
    content BLOB NOT NULL
);

CREATE TABLE invoices (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL,
    -- Calendar year of creation: numbers are unique per supplier and year.
    year              INTEGER NOT NULL,
    status            TEXT NOT NULL,
    invoice_type      TEXT NOT NULL,
    framework         TEXT NOT NULL,
    invoice_date      TEXT NOT NULL,
    currency          TEXT NOT NULL,
    deposit_mode      TEXT NOT NULL,
    vat_regime        TEXT,
    payment_mode      TEXT,
    supplier_id       INTEGER NOT NULL REFERENCES structures(id),
    supplier_service  TEXT,
    recipient_id      INTEGER NOT NULL REFERENCES structures(id),
    recipient_service TEXT,
    validator_id      INTEGER REFERENCES structures(id),
    engagement_number TEXT,
    market_number     TEXT,
    original_number   TEXT,
    mandate_number    TEXT,
    comment           TEXT,
    total_excl_vat    TEXT NOT NULL,
    vat               TEXT NOT NULL,
    total_incl_vat    TEXT NOT NULL,
    amount_due        TEXT NOT NULL,
    -- total_incl_vat in cents, for amount filters.
    amount_cents      INTEGER NOT NULL,
    -- JSON: lines, VAT lines, parties as written on the document, analysis.
    detail            TEXT NOT NULL,
    file_sha256       TEXT REFERENCES files(sha256),
    file_name         TEXT,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    deposited_at      TEXT,
    status_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX invoices_number ON invoices(supplier_id, year, number);
-- Covers the dashboard: counts and amounts per status, archived or not.
CREATE INDEX invoices_status ON invoices(status, status_at, amount_cents);
-- Each side's index covers its lists and dashboards (bench/invoices.sh).
CREATE INDEX invoices_supplier ON invoices(supplier_id, status, status_at, amount_cents);
CREATE INDEX invoices_recipient ON invoices(recipient_id, status, status_at, amount_cents);
CREATE INDEX invoices_validator ON invoices(validator_id, status, status_at, amount_cents)
    WHERE validator_id IS NOT NULL;

-- Invoice counts and amounts per status and day of last change, kept by triggers, so that the
-- operator's dashboard does not count a million rows.
CREATE TABLE invoice_status_days (
    status TEXT NOT NULL,
    day    TEXT NOT NULL,
    count  INTEGER NOT NULL,
    cents  INTEGER NOT NULL,
    PRIMARY KEY (status, day)
) WITHOUT ROWID;
CREATE TRIGGER invoices_days_insert AFTER INSERT ON invoices BEGIN
    INSERT INTO invoice_status_days (status, day, count, cents)
    VALUES (NEW.status, substr(NEW.status_at, 1, 10), 1, NEW.amount_cents)
    ON CONFLICT (status, day) DO UPDATE SET count = count + 1, cents = cents + excluded.cents;
END;
CREATE TRIGGER invoices_days_delete AFTER DELETE ON invoices BEGIN
    UPDATE invoice_status_days SET count = count - 1, cents = cents - OLD.amount_cents
    WHERE status = OLD.status AND day = substr(OLD.status_at, 1, 10);
END;
CREATE TRIGGER invoices_days_update AFTER UPDATE OF status, status_at, amount_cents ON invoices BEGIN
    UPDATE invoice_status_days SET count = count - 1, cents = cents - OLD.amount_cents
    WHERE status = OLD.status AND day = substr(OLD.status_at, 1, 10);
    INSERT INTO invoice_status_days (status, day, count, cents)
    VALUES (NEW.status, substr(NEW.status_at, 1, 10), 1, NEW.amount_cents)
    ON CONFLICT (status, day) DO UPDATE SET count = count + 1, cents = cents + excluded.cents;
END;

CREATE TABLE invoice_attachments (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    sha256     TEXT NOT NULL REFERENCES files(sha256),
    size       INTEGER NOT NULL,
    added_at   TEXT NOT NULL
);
CREATE INDEX invoice_attachments_invoice ON invoice_attachments(invoice_id);

CREATE TABLE invoice_history (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    at         TEXT NOT NULL,
    by         TEXT NOT NULL,
    comment    TEXT
);
CREATE INDEX invoice_history_invoice ON invoice_history(invoice_id, id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES ('validation_delay_days', '15');
