// One entity as the side panel shows it: who it represents, its structural ties, and the documents that
// mention it most (newest first among equals). Its statements come from entity-statements.cypher.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (principal:Entity {id: e.represents})
RETURN e.id AS id,
  coalesce(e.name, e.id) AS name,
  coalesce(e.kind, 'Concept') AS kind,
  coalesce(e.aliases, []) AS aliases,
  coalesce(principal.name, e.represents) AS represents,
  e.role AS role,
  COLLECT {
    MATCH (e)-[r:REPRESENTS|MEMBER_OF|MEETS]-(o:Entity)
    WITH r, o, coalesce(o.name, o.id) AS name
    ORDER BY type(r), startNode(r) = e DESC, name
    RETURN {
      relation: type(r),
      outgoing: startNode(r) = e,
      other: {id: o.id, name: name, kind: coalesce(o.kind, 'Concept')},
      role: r.role,
      documents: size(coalesce(r.documentIds, []))
    }
  } AS links,
  COLLECT {
    MATCH (d:Document)-[m:MENTIONS]->(e)
    WITH d, m, toString(d.date) AS date
    ORDER BY m.count DESC, date DESC
    LIMIT $documents
    RETURN {id: d.id, title: d.title, date: date, url: d.url, mentions: m.count}
  } AS documents;
