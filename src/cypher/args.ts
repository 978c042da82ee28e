import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run cypher -- FILE [--param key=value]... [--format table|csv|json] [--wide]';

/** How the CLI prints the rows: an aligned table for a terminal, or RFC 4180 CSV or JSON for other tools. */
export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliArgs {
  file: string;
  /** Parameter values as typed, before coercion. */
  params: Record<string, string>;
  format: OutputFormat;
  /** Table cells whole, not cut to fit a terminal (CSV and JSON are never cut). */
  wide: boolean;
}

/** Bad command-line arguments; the message ends with the usage line. */
export class ArgsError extends Error {
  override name = 'ArgsError';
}

/** `FILE [--param key=value]... [--format F] [--wide]` to the file, the raw parameter values and how to print. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { param: { type: 'string', multiple: true }, format: { type: 'string', default: 'table' }, wide: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (err) {
    throw new ArgsError(`${(err as Error).message} (${USAGE})`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new ArgsError(`no query file given (${USAGE})`);
  if (extra.length) throw new ArgsError(`one query file at a time, got also ${extra.join(' ')} (${USAGE})`);
  const entries = (parsed.values.param ?? []).map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new ArgsError(`--param expects key=value, got '${pair}' (${USAGE})`);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
  const twice = entries.find(([key], i) => entries.findIndex(([k]) => k === key) !== i);
  if (twice) throw new ArgsError(`parameter '${twice[0]}' is given twice`);
  const params = Object.fromEntries(entries);
  const format = parsed.values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new ArgsError(`--format expects ${OUTPUT_FORMATS.join(', ')}, got '${format}' (${USAGE})`);
  return { file, params, format, wide: parsed.values.wide ?? false };
}

/** Splits a shell command line into words, honouring single and double quotes (no escapes). */
export function shellWords(line: string): string[] {
  return [...line.matchAll(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g)].map((m) => m[0].replace(/'([^']*)'|"([^"]*)"/g, '$1$2'));
}

/** The arguments of a header's Example line (`npm run cypher -- FILE --param …`), as the CLI would get them. */
export function exampleArgs(example: string): CliArgs {
  const words = shellWords(example);
  const dashes = words.indexOf('--');
  if (dashes < 0) throw new ArgsError(`the example '${example}' has no '--' before the query file`);
  return parseCliArgs(words.slice(dashes + 1));
}
