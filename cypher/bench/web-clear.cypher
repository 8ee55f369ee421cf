// bench:web starts a regeneration from an empty database (run outside a transaction: it commits in chunks).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS;
