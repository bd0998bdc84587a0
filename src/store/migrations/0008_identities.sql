-- Notifications delivered by `chorus serve --notify-command` are marked, so that a restart
-- sends only the others. Those written before delivery existed count as delivered.
-- (The Rust step after this file rewrites stored e-mails to their canonical form.)
ALTER TABLE notifications ADD COLUMN delivered_at TEXT;
UPDATE notifications SET delivered_at = created_at;
CREATE INDEX notifications_undelivered ON notifications(id) WHERE delivered_at IS NULL;
