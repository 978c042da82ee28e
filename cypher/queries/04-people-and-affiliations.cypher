// Title: People and their affiliations
// Answers: Who are the people the articles name, which organizations, bases or platforms are they
//   affiliated with, in what role, and where is that affiliation located?
// Param: person string a person's id, e.g. person:wang-chen; every person when absent [default: null]
// Example: npm run cypher -- cypher/queries/04-people-and-affiliations.cypher

// People without a recorded affiliation are listed too, with their title from the article if any.
MATCH (p:Person)
WHERE $person IS NULL OR p.id = $person
OPTIONAL MATCH (p)-[a:AFFILIATED_WITH]->(org:Entity)
RETURN p.id AS person,
       p.name AS name,
       p.title AS title,
       a.role AS role,
       org.id AS affiliationId,
       org.name AS affiliation,
       org.kind AS affiliationKind,
       COLLECT { MATCH (org)-[:LOCATED_IN]->(place:Place) RETURN place.name ORDER BY place.name } AS locatedIn
ORDER BY name, affiliation
