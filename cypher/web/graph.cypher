// The graph view: statements and structural edges aggregated per (source, relation, target), strongest
// first, each with the documents that say it, so that the browser filters by document and date without
// asking again: `stated` holds the document of each statement, `listed` the document lists of a
// structural edge (whose count is then its number of documents); the server joins them. Every filter is a parameter that is null when unused, tested first so that an
// unused filter reads no property. A stance relationship has one documentId; a structural one lists its
// documentIds. Grouping on the nodes and reading their ids after the LIMIT keeps property reads to what
// is returned.
MATCH (a:Entity)-[r:SUPPORTS|OPPOSES|PROPOSES|REPRESENTS|MEMBER_OF|MEETS]->(b:Entity)
WHERE type(r) IN $relations
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($document IS NULL OR $document IN coalesce(r.documentIds, [r.documentId]))
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (d:Document)
    WHERE d.id IN coalesce(r.documentIds, [r.documentId])
      AND ($from IS NULL OR substring(toString(d.date), 0, 10) >= $from)
      AND ($to IS NULL OR substring(toString(d.date), 0, 10) <= $to)
  })
WITH a, type(r) AS relation, b, collect(r.documentId) AS stated, collect(r.documentIds) AS listed
WITH a, relation, b, stated, listed, size(stated) + reduce(n = 0, ids IN listed | n + size(ids)) AS count
ORDER BY count DESC
LIMIT $limit
RETURN a.id AS source, relation, b.id AS target, count, stated, listed;
