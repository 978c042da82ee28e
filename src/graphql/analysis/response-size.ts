// The size of a response as JSON text, counted without building the text, and given up as soon
// as it passes a bound: a response over the cap costs at most the cap to measure.

/** Characters of `value` as JSON, or a number over `bound` once it is known to exceed it. */
export function jsonSizeUpTo(value: unknown, bound: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (v === null || v === undefined || typeof v !== 'object') size += String(v).length;
    else if (Array.isArray(v)) {
      size += v.length ? 1 + v.length : 2;
      if (size > bound) return size;
      for (const item of v) stack.push(item);
    } else {
      // The braces, and each key with its quotes, colon and comma (one comma fewer than keys).
      size += 2;
      let keys = 0;
      for (const key in v) {
        keys++;
        size += key.length + 4;
        stack.push((v as Record<string, unknown>)[key]);
      }
      if (keys) size--;
    }
    if (size > bound) return size;
  }
  return size;
}
