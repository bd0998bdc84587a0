-- Tickets (sollicitations): questions to a public structure or to support, and their thread.

CREATE TABLE tickets (
    id                     INTEGER PRIMARY KEY,
    number                 TEXT NOT NULL UNIQUE,
    category               TEXT NOT NULL,
    subcategory            TEXT NOT NULL,
    subject                TEXT NOT NULL,
    status                 TEXT NOT NULL,
    requester_account_id   INTEGER NOT NULL REFERENCES accounts(id),
    requester_structure_id INTEGER REFERENCES structures(id),
    -- NULL: addressed to support (the operator).
    addressee_structure_id INTEGER REFERENCES structures(id),
    invoice_id             INTEGER REFERENCES invoices(id),
    works_piece_id         INTEGER REFERENCES works_pieces(id),
    created_at             TEXT NOT NULL,
    status_at              TEXT NOT NULL
);
CREATE INDEX tickets_requester ON tickets(requester_account_id);
CREATE INDEX tickets_requester_structure ON tickets(requester_structure_id);
CREATE INDEX tickets_addressee ON tickets(addressee_structure_id);

CREATE TABLE ticket_messages (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    -- requester or addressee
    side      TEXT NOT NULL,
    author    TEXT NOT NULL,
    body      TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, id);

CREATE TABLE ticket_attachments (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES ticket_messages(id),
    name       TEXT NOT NULL,
    sha256     TEXT NOT NULL REFERENCES files(sha256),
    size       INTEGER NOT NULL
);
CREATE INDEX ticket_attachments_message ON ticket_attachments(message_id);

CREATE TABLE ticket_history (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    status    TEXT NOT NULL,
    at        TEXT NOT NULL,
    by        TEXT NOT NULL
);
CREATE INDEX ticket_history_ticket ON ticket_history(ticket_id, id);
