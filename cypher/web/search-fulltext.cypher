// Suggestions for the search box through a full-text index on entity names and aliases ($index). The
// server turns the typed text into a prefix query ($query) and keeps the raw text ($q) to name the alias.
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
WHERE e:Entity
WITH e, score, toLower($q) AS q
WITH e, score,
  CASE WHEN toLower(e.name) CONTAINS q THEN null
    ELSE head([a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS q])
  END AS alias,
  COUNT { (e)-[:SUPPORTS|OPPOSES|PROPOSES]-() } AS statements
RETURN e.id AS id, coalesce(e.name, e.id) AS name, coalesce(e.kind, 'Concept') AS kind, alias, statements
ORDER BY score DESC, statements DESC, name
LIMIT $limit;
