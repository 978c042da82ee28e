// Constraints and indexes of the knowledge graph. Idempotent: every statement is IF NOT EXISTS,
// so the loader applies this file on every start. One statement per `;`.

// Identity: every node kind has a unique, human-readable id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
// The metric catalogue (seeds/metrics.json): one node per metric key, joined to facts on f.metric = m.key.
CREATE CONSTRAINT metric_key IF NOT EXISTS FOR (n:Metric) REQUIRE n.key IS UNIQUE;
// The curators' audit trail (see cypher/queries/16-recent-changes.cypher).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
// The graph's version, one node that every write advances (src/data/graph-version.ts): HTTP ETags build on it.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE;

// Lookups and orderings the API and the cypher/ library use.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name);
CREATE INDEX entity_kind_degree IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.degree);
CREATE INDEX place_type IF NOT EXISTS FOR (n:Place) ON (n.placeType);
CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.orgType);
CREATE INDEX policy_issued_on IF NOT EXISTS FOR (n:Policy) ON (n.issuedOn);
CREATE INDEX fact_metric IF NOT EXISTS FOR (n:Fact) ON (n.metric);
CREATE INDEX fact_kind IF NOT EXISTS FOR (n:Fact) ON (n.kind);
CREATE INDEX fact_period IF NOT EXISTS FOR (n:Fact) ON (n.periodStart, n.periodEnd);
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId);

// Full-text search over names, aliases, descriptions, fact statements and document text.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description];
CREATE FULLTEXT INDEX fact_text IF NOT EXISTS FOR (n:Fact) ON EACH [n.statement, n.valueText, n.periodLabel];
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (n:Document) ON EACH [n.title, n.text];
