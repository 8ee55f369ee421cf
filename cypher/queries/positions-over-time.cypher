// Title: Positions over time
// Answers: How many statements the given actor made per month (by document date) for each relation and
//   target; documents without a date count as "undated".
// Params: $id (string) the actor's id, e.g. USA
// Example: {"id": "USA"}
MATCH (actor:Entity {id: $id})-[r:SUPPORTS|OPPOSES|PROPOSES]->(target:Entity)
RETURN coalesce(substring(r.date, 0, 7), 'undated') AS month, type(r) AS relation, target.name AS target,
  target.id AS targetId, count(r) AS statements
ORDER BY month, relation, statements DESC, toLower(target);
