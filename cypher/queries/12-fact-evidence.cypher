// Title: Evidence behind one fact
// Answers: What exactly does a fact say, who stated it, and on what quotes, from which articles
//   and at which offsets, does it rest?
// Param: id string the fact's id, e.g. fact:000-china-live-commerce-sales-2023-jan-oct
// Example: npm run cypher -- cypher/queries/12-fact-evidence.cypher --param id=fact:000-china-live-commerce-sales-2023-jan-oct

MATCH (f:Fact {id: $id})-[:EVIDENCED_BY]->(ev:Evidence)-[:QUOTES]->(d:Document)
OPTIONAL MATCH (f)-[:STATED_BY]->(who:Entity)
RETURN f.statement AS statement,
       f.valueText AS valueText,
       who.name AS statedBy,
       ev.quote AS quote,
       d.title AS document,
       d.id AS documentId,
       ev.start AS start,
       ev.end AS end
ORDER BY documentId, start
