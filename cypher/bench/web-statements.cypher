// bench:web reuses a generated graph when its statement count is the expected one.
MATCH ()-[r:SUPPORTS|OPPOSES|PROPOSES]->()
RETURN count(r) AS statements;
