// Title: A place's LOCATED_IN hierarchy
// Answers: What is a place located in (up to the country), and what places, bases and
//   organizations are located within it, at what depth?
// Param: place string the place's id, e.g. place:guangzhou
// Example: npm run cypher -- cypher/queries/13-place-hierarchy.cypher --param place=place:guangzhou

// level: negative above the place (-1 its province, -2 the country), 0 the place, positive below.
// Where two chains lead to the same node (Hangzhou is in Zhejiang and, directly, in China),
// the shorter one counts.
MATCH (p:Place {id: $place})
CALL (p) {
  MATCH chain = (p)-[:LOCATED_IN*1..8]->(up:Place)
  RETURN up AS node, -length(chain) AS level
  UNION ALL
  RETURN p AS node, 0 AS level
  UNION ALL
  MATCH chain = (down:Entity)-[:LOCATED_IN*1..8]->(p)
  RETURN down AS node, length(chain) AS level
}
WITH node, CASE WHEN max(level) <= 0 THEN max(level) ELSE min(level) END AS level
RETURN level,
       CASE WHEN level < 0 THEN 'ancestor' WHEN level = 0 THEN 'self' ELSE 'descendant' END AS relation,
       node.id AS id,
       node.name AS name,
       node.kind AS kind,
       coalesce(node.placeType, node.orgType, node.baseType) AS type
ORDER BY level, kind, name
