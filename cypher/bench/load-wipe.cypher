// bench:load empties its database between passes (run outside a transaction: it commits in chunks).
// Relationships first, in small transactions: deleting a hub with its thousands of edges at once would
// exceed the transaction memory limit.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;

MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
