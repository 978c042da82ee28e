// Title: Facts sharing a metric across places and subjects
// Answers: How do the figures for one metric (e.g. live_commerce_sales) compare across places,
//   subjects and periods? Without a metric: every metric that two or more facts measure.
// Param: metric string the metric key, e.g. live_commerce_sales or active_anchors; every shared metric when absent [default: null]
// Example: npm run cypher -- cypher/queries/07-facts-sharing-a-metric.cypher --param metric=live_commerce_sales

MATCH (f:Fact)
WHERE f.metric IS NOT NULL AND ($metric IS NULL OR f.metric = $metric)
WITH f.metric AS metric, collect(f) AS facts
WHERE $metric IS NOT NULL OR size(facts) > 1
UNWIND facts AS f
RETURN metric,
       f.periodStart AS periodStart,
       f.periodLabel AS period,
       COLLECT { MATCH (f)-[:ABOUT]->(s:Entity) RETURN s.name ORDER BY s.name } AS subjects,
       f.value AS value,
       f.unit AS unit,
       f.qualifier AS qualifier,
       f.rank AS rank,
       f.valueText AS valueText,
       f.id AS id
ORDER BY metric, periodStart, id
