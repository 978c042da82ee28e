// Title: Full-text search over entities and facts
// Answers: Which entities (by name, alias or description) and facts (by statement, value or
//   period) match some words? Uses Lucene syntax: "sister mi" for a phrase, anchor* for a prefix.
// Param: q string the search text in Lucene syntax, e.g. "Sister Mi" or Guangzhou
// Param: limit int most hits to list [default: 10]
// Example: npm run cypher -- cypher/queries/10-full-text-search.cypher --param q="Sister Mi" --param limit=10

// Scores come from two indexes and are only roughly comparable; they rank hits, nothing more.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $q) YIELD node, score
  RETURN node.kind AS kind, node.id AS id, node.name AS text, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('fact_text', $q) YIELD node, score
  RETURN 'Fact' AS kind, node.id AS id, node.statement AS text, score
}
RETURN round(score, 3) AS score, kind, id, text
ORDER BY score DESC, id
LIMIT toInteger($limit)
