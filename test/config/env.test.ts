import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';

describe('loadConfig', () => {
  it('defaults to port 4000 and an embedded Neo4j on 7687', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toEqual({ kind: 'embedded', boltPort: 7687, dataDir: '.data/neo4j', heap: '1g', startTimeoutMs: 120_000 });
  });

  it('uses an external Neo4j when NEO4J_URI is set, including neo4j:// routing', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('reports every invalid variable at once, by name, with the value it got', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_START: 'maybe', NEO4J_HEAP: 'lots' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'NEO4J_URI', 'SEED_ON_START', 'NEO4J_HEAP']) expect(message).toContain(name);
    expect(message).toContain('"eighty"');
    expect(message).toContain('bolt:// or neo4j://');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.kind).toBe('embedded');
  });
});
