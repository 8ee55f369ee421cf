// Every statement behind one edge of the view: source RELATION target. The relation is compared with
// type(r), so it stays a parameter; the server admits only the closed set of relations.
MATCH (s:Entity {id: $source})-[r:SUPPORTS|OPPOSES|PROPOSES]->(t:Entity {id: $target})
WHERE type(r) = $relation
OPTIONAL MATCH (d:Document {id: r.documentId})
OPTIONAL MATCH (speaker:Entity {id: r.speakerId})
RETURN r.statementId AS statementId,
  type(r) AS relation,
  s {.id, name: coalesce(s.name, s.id), kind: coalesce(s.kind, 'Concept')} AS source,
  t {.id, name: coalesce(t.name, t.id), kind: coalesce(t.kind, 'Concept')} AS target,
  r.quote AS quote,
  r.documentId AS documentId,
  d.title AS documentTitle,
  toString(coalesce(r.date, d.date)) AS date,
  d.url AS url,
  speaker.name AS speaker,
  r.modality AS modality
ORDER BY date DESC, r.documentId, r.sentenceIndex
LIMIT $limit;
