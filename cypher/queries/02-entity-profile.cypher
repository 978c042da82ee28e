// Title: Everything known about an entity, with sources
// Answers: What does the graph say about one entity: its description, every relationship to
//   other entities, every fact about it or stated by it, and where the articles name it, each
//   with the verbatim quote and the title of the article it comes from?
// Param: id string the entity's id, e.g. place:guangzhou or person:ouyang-rihui
// Example: npm run cypher -- cypher/queries/02-entity-profile.cypher --param id=place:guangzhou

// One row per item and quote: an item backed by two quotes appears twice, once per source.
MATCH (n:Entity {id: $id})
CALL (n) {
  RETURN 0 AS rank, 'entity' AS section, n.kind AS relation, n.id AS id, n.name AS name,
         n.description AS detail, null AS quote, null AS document
  UNION ALL
  MATCH (n)-[r:LOCATED_IN|PART_OF|AFFILIATED_WITH|ISSUED|APPLIES_TO|OPERATES|HOSTS|ORGANIZED|PARTICIPATED_IN|SUPPORTS|PARTNERS_WITH|PUBLISHED|GAVE_RISE_TO|SUBTYPE_OF|MENTIONS|SELLS_ON|HAS_ACCOUNT_ON|ENTRUSTED|REPORTED_ON|WORKS_AS|ACTIVE_IN]-(other:Entity)
  UNWIND r.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})-[:QUOTES]->(d:Document)
  RETURN 1 AS rank, 'relationship' AS section,
         CASE WHEN startNode(r) = n THEN '-' + type(r) + '->' ELSE '<-' + type(r) + '-' END AS relation,
         other.id AS id, other.name AS name, coalesce(r.role, r.how) AS detail, ev.quote AS quote, d.title AS document
  UNION ALL
  MATCH (f:Fact)-[a:ABOUT]->(n)
  MATCH (f)-[:EVIDENCED_BY]->(ev:Evidence)-[:QUOTES]->(d:Document)
  RETURN 2 AS rank, 'fact' AS section, 'about (' + a.role + ')' AS relation, f.id AS id, f.statement AS name,
         f.valueText AS detail, ev.quote AS quote, d.title AS document
  UNION ALL
  MATCH (f:Fact)-[:STATED_BY]->(n)
  MATCH (f)-[:EVIDENCED_BY]->(ev:Evidence)-[:QUOTES]->(d:Document)
  RETURN 3 AS rank, 'fact' AS section, 'stated' AS relation, f.id AS id, f.statement AS name,
         f.valueText AS detail, ev.quote AS quote, d.title AS document
  UNION ALL
  MATCH (n)-[:MENTIONED_IN]->(ev:Evidence)-[:QUOTES]->(d:Document)
  RETURN 4 AS rank, 'mention' AS section, null AS relation, d.id AS id, null AS name,
         null AS detail, ev.quote AS quote, d.title AS document
}
RETURN section, relation, id, name, detail, quote, document
ORDER BY rank, relation, id, quote
