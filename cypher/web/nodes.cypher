// The entities drawn in the view, with what sizes them: how many statements they make or receive, and
// how many documents mention them (only documents MENTION, so the degree says it without a label check).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
  coalesce(e.name, e.id) AS name,
  coalesce(e.kind, 'Concept') AS kind,
  coalesce(e.aliases, []) AS aliases,
  COUNT { (e)-[:SUPPORTS|OPPOSES|PROPOSES]-() } AS statements,
  COUNT { (e)<-[:MENTIONS]-() } AS documents;
