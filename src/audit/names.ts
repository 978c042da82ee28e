import type { AuditEntity } from './snapshot.js';

// Which entities a text names: by name or alias, whole words, case ignored.

interface Spelling {
  id: string;
  pattern: RegExp;
}

/** A name as a whole-word pattern: not inside a longer word, its letters matched without case, an English plural allowed ("anchors"). */
function wordPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/** Where a text names an entity: the entity and the span of the spelling. */
interface NameHit {
  id: string;
  start: number;
  end: number;
}

export class NameIndex {
  private readonly spellings: Spelling[];

  constructor(entities: readonly Pick<AuditEntity, 'id' | 'name' | 'aliases'>[]) {
    // Spellings of fewer than 3 characters ("Mi") would be found inside ordinary words' neighbours too often.
    this.spellings = entities.flatMap((e) =>
      [...new Set([e.name, ...e.aliases])].filter((s) => s.trim().length >= 3).map((s) => ({ id: e.id, pattern: wordPattern(s) })),
    );
  }

  private hits(text: string): NameHit[] {
    return this.spellings.flatMap(({ id, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({ id, start: m.index, end: m.index + m[0].length })),
    );
  }

  /** Every entity the text names anywhere, even inside a longer name ("Hangzhou" in "Hangzhou Municipal Bureau of Commerce"). */
  named(text: string): Set<string> {
    return new Set(this.hits(text).map((h) => h.id));
  }

  /**
   * The entities the text names outright: a name inside a longer name of another entity does not
   * count ("China" in "China Development Institute" names the institute, not China).
   */
  namedOutright(text: string): Set<string> {
    const hits = this.hits(text);
    const inside = (h: NameHit) =>
      hits.some((o) => o.id !== h.id && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
    return new Set(hits.filter((h) => !inside(h)).map((h) => h.id));
  }

  /** The text with every spelling of every entity blanked out. */
  withoutNames(text: string): string {
    return this.hits(text).reduce((t, h) => t.slice(0, h.start) + ' '.repeat(h.end - h.start) + t.slice(h.end), text);
  }
}
