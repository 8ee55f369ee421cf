// Title: Most contested targets
// Answers: Which entities are both supported and opposed, ranked by how many actors take a side (then by
//   how evenly they split), with the statements of both sides, so that the graph draws the contest.
// Params: $limit (integer, default 25) how many targets at most
// Example: {}
MATCH (actor:Entity)-[r:SUPPORTS|OPPOSES]->(target:Entity)
WITH target,
  collect(DISTINCT CASE type(r) WHEN 'SUPPORTS' THEN actor END) AS supporters,
  collect(DISTINCT CASE type(r) WHEN 'OPPOSES' THEN actor END) AS opponents,
  collect(r) AS statements
WHERE size(supporters) > 0 AND size(opponents) > 0
RETURN target, size(supporters) AS supporting, size(opponents) AS opposing, supporters, opponents, statements
ORDER BY supporting + opposing DESC, CASE WHEN supporting < opposing THEN supporting ELSE opposing END DESC,
  toLower(target.name)
LIMIT $limit;
