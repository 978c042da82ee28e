// Title: Documents that mention two given entities
// Answers: Which articles name both entities, how often each, and with what first quote?
// Param: a string id of the first entity, e.g. place:guangzhou
// Param: b string id of the second entity, e.g. place:shenzhen
// Example: npm run cypher -- cypher/queries/08-documents-mentioning-two-entities.cypher --param a=place:guangzhou --param b=place:shenzhen

// "Mentions" are the places where an article names the entity (MENTIONED_IN evidence).
MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
MATCH (d:Document)
WHERE EXISTS { (x)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d) }
  AND EXISTS { (y)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d) }
RETURN d.id AS id,
       d.title AS title,
       d.publisher AS publisher,
       d.publishedOn AS publishedOn,
       COUNT { (x)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d) } AS mentionsOfA,
       COUNT { (y)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d) } AS mentionsOfB,
       COLLECT { MATCH (x)-[:MENTIONED_IN]->(e:Evidence)-[:QUOTES]->(d) RETURN e.quote ORDER BY e.start LIMIT 1 }[0] AS firstQuoteOfA,
       COLLECT { MATCH (y)-[:MENTIONED_IN]->(e:Evidence)-[:QUOTES]->(d) RETURN e.quote ORDER BY e.start LIMIT 1 }[0] AS firstQuoteOfB
ORDER BY publishedOn, id
