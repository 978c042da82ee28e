import type { Fact } from '../../src/seed/format.js';
import { relationshipKey } from '../../src/seed/checks.js';
import type { SeedEntity, SeedSet } from '../../src/seed/validate.js';
import { DocumentBuilder } from './document.js';
import { scaleEntity } from './entities.js';
import { scaleFacts, scaleMetricEntries } from './facts.js';
import { scaleLinks } from './links.js';
import { Population, STREAM } from './population.js';
import { streamFor } from './random.js';

// A synthetic graph of the project's own model at a chosen size, as a stream of seed-set chunks:
// phase 1 writes entities with their facts (and the articles that state them), phase 2 the
// relationships (and the articles that state those). Pure: no database, no files.

/** Bump when the output changes, so that graphs cached by an older generator are rebuilt. */
export const SCALE_VERSION = 2;
export const DEFAULT_SEED = 42;
/** Entities per synthetic article; chunks are whole numbers of these blocks. */
const BLOCK = 100;

export interface ScaleOptions {
  entities: number;
  seed?: number;
  /** Entities per chunk, rounded up to a multiple of 100 (default 5000). */
  chunkEntities?: number;
  /** The first chunk to yield, 0-based: resumes an interrupted load after the chunks it committed. */
  startChunk?: number;
}

const FILES = ['scale'];
const blockId = (phase: string, block: number) => `doc:scale-${phase}-${String(block).padStart(5, '0')}`;

function geometry(opts: ScaleOptions) {
  if (!Number.isInteger(opts.entities) || opts.entities < 1)
    throw new RangeError(`entities must be a positive whole number, not ${opts.entities}`);
  const blocksPerChunk = Math.max(1, Math.ceil((opts.chunkEntities ?? 5000) / BLOCK));
  const chunkSize = blocksPerChunk * BLOCK;
  return { chunkSize, chunksPerPhase: Math.ceil(opts.entities / chunkSize) };
}

/** How many chunks `generateScaleChunks` yields for these options. */
export function scaleChunkCount(opts: ScaleOptions): number {
  return 2 * geometry(opts).chunksPerPhase;
}

/** Entities [start, end) with their facts; a fact's evidence doubles as its entity's mention. */
function entityChunk(pop: Population, start: number, end: number): SeedSet {
  const chunk: SeedSet = { documents: [], entities: [], relationships: [], facts: [], metrics: [] };
  for (let block = start / BLOCK; block * BLOCK < end; block++) {
    const blockEnd = Math.min(end, (block + 1) * BLOCK);
    const doc = new DocumentBuilder(
      blockId('facts', block),
      `Synthetic livestreaming commerce bulletin No. ${block}`,
      streamFor(pop.seed, block, STREAM.document, 1),
    );
    for (let i = block * BLOCK; i < blockEnd; i++) {
      const rng = streamFor(pop.seed, i, STREAM.entity);
      const entity = scaleEntity(pop, i, rng);
      // Speakers come from this block or before, so they exist when the chunk's facts are written.
      const facts: Fact[] = scaleFacts(pop, i, rng, blockEnd).map((f) => ({ ...f, evidence: [doc.cite(f.statement)] }));
      doc.paragraph();
      chunk.entities.push({ ...entity, mentions: [facts[0]!.evidence[0]!], files: FILES } satisfies SeedEntity);
      chunk.facts.push(...facts);
    }
    chunk.documents.push(doc.build());
  }
  chunk.metrics = scaleMetricEntries(chunk.facts);
  return chunk;
}

/** The relationships owned by entities [start, end), each evidenced by its sentence in a new article. */
function linkChunk(pop: Population, start: number, end: number): SeedSet {
  const chunk: SeedSet = { documents: [], entities: [], relationships: [], facts: [], metrics: [] };
  for (let block = start / BLOCK; block * BLOCK < end; block++) {
    const doc = new DocumentBuilder(
      blockId('links', block),
      `Synthetic livestreaming industry network notes No. ${block}`,
      streamFor(pop.seed, block, STREAM.document, 2),
    );
    for (let i = block * BLOCK; i < Math.min(end, (block + 1) * BLOCK); i++) {
      for (const link of scaleLinks(pop, i, streamFor(pop.seed, i, STREAM.links))) {
        const rel = {
          type: link.type,
          from: pop.id(link.from),
          to: pop.id(link.to),
          properties: link.properties,
          evidence: [doc.cite(link.sentence)],
        };
        chunk.relationships.push({ ...rel, key: relationshipKey(rel) });
      }
      doc.paragraph();
    }
    chunk.documents.push(doc.build());
  }
  return chunk;
}

/**
 * The scale graph as chunks of at most `chunkEntities` entities' worth, so that a million entities
 * never sit in memory at once: all entity chunks first, then all relationship chunks (whose
 * endpoints, drawn from the whole population, are then all loaded). Same options, same chunks.
 */
export function* generateScaleChunks(opts: ScaleOptions): Generator<SeedSet> {
  const { chunkSize } = geometry(opts);
  const pop = new Population(opts.entities, opts.seed ?? DEFAULT_SEED);
  let index = 0;
  for (const phase of [entityChunk, linkChunk]) {
    for (let start = 0; start < opts.entities; start += chunkSize) {
      if (index++ >= (opts.startChunk ?? 0)) yield phase(pop, start, Math.min(opts.entities, start + chunkSize));
    }
  }
}
