// The end nodes of relationships a user query returned without their nodes, so the graph can draw them.
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n;
