import { describe, expect, it } from 'vitest';
import { AdmissionGate, ServerBusyError } from '../../../src/graphql/analysis/gate.js';
import { jsonSizeUpTo } from '../../../src/graphql/analysis/response-size.js';

describe('admission gate', () => {
  it('runs at most `slots` at once, hands a freed slot to the first in line, and refuses past the queue', async () => {
    const gate = new AdmissionGate({ minCost: 1, slots: 2, queue: 1, maxWaitMs: 60_000 });
    const a = await gate.enter();
    const b = await gate.enter();
    const order: string[] = [];
    const c = gate.enter().then((release) => (order.push('c'), release));
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    await expect(gate.enter()).rejects.toBeInstanceOf(ServerBusyError);
    a();
    a(); // a second release gives back nothing
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    b();
    releaseC();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses one that waited its longest, and forgets it', async () => {
    const gate = new AdmissionGate({ minCost: 1, slots: 1, queue: 5, maxWaitMs: 20 });
    const held = await gate.enter();
    const error = await gate.enter().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerBusyError);
    expect((error as ServerBusyError).extensions).toMatchObject({ code: 'SERVER_BUSY', http: { status: 503 } });
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    held();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});

describe('response size', () => {
  it('counts the JSON text of a result exactly for ASCII text, and stops once past the bound', () => {
    const result = { data: { a: [1, 'two', null, true, { b: 'x"y', c: [] }], d: { e: 12.5 } }, errors: [{ message: 'm' }] };
    const exact = JSON.stringify(result).length;
    // Escapes (the quote in x"y) are the only difference: one character each.
    expect(jsonSizeUpTo(result, Infinity)).toBe(exact - 1);
    const big = { data: { items: Array.from({ length: 100_000 }, (_, i) => ({ id: `item:${i}` })) } };
    expect(jsonSizeUpTo(big, 1000)).toBeGreaterThan(1000);
    expect(jsonSizeUpTo(big, Infinity)).toBe(JSON.stringify(big).length);
  });
});
