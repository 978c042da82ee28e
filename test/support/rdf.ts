import jsonld from 'jsonld';

// JSON-LD read as RDF by jsonld.js (the JSON-LD working group's reference implementation), for the export tests.

/** One RDF statement, by the values of its terms (IRIs, blank node labels or literal text). */
export interface Quad {
  subject: { value: string };
  predicate: { value: string };
  object: { value: string };
}

export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The RDF dataset a JSON-LD text denotes (expansion and toRDF, with no remote context loaded). */
export async function quadsOf(text: string): Promise<Quad[]> {
  return (await jsonld.toRDF(JSON.parse(text) as jsonld.JsonLdDocument)) as unknown as Quad[];
}

/** The objects of `subject`'s `predicate`. */
export const objectsOf = (quads: Quad[], subject: string, predicate: string): string[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

/** The subjects that have `type`. */
export const subjectsOfType = (quads: Quad[], type: string): Set<string> =>
  new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value));
