// bench:web refuses a database holding documents it did not write: how many there are.
MATCH (d:Document)
WHERE NOT d.id STARTS WITH $prefix
RETURN count(d) AS documents;
