-- Demo data for local runs and tests (`npm start`, the test server). NEVER applied to production.
-- Sample Gemeinden: real names mentioned in /work/shared/facts.md (start.integration pilots), but the
-- addresses are placeholders and the BFS numbers are left empty: the official list is not yet sourced.
-- Demo contacts use example.org addresses; they are not real people.
INSERT OR IGNORE INTO gemeinden (id, name, bfs_number, delivery_address, sample) VALUES
  (1, 'Zuchwil (Beispiel)', NULL, 'Gemeindeverwaltung Zuchwil
Beispieladresse (bitte ersetzen)
Zuchwil', 1),
  (2, 'Biberist (Beispiel)', NULL, 'Gemeindeverwaltung Biberist
Beispieladresse (bitte ersetzen)
Biberist', 1);

INSERT OR IGNORE INTO contacts (email, name, role, gemeinde_id, demo) VALUES
  ('demo-zuchwil@example.org', 'Demo Zuchwil', 'gemeinde', 1, 1),
  ('demo-biberist@example.org', 'Demo Biberist', 'gemeinde', 2, 1),
  ('demo-koordination@example.org', 'Demo Koordinationsstelle', 'koordinationsstelle', NULL, 1);
