// The documents behind one structural edge (REPRESENTS, MEMBER_OF, MEETS), which keeps their ids.
MATCH (:Entity {id: $source})-[r:REPRESENTS|MEMBER_OF|MEETS]->(:Entity {id: $target})
WHERE type(r) = $relation
UNWIND coalesce(r.documentIds, []) AS documentId
MATCH (d:Document {id: documentId})
RETURN d.id AS id, d.title AS title, toString(d.date) AS date, d.url AS url
ORDER BY date DESC
LIMIT $limit;
