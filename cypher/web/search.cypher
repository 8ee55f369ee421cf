// Suggestions for the search box when there is no full-text index: names first, then aliases, the most
// active entities first among equals.
MATCH (e:Entity)
WITH e, toLower($q) AS q
WITH e, q, [a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS q] AS aliases
WHERE toLower(e.name) CONTAINS q OR size(aliases) > 0 OR toLower(e.id) = q
WITH e, aliases,
  CASE
    WHEN toLower(e.name) = q OR toLower(e.id) = q THEN 0
    WHEN toLower(e.name) STARTS WITH q THEN 1
    WHEN toLower(e.name) CONTAINS q THEN 2
    ELSE 3
  END AS rank
WITH e, rank, CASE WHEN rank = 3 THEN aliases[0] END AS alias,
  COUNT { (e)-[:SUPPORTS|OPPOSES|PROPOSES]-() } AS statements
RETURN e.id AS id, coalesce(e.name, e.id) AS name, coalesce(e.kind, 'Concept') AS kind, alias, statements
ORDER BY rank, statements DESC, name
LIMIT $limit;
