// The positions an entity holds and the positions others hold on it, each statement with its sentence
// and its document, grouped by relation in the order the panel reads them. The cut to $limit comes
// before the document lookups, so a hub with thousands of statements costs no more than $limit of them.
MATCH (e:Entity {id: $id})-[r:SUPPORTS|OPPOSES|PROPOSES]-(:Entity)
WITH e, r, startNode(r) = e AS outgoing, type(r) AS relation, r.date AS date
ORDER BY outgoing DESC, relation, date DESC, r.documentId, r.sentenceIndex
LIMIT $limit
WITH r, outgoing, relation, date, startNode(r) AS s, endNode(r) AS t
OPTIONAL MATCH (d:Document {id: r.documentId})
OPTIONAL MATCH (speaker:Entity {id: r.speakerId})
RETURN r.statementId AS statementId,
  relation,
  outgoing,
  s {.id, name: coalesce(s.name, s.id), kind: coalesce(s.kind, 'Concept')} AS source,
  t {.id, name: coalesce(t.name, t.id), kind: coalesce(t.kind, 'Concept')} AS target,
  r.quote AS quote,
  r.documentId AS documentId,
  d.title AS documentTitle,
  toString(coalesce(date, d.date)) AS date,
  d.url AS url,
  speaker.name AS speaker,
  r.modality AS modality
ORDER BY outgoing DESC, relation, date DESC, documentId, r.sentenceIndex;
