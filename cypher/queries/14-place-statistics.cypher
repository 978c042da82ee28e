// Title: Statistics about a place, by period
// Answers: What figures (statistics, targets with a number, rankings) do the articles give about
//   a place, and optionally about the districts, bases and organizations within it, in time order?
// Param: place string the place's id, e.g. place:shenzhen
// Param: within boolean also facts about what is located within the place [default: false]
// Example: npm run cypher -- cypher/queries/14-place-statistics.cypher --param place=place:guangzhou --param within=true

MATCH (p:Place {id: $place})
MATCH (s:Entity)-[:LOCATED_IN*0..8]->(p)
WHERE $within OR s = p
MATCH (f:Fact)-[:ABOUT]->(s)
WHERE f.value IS NOT NULL OR f.rank IS NOT NULL
WITH f, collect(DISTINCT s.name) AS about
RETURN f.periodStart AS periodStart,
       f.periodEnd AS periodEnd,
       f.periodLabel AS period,
       f.metric AS metric,
       f.kind AS kind,
       f.value AS value,
       f.unit AS unit,
       f.valueText AS valueText,
       f.rank AS rank,
       f.rankOf AS rankOf,
       f.changeValue AS change,
       f.changeUnit AS changeUnit,
       about,
       f.id AS id
// Facts without a period come last.
ORDER BY periodStart, periodEnd, metric, id
