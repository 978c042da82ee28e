import { readFileSync } from 'node:fs';

/** One instruction of a Dockerfile: its keyword, its --flags, and its arguments (a JSON array or shell words). */
export interface Instruction {
  keyword: string;
  flags: Record<string, string>;
  /** The JSON (exec) form's elements, or the shell form split on whitespace. */
  args: string[];
  /** The text after the keyword and flags, as written (what RUN hands to the shell). */
  text: string;
  /** True when written in JSON (exec) form. */
  json: boolean;
}

export interface Stage {
  /** `AS name`, or the stage's index as a string. */
  name: string;
  image: string;
  instructions: Instruction[];
}

/** Joins continued lines and drops comments and blank lines (Dockerfile syntax with the default `\` escape). */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    const continued = /\\\s*$/.test(raw);
    current += continued ? raw.replace(/\\\s*$/, ' ') : raw;
    if (continued) continue;
    if (current.trim()) lines.push(current.trim());
    current = '';
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}

function parseInstruction(line: string): Instruction {
  const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
  const flags: Record<string, string> = {};
  let text = rest;
  for (let m = /^--([\w-]+)(?:=(\S*))?\s*/.exec(text); m; m = /^--([\w-]+)(?:=(\S*))?\s*/.exec(text)) {
    flags[m[1]!] = m[2] ?? '';
    text = text.slice(m[0].length);
  }
  const json = text.startsWith('[');
  const args = json ? (JSON.parse(text) as string[]) : text.split(/\s+/).filter(Boolean);
  return { keyword: keyword.toUpperCase(), flags, args, text, json };
}

/** The stages of a Dockerfile, each with the instructions after its FROM. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of logicalLines(text)) {
    const ins = parseInstruction(line);
    if (ins.keyword === 'FROM') {
      const [image = '', as, name] = ins.args;
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), image, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${ins.keyword} before any FROM`);
      stage.instructions.push(ins);
    }
  }
  return stages;
}

export function readDockerfile(file = 'Dockerfile'): Stage[] {
  return parseDockerfile(readFileSync(file, 'utf8'));
}

/** ENV's variables: `ENV A=1 B="two"` or the legacy `ENV A one value`. */
export function envOf(ins: Instruction): Record<string, string> {
  if (!ins.text.includes('=') || /^\S+\s/.test(ins.text.split('=')[0]!)) {
    const [key = '', ...value] = ins.args;
    return { [key]: value.join(' ') };
  }
  const env: Record<string, string> = {};
  for (const m of ins.text.matchAll(/([\w.-]+)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    env[m[1]!] = m[2]!.startsWith('"') ? (JSON.parse(m[2]!) as string) : m[2]!;
  }
  return env;
}

/** A `.dockerignore` as a filter on paths relative to the build context (plain names and prefixes, as ours uses). */
export function dockerignore(text: string): (relPath: string) => boolean {
  const patterns = text
    .split('\n')
    .map((l) => l.trim().replace(/^\/+|\/+$/g, ''))
    .filter((l) => l && !l.startsWith('#'));
  if (patterns.some((p) => /[*?![]/.test(p))) throw new Error(`.dockerignore patterns beyond plain paths are not supported: ${patterns}`);
  return (relPath) => patterns.some((p) => relPath === p || relPath.startsWith(`${p}/`));
}
