-- Security findings of the LOGIN area (issue 12).

-- Clients that used a valid login link of a contact: their login requests pass the per-address limit, so
-- a third party cannot lock a contact out. Only the SHA-256 of the client's IP address is stored; rows
-- expire after 30 days and go with the contact, with "Auf allen Geräten abmelden" too.
CREATE TABLE login_known_clients (
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  client_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (contact_id, client_hash)
);
CREATE INDEX login_known_clients_expiry ON login_known_clients (expires_at);

-- SHA-256 of the order as stored (items, address, person, remark): a repeated idempotency key with a
-- different order is answered 409 instead of being taken for the same order. NULL for older orders.
ALTER TABLE orders ADD COLUMN body_hash TEXT;
