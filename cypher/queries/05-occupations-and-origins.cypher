// Title: Occupations and where they arose
// Answers: Which occupations does the graph know, what gave rise to each (platforms, bases,
//   organizations, events), where those sources are located, and which profession each is a subtype of?
// Param: occupation string an occupation's id, e.g. occupation:store-operator; every occupation when absent [default: null]
// Example: npm run cypher -- cypher/queries/05-occupations-and-origins.cypher

MATCH (o:Occupation)
WHERE $occupation IS NULL OR o.id = $occupation
RETURN o.id AS id,
       o.name AS occupation,
       COLLECT { MATCH (o)-[:SUBTYPE_OF]->(parent:Occupation) RETURN parent.name ORDER BY parent.name } AS subtypeOf,
       COLLECT { MATCH (source:Entity)-[:GAVE_RISE_TO]->(o) RETURN source.name ORDER BY source.name } AS aroseFrom,
       // Where it arose: the places its sources are located in.
       COLLECT {
         MATCH (source:Entity)-[:GAVE_RISE_TO]->(o), (source)-[:LOCATED_IN]->(place:Place)
         RETURN DISTINCT place.name AS name ORDER BY name
       } AS aroseIn,
       COUNT { MATCH (o)-[:MENTIONED_IN]->(:Evidence)-[:QUOTES]->(d:Document) RETURN DISTINCT d } AS documents
ORDER BY size(aroseFrom) DESC, occupation
