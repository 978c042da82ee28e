import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../../src/model/vocabulary.js';
import { streamFor, weighted, zipfRank, type Random } from './random.js';

// Who exists in a scale graph of N entities: each entity's kind and subtype, id and name, computed
// from its index alone, so relationships can point at any entity without generating it.

/** How many entities of each kind, per 100: many actors and places, fewer platforms and occupations. */
const KIND_MIX: readonly (readonly [EntityKind, number])[] = [
  ['Organization', 24],
  ['Person', 22],
  ['Place', 16],
  ['Policy', 9],
  ['Event', 9],
  ['Base', 7],
  ['Report', 5],
  ['Platform', 4],
  ['Occupation', 4],
];

/** Subtypes per kind, with their weight and the words of the names. For Place … Policy the subtype is the stored *Type property. */
const SUBTYPES: Record<EntityKind, readonly (readonly [subtype: string, weight: number, words: string])[]> = {
  Place: [
    ['country', 0.2, 'Nation'],
    ['province', 3, 'Province'],
    ['city', 45, 'City'],
    ['district', 22, 'District'],
    ['county', 18, 'County'],
    ['town', 8, 'Town'],
    ['village', 4, 'Village'],
  ],
  Organization: [
    ['government_body', 30, 'Commerce Bureau'],
    ['company', 40, 'Livestream Trading Company'],
    ['association', 10, 'E-commerce Association'],
    ['research_institute', 8, 'Digital Economy Institute'],
    ['university', 5, 'University of Commerce'],
    ['media_outlet', 7, 'Commerce Daily'],
  ],
  Person: [
    ['anchor', 45, 'livestreaming anchor'],
    ['official', 20, 'commerce official'],
    ['expert', 15, 'e-commerce expert'],
    ['entrepreneur', 20, 'livestreaming entrepreneur'],
  ],
  Platform: [
    ['ecommerce', 40, 'Live Mall'],
    ['short_video', 35, 'Short Video'],
    ['social', 15, 'Social Live'],
    ['media', 10, 'Live News'],
  ],
  Base: [
    ['live_streaming_base', 50, 'Livestreaming Base'],
    ['industrial_cluster', 20, 'Apparel Cluster'],
    ['wholesale_market', 15, 'Wholesale Market'],
    ['industrial_park', 10, 'E-commerce Industrial Park'],
    ['scenic_spot', 5, 'Scenic Spot'],
  ],
  Occupation: [
    ['salesperson', 30, 'Live-streaming Salesperson'],
    ['selection', 20, 'Product Selection Specialist'],
    ['operator', 20, 'Live-stream Operator'],
    ['planner', 15, 'Content Planner'],
    ['assistant', 15, 'Anchor Assistant'],
  ],
  Policy: [
    ['plan', 30, 'Live Commerce Development Plan'],
    ['notice', 20, 'Notice on Livestreaming E-commerce'],
    ['measures', 25, 'Measures for Livestream Commerce'],
    ['guideline', 15, 'Livestreaming Guideline'],
    ['standard', 10, 'Livestreaming Service Standard'],
  ],
  Event: [
    ['festival', 30, 'Livestreaming Festival'],
    ['campaign', 20, 'Shopping Campaign'],
    ['conference', 25, 'Live Commerce Conference'],
    ['competition', 10, 'Anchor Competition'],
    ['training', 15, 'Anchor Training'],
  ],
  Report: [['report', 1, 'Live Commerce Report']],
};

const FAMILY_NAMES = ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'];
const GIVEN_NAMES = ['Wei', 'Na', 'Fang', 'Min', 'Jing', 'Lei', 'Yang', 'Jie', 'Hua', 'Ming'];
/** Kinds whose names read as titles ("the Synthetic … Plan 12") in sentences. */
const TITLED: readonly EntityKind[] = ['Policy', 'Event', 'Report'];

/** The purposes of the random streams, so that each draws independently of the others. */
export const STREAM = { profile: 1, entity: 2, links: 3, document: 4 } as const;

export class Population {
  private readonly kinds: Uint8Array;
  private readonly subtypes: Uint8Array;
  /** Entity indices by kind and by `kind:subtype`, ascending. */
  private readonly members = new Map<string, Int32Array>();

  constructor(
    readonly size: number,
    readonly seed: number,
  ) {
    this.kinds = new Uint8Array(size);
    this.subtypes = new Uint8Array(size);
    const lists = new Map<string, number[]>();
    const add = (key: string, i: number) => (lists.get(key) ?? lists.set(key, []).get(key)!).push(i);
    for (let i = 0; i < size; i++) {
      const rng = streamFor(seed, i, STREAM.profile);
      // Entity 0 is the country every hierarchy of places ends in.
      const kind = i === 0 ? 'Place' : weighted(rng, KIND_MIX);
      const options = SUBTYPES[kind];
      const sub =
        i === 0
          ? 0
          : weighted(
              rng,
              options.map(([, w], index) => [index, w] as const),
            );
      this.kinds[i] = ENTITY_KIND_NAMES.indexOf(kind);
      this.subtypes[i] = sub;
      add(kind, i);
      add(`${kind}:${options[sub]![0]}`, i);
    }
    for (const [key, list] of lists) this.members.set(key, Int32Array.from(list));
  }

  kind(i: number): EntityKind {
    return ENTITY_KIND_NAMES[this.kinds[i]!]!;
  }

  subtype(i: number): string {
    return SUBTYPES[this.kind(i)][this.subtypes[i]!]![0];
  }

  /** The words of its kind and subtype: "City", "Commerce Bureau", "livestreaming anchor". */
  words(i: number): string {
    return SUBTYPES[this.kind(i)][this.subtypes[i]!]![2];
  }

  id(i: number): string {
    return `${ENTITY_KINDS[this.kind(i)]}:scale-${String(i).padStart(6, '0')}`;
  }

  /** Unique and readable: "Synthetic City 123", "Li Wei 4567"; the index keeps it unique. */
  name(i: number): string {
    if (this.kind(i) === 'Person') return `${FAMILY_NAMES[i % 10]} ${GIVEN_NAMES[Math.floor(i / 10) % 10]} ${i}`;
    return `Synthetic ${this.words(i)} ${i}`;
  }

  /** How a sentence names it: "the Synthetic Anchor Training 12" for policies, events and reports. */
  reference(i: number): string {
    return TITLED.includes(this.kind(i)) ? `the ${this.name(i)}` : this.name(i);
  }

  /**
   * An entity of `kind` (and `subtype`) drawn by Zipf rank, so the first of each kind become
   * hubs; only among indices below `below` when given. Undefined when there is none.
   */
  draw(rng: Random, kind: EntityKind, subtype?: string, below = this.size): number | undefined {
    const list = this.members.get(subtype ? `${kind}:${subtype}` : kind);
    const n = list ? countBelow(list, below) : 0;
    return n === 0 ? undefined : list![zipfRank(rng, n)];
  }
}

/** How many of the ascending `list` are below `limit` (binary search). */
function countBelow(list: Int32Array, limit: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
