// Title: Policies by place over time
// Answers: Which policies were issued by a place, or by a body or place located within it, or
//   apply to it or to a place within it, in the order they were issued?
// Param: place string the place's id, e.g. place:guangzhou (place:china lists every policy in China)
// Example: npm run cypher -- cypher/queries/03-policies-by-place.cypher --param place=place:guangzhou

// A city's policies include those of its bureaus and districts: LOCATED_IN is followed down
// (at most 5 levels, enough for country > province > city > district > street).
MATCH (place:Place {id: $place})
MATCH (inside:Entity)-[:LOCATED_IN*0..5]->(place)
WHERE inside:Place OR inside:Organization
CALL (inside) {
  MATCH (inside)-[:ISSUED]->(policy:Policy)
  RETURN policy
  UNION
  MATCH (policy:Policy)-[:APPLIES_TO]->(inside)
  RETURN policy
}
WITH DISTINCT policy
RETURN policy.issuedOn AS issuedOn,
       policy.id AS id,
       policy.name AS policy,
       policy.policyType AS type,
       policy.periodStart AS periodStart,
       policy.periodEnd AS periodEnd,
       COLLECT { MATCH (issuer:Entity)-[:ISSUED]->(policy) RETURN issuer.name ORDER BY issuer.name } AS issuedBy,
       COLLECT { MATCH (policy)-[:APPLIES_TO]->(area:Place) RETURN area.name ORDER BY area.name } AS appliesTo
// issuedOn holds partial ISO dates (2020, 2020-03, 2020-03-24), which sort correctly as text;
// policies without a date come last.
ORDER BY issuedOn, policy
