// Title: Entities by degree
// Answers: Which entities are the hubs of the graph, i.e. have the most relationships to other
//   entities? Also shows how many facts are about each and how many articles name it.
// Param: kinds list<string> entity kinds to keep, comma-separated (Place,Person,Organization,Platform,Base,Occupation,Policy,Event,Report); all when absent [default: null]
// Param: limit int how many entities to list [default: 10]
// Example: npm run cypher -- cypher/queries/01-entities-by-degree.cypher --param limit=10

// Degree counts the curated entity-to-entity relationships only (both directions), not the
// structural links to facts and evidence, which are shown in their own columns.
MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, COUNT {
  (n)-[:LOCATED_IN|PART_OF|AFFILIATED_WITH|ISSUED|APPLIES_TO|OPERATES|HOSTS|ORGANIZED|PARTICIPATED_IN|SUPPORTS|PARTNERS_WITH|PUBLISHED|GAVE_RISE_TO|SUBTYPE_OF|MENTIONS|SELLS_ON|HAS_ACCOUNT_ON|ENTRUSTED|REPORTED_ON|WORKS_AS|ACTIVE_IN]-(:Entity)
} AS degree
WHERE degree > 0
RETURN n.id AS id,
       n.name AS name,
       n.kind AS kind,
       degree,
       COUNT { (:Fact)-[:ABOUT]->(n) } AS facts,
       COUNT { MATCH (n)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d:Document) RETURN DISTINCT d } AS documents
ORDER BY degree DESC, facts DESC, id
LIMIT toInteger($limit)
