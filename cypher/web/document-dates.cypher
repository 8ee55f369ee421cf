// The dates of the documents the edges of a view cite, so that the browser can filter them by time.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, substring(toString(d.date), 0, 10) AS date;
