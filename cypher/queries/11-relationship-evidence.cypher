// Title: Evidence behind one relationship
// Answers: On what quotes, from which articles and at which offsets, does a relationship between
//   two entities rest?
// Param: from string id of the relationship's start entity, e.g. person:ouyang-rihui
// Param: to string id of its end entity, e.g. org:china-internet-economic-research-institute
// Param: type string the relationship type, e.g. AFFILIATED_WITH; any type when absent [default: null]
// Example: npm run cypher -- cypher/queries/11-relationship-evidence.cypher --param from=person:ouyang-rihui --param to=org:china-internet-economic-research-institute

// A relationship's evidence is the Evidence nodes whose ids it lists in evidenceIds.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE $type IS NULL OR type(r) = $type
UNWIND r.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})-[:QUOTES]->(d:Document)
RETURN type(r) AS type,
       coalesce(r.role, r.how) AS detail,
       ev.quote AS quote,
       d.title AS document,
       d.id AS documentId,
       ev.start AS start,
       ev.end AS end
ORDER BY type, documentId, start
