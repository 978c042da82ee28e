// Title: The metric catalogue, with how the facts use each metric
// Answers: Which metrics do the facts measure, what does each one mean, in which units, with how
//   many facts and subjects, over which period? A key no catalogue entry describes (a curator's new
//   one) shows a null description.
// Param: contains string text the key or the description contains, case-insensitive; every metric when absent [default: null]
// Example: npm run cypher -- cypher/queries/17-metric-catalogue.cypher --param contains=taobao

MATCH (f:Fact)
WHERE f.metric IS NOT NULL
WITH f.metric AS metric, collect(f) AS facts
OPTIONAL MATCH (m:Metric {key: metric})
WITH metric, m, facts
WHERE $contains IS NULL
   OR toLower(metric) CONTAINS toLower($contains)
   OR toLower(coalesce(m.description, '')) CONTAINS toLower($contains)
RETURN metric,
       m.description AS description,
       COLLECT { UNWIND facts AS f WITH DISTINCT f.unit AS unit WHERE unit IS NOT NULL RETURN unit ORDER BY unit } AS units,
       size(facts) AS facts,
       COLLECT { UNWIND facts AS f MATCH (f)-[:ABOUT]->(s:Entity) RETURN DISTINCT s.name ORDER BY s.name } AS subjects,
       reduce(first = null, f IN facts | CASE WHEN first IS NULL OR f.periodStart < first THEN f.periodStart ELSE first END) AS periodStart,
       reduce(last = null, f IN facts | CASE WHEN last IS NULL OR f.periodEnd > last THEN f.periodEnd ELSE last END) AS periodEnd
ORDER BY metric
