import type { ParamSpec } from './header.js';

// Command-line values arrive as strings; the header's declared type says what Cypher should get.

const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'list<string>'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export const isParamType = (type: string): type is ParamType => (PARAM_TYPES as readonly string[]).includes(type);

/** A parameter given wrongly, missing or unknown; the message names every such parameter. */
export class ParamError extends Error {
  override name = 'ParamError';
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  // Date rolls 2023-02-30 over to March; a real date survives the round trip.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * One value from its text. Dates stay strings (YYYY-MM-DD, checked): the queries convert them
 * with date($x), which works the same when an analyst pastes the query into Neo4j Browser.
 * Ints are JavaScript numbers, which the driver sends as floats: queries wrap them in toInteger()
 * where Cypher insists on an integer (LIMIT).
 */
export function coerceValue(type: ParamType, text: string): unknown {
  const fail = (what: string): never => {
    throw new ParamError(`must be ${what}, got '${text}'`);
  };
  switch (type) {
    case 'string':
      return text;
    case 'int':
      return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : fail('an int');
    case 'float': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : fail('a float');
    }
    case 'boolean':
      return BOOLEANS[text.toLowerCase()] ?? fail('a boolean (true or false)');
    case 'date':
      return isCalendarDate(text) ? text : fail('a date (YYYY-MM-DD)');
    case 'list<string>':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
  }
}

/** The parameters to send: given values coerced, defaults filled in, and every problem reported at once. */
export function coerceParams(specs: ParamSpec[], given: Record<string, string>): Record<string, unknown> {
  const problems: string[] = [];
  const known = new Set(specs.map((s) => s.name));
  const takes = specs.length ? `this query takes ${specs.map((s) => s.name).join(', ')}` : 'this query takes no parameters';
  for (const name of Object.keys(given)) {
    if (!known.has(name)) problems.push(`unknown parameter '${name}' (${takes})`);
  }
  const params: Record<string, unknown> = {};
  for (const spec of specs) {
    const text = given[spec.name];
    if (text === undefined) {
      if (spec.required) problems.push(`missing parameter '${spec.name}' (${spec.type}: ${spec.description}); pass --param ${spec.name}=…`);
      else params[spec.name] = spec.defaultValue;
      continue;
    }
    try {
      params[spec.name] = coerceValue(spec.type, text);
    } catch (err) {
      problems.push(`parameter '${spec.name}' ${(err as Error).message}`);
    }
  }
  if (problems.length) throw new ParamError(problems.join('; '));
  return params;
}
