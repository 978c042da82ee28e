// Title: Who stated what
// Answers: Which facts and claims are attributed to which people, organizations or reports
//   (statedBy), and in which articles?
// Param: who string id of the person, organization, report or platform; everyone when absent [default: null]
// Example: npm run cypher -- cypher/queries/15-who-stated-what.cypher --param who=org:ministry-of-commerce

MATCH (f:Fact)-[:STATED_BY]->(s:Entity)
WHERE $who IS NULL OR s.id = $who
RETURN s.id AS whoId,
       s.name AS statedBy,
       s.kind AS kind,
       f.id AS id,
       f.kind AS factKind,
       f.statement AS statement,
       COLLECT { MATCH (f)-[:EVIDENCED_BY]->(:Evidence)-[:QUOTES]->(d:Document) RETURN DISTINCT d.title } AS documents
ORDER BY statedBy, f.periodStart, id
