-- "Was this page helpful?" answers. No personal data: no IP address, no user agent, no free text.
CREATE TABLE page_feedback (
  id INTEGER PRIMARY KEY,
  locale TEXT NOT NULL,
  page TEXT NOT NULL,
  helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX page_feedback_page ON page_feedback (page, created_at);
