import type { Evidence } from '../../src/seed/format.js';
import { sha256 } from '../../src/seed/read.js';
import type { SeedDocument } from '../../src/seed/validate.js';
import { between, pick, type Random } from './random.js';

const PUBLISHERS = ['Synthetic Commerce Daily', 'Synthetic Digital Economy Review', 'Synthetic Livestream Weekly'];

/**
 * A synthetic article written sentence by sentence: each sentence cited comes back as evidence
 * at its exact offsets, so every quote is verbatim in the text by construction.
 */
export class DocumentBuilder {
  private text: string;

  constructor(
    private readonly id: string,
    private readonly title: string,
    /** Draws the publisher and date. */
    private readonly rng: Random,
  ) {
    this.text = `${title}\n\n`;
  }

  cite(sentence: string): Evidence {
    if (!this.text.endsWith('\n')) this.text += ' ';
    const start = this.text.length;
    this.text += sentence;
    return { document: this.id, quote: sentence, start, end: this.text.length };
  }

  paragraph(): void {
    if (!this.text.endsWith('\n')) this.text += '\n\n';
  }

  build(): SeedDocument {
    const rng = this.rng;
    const text = `${this.text.trimEnd()}\n`;
    const month = String(between(rng, 1, 12)).padStart(2, '0');
    return {
      id: this.id,
      file: `${this.id.slice('doc:'.length)}.txt`,
      sha256: sha256(text),
      title: this.title,
      publisher: pick(rng, PUBLISHERS),
      authors: [],
      publishedOn: `${between(rng, 2020, 2024)}-${month}-${String(between(rng, 1, 28)).padStart(2, '0')}`,
      publishedOnBasis: 'synthetic article generated for scale benchmarks',
      language: 'en',
      text,
    };
  }
}
