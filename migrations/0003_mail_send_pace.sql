-- Resend accepts 2 requests per second per account (429 above that). Every drain, in whichever
-- isolate it runs, books its send times here, so all of them together stay under that rate.
CREATE TABLE mail_send_pace (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  -- Earliest time (ms since epoch) the next mail may go to Resend.
  next_slot_at INTEGER NOT NULL
);
INSERT INTO mail_send_pace (id, next_slot_at) VALUES (1, 0);
