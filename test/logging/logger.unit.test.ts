import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';

/** A stream that keeps what is written to it. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('writes one JSON object a line when asked for json', () => {
    const out = capture();
    createLogger('info', { format: 'json', destination: out.stream }).info({ url: 'http://x' }, 'API listening');
    const line = JSON.parse(out.text().trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 30, msg: 'API listening', url: 'http://x', service: 'livegraph' });
  });

  it('writes readable lines when asked for pretty: level by name, message, no JSON and no request fields', () => {
    const out = capture();
    createLogger('info', { format: 'pretty', destination: out.stream }).warn(
      { res: { statusCode: 429 }, operation: 'CityProfile', code: 'RATE_LIMITED' },
      'POST /graphql 429 CityProfile RATE_LIMITED cost 5201 3 ms',
    );
    const text = out.text();
    expect(text).toMatch(/WARN.*POST \/graphql 429 CityProfile RATE_LIMITED cost 5201 3 ms/);
    expect(text).not.toMatch(/^\{/);
    expect(text).not.toContain('statusCode');
  });

  it('leaves lines below its level out', () => {
    const out = capture();
    createLogger('warn', { format: 'json', destination: out.stream }).info('not shown');
    expect(out.text()).toBe('');
  });
});
