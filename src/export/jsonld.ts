import type { ExportDocument, ExportEdge, ExportEvidence, ExportFact, ExportGraph, ExportNode } from './model.js';

// JSON-LD 1.1 with schema.org types, PROV-O provenance and RDF reification for relationships.
//
// - Ids: `lg:` + the graph id (`lg:place:guangzhou` is urn:livegraph:place:guangzhou); terms of our
//   own (kinds, relationship types, offsets) are `lgv:` (urn:livegraph:vocab:).
// - Entities: a schema.org type (below) and lgv:Entity; name, alternateName, description, identifier.
// - Relationships: a direct triple on the source entity (`lgv:LOCATED_IN`), and an rdf:Statement
//   naming subject, predicate and object that carries the properties (lgv:role) and the evidence.
// - Evidence: prov:wasDerivedFrom a schema:Quotation, with the verbatim text, lgv:start and lgv:end
//   (UTF-16 offsets, end exclusive) and isPartOf its document, a schema:NewsArticle.
// - Facts (whole graph): schema:Observation and lgv:Fact, observationAbout their subjects.

const CONTEXT = {
  '@vocab': 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  lg: 'urn:livegraph:',
  lgv: 'urn:livegraph:vocab:',
};

type JsonObject = Record<string, unknown>;

/** A graph id as a compact IRI; ids are slugs, a relationship's key may hold `|` and is percent-encoded. */
const iri = (id: string) => `lg:${encodeURI(id)}`;
const ref = (id: string) => ({ '@id': iri(id) });

/** schema.org types by kind, and by the kind-specific type where schema.org has a closer one. */
const SCHEMA_TYPES: Record<string, { type: string; by?: { property: string; types: Record<string, string> } }> = {
  Place: {
    type: 'Place',
    by: {
      property: 'placeType',
      types: {
        country: 'Country',
        city: 'City',
        province: 'AdministrativeArea',
        region: 'AdministrativeArea',
        district: 'AdministrativeArea',
        county: 'AdministrativeArea',
        town: 'AdministrativeArea',
        street: 'AdministrativeArea',
        village: 'AdministrativeArea',
      },
    },
  },
  Person: { type: 'Person' },
  Organization: {
    type: 'Organization',
    by: {
      property: 'orgType',
      types: {
        government_body: 'GovernmentOrganization',
        company: 'Corporation',
        university: 'CollegeOrUniversity',
        research_institute: 'ResearchOrganization',
        media_outlet: 'NewsMediaOrganization',
      },
    },
  },
  Platform: { type: 'WebSite' },
  Base: { type: 'Place' },
  Occupation: { type: 'Occupation' },
  Policy: { type: 'Legislation' },
  Event: { type: 'Event' },
  Report: { type: 'Report' },
};

function schemaType(node: ExportNode): string {
  const declared = SCHEMA_TYPES[node.kind];
  if (!declared) return 'Thing';
  const specific = declared.by && declared.by.types[node.properties[declared.by.property] ?? ''];
  return specific ?? declared.type;
}

/** Leaves out the entries without a value, so that no triple says "nothing". */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

const derivedFrom = (evidence: ExportEvidence[]) => evidence.map((e) => ref(e.id));

function entity(node: ExportNode, outgoing: ExportEdge[]): JsonObject {
  const links: Record<string, { '@id': string }[]> = {};
  for (const edge of outgoing) (links[`lgv:${edge.type}`] ??= []).push(ref(edge.target));
  const own = Object.fromEntries(Object.entries(node.properties).map(([name, value]) => [`lgv:${name}`, value]));
  return compact({
    '@id': iri(node.id),
    '@type': [schemaType(node), 'lgv:Entity'],
    identifier: node.id,
    'lgv:kind': node.kind,
    name: node.name,
    alternateName: node.aliases,
    description: node.description,
    ...own,
    ...links,
  });
}

function statement(edge: ExportEdge): JsonObject {
  const own = Object.fromEntries(Object.entries(edge.properties).map(([name, value]) => [`lgv:${name}`, value]));
  return compact({
    '@id': iri(`rel:${edge.id}`),
    '@type': 'rdf:Statement',
    'rdf:subject': ref(edge.source),
    'rdf:predicate': { '@id': `lgv:${edge.type}` },
    'rdf:object': ref(edge.target),
    ...own,
    'prov:wasDerivedFrom': derivedFrom(edge.evidence),
  });
}

/** The fact's stored properties as schema.org Observation terms where they exist, lgv: terms otherwise. */
const OBSERVATION_TERMS: Record<string, string> = {
  statement: 'description',
  metric: 'variableMeasured',
  value: 'value',
  unit: 'unitText',
};

function fact(f: ExportFact): JsonObject {
  const { id, periodStart, periodEnd, ...rest } = f.properties;
  const terms = Object.fromEntries(Object.entries(rest).map(([name, value]) => [OBSERVATION_TERMS[name] ?? `lgv:${name}`, value]));
  return compact({
    '@id': iri(String(id)),
    '@type': ['Observation', 'lgv:Fact'],
    identifier: id,
    ...terms,
    observationPeriod: periodStart !== undefined && periodEnd !== undefined ? `${periodStart}/${periodEnd}` : null,
    observationAbout: f.subjects.map((s) => ref(s.entity)),
    'lgv:statedBy': f.statedBy === null ? null : ref(f.statedBy),
    'prov:wasDerivedFrom': derivedFrom(f.evidence),
  });
}

function quotation(e: ExportEvidence): JsonObject {
  return { '@id': iri(e.id), '@type': 'Quotation', text: e.quote, 'lgv:start': e.start, 'lgv:end': e.end, isPartOf: ref(e.document) };
}

function document(d: ExportDocument): JsonObject {
  return compact({
    '@id': iri(d.id),
    '@type': 'NewsArticle',
    identifier: d.id,
    headline: d.title,
    name: d.title,
    publisher: d.publisher === null ? null : { '@type': 'Organization', name: d.publisher },
    author: d.authors.map((name) => ({ '@type': 'Person', name })),
    datePublished: d.publishedOn,
    inLanguage: d.language,
  });
}

/** The graph as one JSON-LD document, an item of `@graph` a line: entities, relationship statements, facts, quotations and documents. */
export function* toJsonLd(graph: ExportGraph): Generator<string> {
  const quotes = new Map<string, ExportEvidence>();
  for (const e of [...graph.edges.flatMap((x) => x.evidence), ...graph.facts.flatMap((x) => x.evidence)]) quotes.set(e.id, e);
  const outgoing = new Map<string, ExportEdge[]>();
  for (const e of graph.edges) {
    const list = outgoing.get(e.source);
    if (list) list.push(e);
    else outgoing.set(e.source, [e]);
  }
  const items = [
    graph.nodes.map((n) => () => entity(n, outgoing.get(n.id) ?? [])),
    graph.edges.map((e) => () => statement(e)),
    graph.facts.map((f) => () => fact(f)),
    [...quotes.values()].map((q) => () => quotation(q)),
    graph.documents.map((d) => () => document(d)),
  ].flat();
  yield `{"@context":${JSON.stringify(CONTEXT)},"@graph":[\n`;
  for (const [i, item] of items.entries()) yield `${JSON.stringify(item())}${i < items.length - 1 ? ',' : ''}\n`;
  yield ']}\n';
}
