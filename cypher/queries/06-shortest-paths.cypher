// Title: Shortest paths between two entities
// Answers: How are two entities connected? Lists every shortest chain of entity-to-entity
//   relationships between them (in either direction), each step with its type and direction.
// Param: from string id of the first entity, e.g. person:wang-chen
// Param: to string id of the second entity, e.g. place:china
// Param: maxHops int longest path to report; the search itself stops at 6 hops [default: 6]
// Example: npm run cypher -- cypher/queries/06-shortest-paths.cypher --param from=person:wang-chen --param to=place:china

// Only the curated relationships are followed: going through facts or evidence would connect
// any two entities that one article happens to name.
// Cypher wants a literal bound on path length, hence the fixed 6 and the $maxHops filter.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:LOCATED_IN|PART_OF|AFFILIATED_WITH|ISSUED|APPLIES_TO|OPERATES|HOSTS|ORGANIZED|PARTICIPATED_IN|SUPPORTS|PARTNERS_WITH|PUBLISHED|GAVE_RISE_TO|SUBTYPE_OF|MENTIONS|SELLS_ON|HAS_ACCOUNT_ON|ENTRUSTED|REPORTED_ON|WORKS_AS|ACTIVE_IN*..6]-(b))
WITH p, nodes(p) AS ns, relationships(p) AS rs
WHERE length(p) <= $maxHops
RETURN length(p) AS hops,
       reduce(text = ns[0].name, i IN range(0, size(rs) - 1) |
         text + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -' + type(rs[i]) + '-> ' ELSE ' <-' + type(rs[i]) + '- ' END + ns[i + 1].name
       ) AS path,
       [n IN ns | n.id] AS ids
ORDER BY path
