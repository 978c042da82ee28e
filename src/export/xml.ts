// Text for XML 1.0 documents (GraphML, GEXF).

/**
 * Characters XML 1.0 cannot carry at all, not even as character references: C0 controls other than
 * tab, newline and carriage return, unpaired surrogates, U+FFFE and U+FFFF. Each becomes U+FFFD,
 * so that the file parses and the place of the lost character still shows.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references, or a parser would normalise them to spaces in attribute values.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `value` escaped for element content and for attribute values in either quotes. */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/** ` name="value"` for each attribute that has a value. */
export function xmlAttributes(attributes: Record<string, string | number | null | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
}

/** Each text as a line of its own. */
export const lines = (texts: readonly string[]): string[] => texts.map((t) => `${t}\n`);
