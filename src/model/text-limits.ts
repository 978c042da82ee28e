// The longest value each stored text may have, in UTF-16 code units (JavaScript string length),
// and the most entries a list of texts may have. The cost analysis weighs each text field by its
// limit, to bound a response's bytes by its cost: with control characters and lone surrogates
// refused (JSON escapes each to 6 bytes), no code unit takes more than 3 bytes in a response.
// Each limit is at least twice the longest value in the seeds (seeds/README.md, Text limits).

export const TEXT_LIMITS = {
  // A kind prefix and the slug of a name; a fact's slug also says where and when.
  id: 400,
  entity: {
    name: 300,
    alias: 200,
    /** Entries, not characters: after the files that name the entity are merged. */
    aliases: 30,
    description: 2_000,
    /** A person's title or role. */
    title: 200,
    /** A kind's text property that has no limit of its own here. */
    kindText: 200,
  },
  evidence: {
    quote: 2_000,
  },
  fact: {
    statement: 2_000,
    metric: 100,
    unit: 50,
    valueText: 200,
    periodLabel: 200,
  },
  /** An entry of the metric catalogue (seeds/metrics.json); its key and unit are a fact's metric and unit. */
  metric: {
    description: 2_000,
  },
  relationship: {
    role: 200,
    how: 1_000,
    /** Any other property a seed file gives; the API shows only role and how. */
    otherProperty: 1_000,
    propertyName: 50,
  },
  document: {
    title: 500,
    publisher: 200,
    author: 200,
    /** Entries, not characters. */
    authors: 30,
    publishedOnBasis: 500,
    sourceLanguageNote: 500,
    // A file name in seeds/documents/: the longest most file systems allow.
    file: 255,
    // Twenty times the longest seed article: room for long reports, and still a bounded response.
    text: 300_000,
  },
} as const;
