-- The public directory: service validity dates, change tracking for exports, full-text search.

ALTER TABLE services ADD COLUMN valid_from TEXT;
ALTER TABLE services ADD COLUMN valid_to TEXT;

-- `directory export --changed-since`: what changed, deactivations included, since an instant.
CREATE INDEX structures_updated ON structures(updated_at);
CREATE INDEX services_updated ON services(updated_at);

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
