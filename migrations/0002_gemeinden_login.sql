-- LOGIN area for Gemeinden: accounts, one-time login tokens, sessions, orders and the mail outbox.
-- Personal data kept here (README, "Data retention"): contact e-mail addresses and names, the contact
-- person and delivery address of orders, and the mails in the outbox. Tokens and session ids are stored
-- only as SHA-256 hashes.

CREATE TABLE gemeinden (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  -- BFS number of the Gemeinde; NULL until taken from the official list (never invented).
  bfs_number INTEGER UNIQUE,
  delivery_address TEXT NOT NULL DEFAULT '',
  -- 1 = sample data, not an official record (the current list of Gemeinden is not yet sourced).
  sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1))
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('gemeinde', 'koordinationsstelle')),
  gemeinde_id INTEGER REFERENCES gemeinden (id),
  -- 1 = labelled demo account (example.org addresses), never a real person.
  demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (role = 'koordinationsstelle' OR gemeinde_id IS NOT NULL)
);

-- One-time login links: only the SHA-256 of the token is stored; valid 15 minutes, single use.
CREATE TABLE login_tokens (
  token_hash TEXT PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  return_to TEXT NOT NULL DEFAULT '/gemeinden/',
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX login_tokens_expiry ON login_tokens (expires_at);

-- Sessions: only the SHA-256 of the cookie value is stored; idle and absolute expiry in epoch ms.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_contact ON sessions (contact_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Fixed-window counters for login requests; keys are hashes (of the address or the client).
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL
);

CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  gemeinde_id INTEGER NOT NULL REFERENCES gemeinden (id),
  contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  idempotency_key TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'eingegangen' CHECK (status IN ('eingegangen', 'in_bearbeitung', 'versandt', 'storniert')),
  delivery_address TEXT NOT NULL,
  contact_person TEXT NOT NULL,
  remark TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (gemeinde_id, idempotency_key)
);
CREATE INDEX orders_gemeinde ON orders (gemeinde_id, created_at);
CREATE INDEX orders_status ON orders (status, created_at);

CREATE TABLE order_items (
  order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  publication TEXT NOT NULL,
  language TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, position),
  UNIQUE (order_id, publication, language)
);

-- Outgoing mails. Written in the same batch as what caused them, sent later (waitUntil, retry path).
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  to_email TEXT NOT NULL,
  subject TEXT NOT NULL,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  -- Sent to Resend as Idempotency-Key: a retry after a timeout never sends a second mail.
  idempotency_key TEXT NOT NULL UNIQUE,
  -- Optional business key: one Infomail per contact, never twice.
  dedupe_key TEXT UNIQUE,
  -- Login links: the body is blanked once the mail is out (the token must not stay readable).
  scrub_after_send INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  provider_id TEXT,
  order_id TEXT REFERENCES orders (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Local development only (written when DEV_MAILBOX=1): a copy of each mail for /dev/mailbox/.
CREATE TABLE dev_mailbox (
  id INTEGER PRIMARY KEY,
  to_email TEXT NOT NULL,
  subject TEXT NOT NULL,
  html TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
