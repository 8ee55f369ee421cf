// Everything one entity is connected to, aggregated as in the graph view (graph.cypher), for
// double-click expansion.
MATCH (e:Entity {id: $id})-[r:SUPPORTS|OPPOSES|PROPOSES|REPRESENTS|MEMBER_OF|MEETS]-(o:Entity)
WHERE type(r) IN $relations
WITH startNode(r) AS a, type(r) AS relation, endNode(r) AS b,
  collect(r.documentId) AS stated, collect(r.documentIds) AS listed
WITH a, relation, b, stated, listed, size(stated) + reduce(n = 0, ids IN listed | n + size(ids)) AS count
ORDER BY count DESC
LIMIT $limit
RETURN a.id AS source, relation, b.id AS target, count, stated, listed;
