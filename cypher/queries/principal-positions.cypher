// Title: Positions rolled up to a country or organisation
// Answers: What a country or organisation stands for, counting its own statements and those of every
//   person who represents it (a person given here is rolled up to whom they represent).
// Params: $id (string) a country, organisation or person id, e.g. RUS or sergei-lavrov
// Example: {"id": "RUS"}
MATCH (given:Entity {id: $id})
OPTIONAL MATCH (given)-[:REPRESENTS]->(represented:Entity)
WITH coalesce(represented, given) AS principal
CALL (principal) {
  MATCH (principal)-[r:SUPPORTS|OPPOSES|PROPOSES]->(target:Entity)
  RETURN principal AS voice, r, target
  UNION
  MATCH (principal)<-[:REPRESENTS]-(voice:Entity)-[r:SUPPORTS|OPPOSES|PROPOSES]->(target:Entity)
  RETURN voice, r, target
}
WITH principal, type(r) AS relation, target, collect(DISTINCT voice) AS voices, collect(r) AS evidence
WHERE target <> principal
RETURN principal, relation, target, size(evidence) AS statements, [v IN voices | v.name] AS saidBy, voices,
  evidence
ORDER BY statements DESC, relation, toLower(target.name);
