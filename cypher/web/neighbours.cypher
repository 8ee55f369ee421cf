// Everything one entity is connected to, aggregated as in the graph view, for double-click expansion.
MATCH (e:Entity {id: $id})-[r:SUPPORTS|OPPOSES|PROPOSES|REPRESENTS|MEMBER_OF|MEETS]-(o:Entity)
WHERE type(r) IN $relations
WITH startNode(r) AS a, type(r) AS relation, endNode(r) AS b, count(r) AS count
ORDER BY count DESC
LIMIT $limit
RETURN a.id AS source, relation, b.id AS target, count;
