import { coerceValue, isParamType, type ParamType } from './params.js';

// A library query is a .cypher file whose leading `//` comments describe it, so the runner knows
// its parameters' types and an analyst reading the file knows what it answers:
//
//   // Title: <one line>
//   // Answers: <question, continued on further `//` lines>
//   // Param: <name> <type> <description> [default: <value>]
//   // Example: npm run cypher -- cypher/queries/NN-name.cypher --param id=place:guangzhou

export interface ParamSpec {
  name: string;
  type: ParamType;
  description: string;
  /** Whether a value must be given: true when the header declares no default. */
  required: boolean;
  /** The declared default, already coerced; null for `[default: null]` (the parameter is optional). */
  defaultValue?: unknown;
}

export interface QueryFile {
  title: string | undefined;
  answers: string | undefined;
  params: ParamSpec[];
  example: string | undefined;
  /** The statement to send: the whole file (comments are valid Cypher), less a trailing `;`. */
  cypher: string;
}

/** A header that cannot be read; the message names the line. */
export class HeaderError extends Error {
  override name = 'HeaderError';
}

const FIELD = /^\/\/\s*(Title|Answers|Param|Example):\s*(.*)$/;
const PARAM = /^([A-Za-z_]\w*)\s+(\S+)\s+(.*?)\s*(?:\[default:\s*(.*?)\s*\])?$/;

function parseParam(text: string, lineNo: number): ParamSpec {
  const m = PARAM.exec(text);
  if (!m) throw new HeaderError(`line ${lineNo}: a Param line reads '<name> <type> <description> [default: <value>]', got '${text}'`);
  const [, name, type, description, rawDefault] = m as unknown as [string, string, string, string, string | undefined];
  if (!isParamType(type)) {
    throw new HeaderError(`line ${lineNo}: parameter '${name}' has unknown type '${type}' (use string, int, float, boolean, date or list<string>)`);
  }
  if (rawDefault === undefined) return { name, type, description, required: true };
  let defaultValue: unknown;
  try {
    defaultValue = rawDefault === 'null' ? null : coerceValue(type, rawDefault);
  } catch (err) {
    throw new HeaderError(`line ${lineNo}: the default of parameter '${name}' ${(err as Error).message}`);
  }
  return { name, type, description, required: false, defaultValue };
}

/** Reads the header of a query file. Lines after the first non-comment line are the query's own. */
export function parseQueryFile(text: string): QueryFile {
  const file: QueryFile = { title: undefined, answers: undefined, params: [], example: undefined, cypher: text.trimEnd().replace(/;$/, '') };
  let previous: string | undefined;
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line.startsWith('//')) break;
    const m = FIELD.exec(line);
    const lineNo = index + 1;
    if (!m) {
      const more = line.replace(/^\/\/\s*/, '');
      // Only the answer runs over several lines; any other stray comment is likely a mistyped field.
      if (previous === 'Answers') file.answers = `${file.answers} ${more}`.trim();
      else if (more !== '') throw new HeaderError(`line ${lineNo}: expected Title, Answers, Param or Example, got '${line}'`);
      continue;
    }
    const [, field, value] = m as unknown as [string, string, string];
    if (field === 'Param') {
      const spec = parseParam(value.trim(), lineNo);
      if (file.params.some((p) => p.name === spec.name)) throw new HeaderError(`line ${lineNo}: parameter '${spec.name}' is declared twice`);
      file.params.push(spec);
    } else {
      const key = field.toLowerCase() as 'title' | 'answers' | 'example';
      if (file[key] !== undefined) throw new HeaderError(`line ${lineNo}: ${field} is given twice`);
      file[key] = value.trim();
    }
    previous = field;
  }
  return file;
}

// Comments, string literals and quoted names, where a `$` is not a parameter.
const NOT_CODE = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g;

/** A Cypher text without its comments, string literals and quoted names. */
export const codeOnly = (cypher: string) => cypher.replace(NOT_CODE, ' ');

/** The names of the `$parameters` a Cypher text uses, in order of first use. */
export function usedParameters(cypher: string): string[] {
  return [...new Set([...codeOnly(cypher).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
}

/** Parameters the query uses but its header does not declare; the runner refuses such a file. */
export function undeclaredParameters(file: QueryFile): string[] {
  const declared = new Set(file.params.map((p) => p.name));
  return usedParameters(file.cypher).filter((name) => !declared.has(name));
}
