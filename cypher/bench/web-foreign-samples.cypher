// bench:web's sample database holds the samples only: how many documents come from anywhere else.
MATCH (d:Document)
WHERE NOT coalesce(d.origin, '') STARTS WITH $origin
RETURN count(d) AS documents;
