-- The public directory: service validity dates, change tracking for exports, full-text search.

ALTER TABLE services ADD COLUMN valid_from TEXT;
ALTER TABLE services ADD COLUMN valid_to TEXT;

-- `directory export --changed-since`: structures changed through a service (the structures
-- themselves are filtered while the export walks them in identifier order).
CREATE INDEX services_updated ON services(updated_at);

-- Spaces open by default (the catalogue of src/domain/space.rs, by structure type) need no row
-- any more: `structure_spaces` holds the spaces opened since, this table the defaults closed
-- since. The defaults of existing structures that were closed are recorded here.
CREATE TABLE structure_spaces_closed (
    structure_id INTEGER NOT NULL REFERENCES structures(id),
    space        TEXT NOT NULL,
    PRIMARY KEY (structure_id, space)
) WITHOUT ROWID;
INSERT INTO structure_spaces_closed (structure_id, space)
SELECT s.id, d.space
FROM structures s
JOIN (SELECT 'manager' AS space, 0 AS public_only
      UNION ALL SELECT 'my-account', 0 UNION ALL SELECT 'invoices-issued', 0
      UNION ALL SELECT 'tickets-issued', 0 UNION ALL SELECT 'invoices-received', 1
      UNION ALL SELECT 'tickets-received', 1) d
  ON d.public_only = 0 OR s.structure_type = 'PUBLIQUE'
WHERE NOT EXISTS (SELECT 1 FROM structure_spaces o WHERE o.structure_id = s.id AND o.space = d.space);

-- `directory search`: names, labels and cities of structures and names of services, case- and
-- accent-insensitive. External content: the text lives in the tables; store/structures.rs and
-- store/services.rs keep the index in step when they write (structures and services are never
-- deleted). Not triggers: a trigger makes every single-row insert a multi-row statement, which
-- SQLite journals page by page, and whose statement savepoint makes FTS5 flush its pending
-- terms each time — several times slower for a directory import.
CREATE VIRTUAL TABLE structures_fts USING fts5(
    name, label, city,
    content = 'structures', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE services_fts USING fts5(
    name,
    content = 'services', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO structures_fts(structures_fts) VALUES ('rebuild');
INSERT INTO services_fts(services_fts) VALUES ('rebuild');
