// Title: Isolated entities
// Answers: Which entities have no relationship to any other entity, so that no path or
//   neighbourhood reaches them? Shows what the articles say of each (facts, articles naming it).
//   npm run audit explains each with the seeds' reasons; see seeds/README.md, Knowledge audit.
// Param: kinds list<string> entity kinds to keep, comma-separated (Place,Person,Organization,Platform,Base,Occupation,Policy,Event,Report); all when absent [default: null]
// Example: npm run cypher -- cypher/queries/18-isolated-entities.cypher

MATCH (n:Entity)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND NOT EXISTS { (n)-[:LOCATED_IN|PART_OF|AFFILIATED_WITH|ISSUED|APPLIES_TO|OPERATES|HOSTS|ORGANIZED|PARTICIPATED_IN|SUPPORTS|PARTNERS_WITH|PUBLISHED|GAVE_RISE_TO|SUBTYPE_OF|MENTIONS|SELLS_ON|HAS_ACCOUNT_ON|ENTRUSTED|REPORTED_ON|WORKS_AS|ACTIVE_IN]-(:Entity) }
RETURN n.id AS id,
       n.name AS name,
       n.kind AS kind,
       COUNT { MATCH (f:Fact)-[:ABOUT|STATED_BY]->(n) RETURN DISTINCT f } AS facts,
       COUNT { MATCH (n)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d:Document) RETURN DISTINCT d } AS documents
ORDER BY kind, id
