// Title: Facts in a period
// Answers: Which facts cover a period that overlaps the given one (e.g. every figure touching the
//   second half of 2023, such as January-October 2023), optionally for one metric, in time order?
// Param: from date first day of the period, YYYY-MM-DD
// Param: to date last day of the period, YYYY-MM-DD
// Param: metric string keep only facts with this metric, e.g. live_commerce_sales [default: null]
// Example: npm run cypher -- cypher/queries/09-facts-in-a-period.cypher --param from=2023-07-01 --param to=2023-12-31

// Overlap, not containment: "first 10 months of 2023" overlaps 2023-06-01..2023-06-30.
// Facts without a period (assessments, undated claims) never match.
MATCH (f:Fact)
WHERE f.periodStart <= date($to) AND f.periodEnd >= date($from)
  AND ($metric IS NULL OR f.metric = $metric)
RETURN f.periodStart AS periodStart,
       f.periodEnd AS periodEnd,
       f.periodLabel AS period,
       f.id AS id,
       f.metric AS metric,
       f.valueText AS valueText,
       f.statement AS statement
ORDER BY periodStart, periodEnd, id
