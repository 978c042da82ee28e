import { describe, expect, it } from 'vitest';
import { preferenceReason } from '../../src/data/fact-standing.js';

describe('preferenceReason', () => {
  it('names the facts that decide a preference and the rule that decided', () => {
    expect(
      preferenceReason({ preference: 'deprecated', conflicts: [{ id: 'fact:b', verdict: 'outranked', criterion: 'newer_source' }] }),
    ).toBe('Outranked by fact:b (newer source).');
    expect(
      preferenceReason({
        preference: 'preferred',
        conflicts: [
          { id: 'fact:a', verdict: 'outranks', criterion: 'later_period' },
          { id: 'fact:c', verdict: 'outranks', criterion: 'narrower_period' },
        ],
      }),
    ).toBe('Outranks every conflicting value: fact:a (later period), fact:c (narrower period).');
  });

  it('says when nothing conflicts, and when a conflict is a tie', () => {
    expect(preferenceReason({ preference: 'normal', conflicts: [] })).toMatch(/^No other fact gives another value/);
    expect(
      preferenceReason({
        preference: 'normal',
        conflicts: [
          { id: 'fact:t', verdict: 'tie', criterion: null },
          { id: 'fact:w', verdict: 'outranks', criterion: 'newer_source' },
        ],
      }),
    ).toBe('Ties with fact:t (same source date and period), so no rule prefers either; outranks fact:w (newer source).');
  });
});
