// Title: Recent curator changes
// Answers: Who changed what through the curator API, and when? The audit trail, newest first,
//   with each item's content before (null when created) and after, as JSON.
// Param: actor string the curator (the token's sub) whose changes to list; everyone's when absent [default: null]
// Param: target string the id (a relationship's key) of the item whose history to list; every item's when absent [default: null]
// Param: limit int how many changes to list [default: 20]
// Example: npm run cypher -- cypher/queries/16-recent-changes.cypher --param limit=20

// (:Change) nodes are written by the curator mutations only, never linked to the graph.
MATCH (c:Change)
WHERE ($actor IS NULL OR c.actor = $actor) AND ($target IS NULL OR c.targetId = $target)
RETURN c.at AS at, c.actor AS actor, c.action AS action, c.targetId AS targetId, c.before AS before, c.after AS after, c.id AS id
ORDER BY at DESC, id
LIMIT toInteger($limit)
