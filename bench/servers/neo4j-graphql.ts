import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { NEIGHBOURHOOD_2HOP, SHORTEST_PATHS } from './floor-queries.js';
import { runStandalone, type Neo4jTarget, type RunningServer } from './standalone.js';

// The @neo4j/graphql comparison target: the library's generated schema over our graph, served by
// Apollo Server standalone as its docs show, introspection off. POST /graphql (any path works).

const SDL = readFileSync(fileURLToPath(new URL('./neo4j-graphql.graphql', import.meta.url)), 'utf8');

/** GraphQL string literal of a Cypher text (JSON escapes are valid GraphQL escapes). */
const literal = (cypher: string) => JSON.stringify(cypher.trim());

/**
 * The library has no neighbourhood or shortest-path construct; its users write @cypher fields on
 * Query for them. These run the floor's statements, which return one `result` map per row.
 */
const CYPHER_FIELDS = `
type Query {
  "The entity and its 2-hop neighbourhood (at most limit nodes besides it), with the relationships among them."
  neighbourhood(id: ID!, limit: Int!): Subgraph @cypher(statement: ${literal(NEIGHBOURHOOD_2HOP)}, columnName: "result")
  "The shortest paths between two entities, at most limit of them."
  shortestPaths(from: ID!, to: ID!, limit: Int!): [Path!]! @cypher(statement: ${literal(SHORTEST_PATHS)}, columnName: "result")
}`;

export const TYPE_DEFS = `${SDL}\n${CYPHER_FIELDS}`;

export async function startNeo4jGraphqlServer(target: Neo4jTarget): Promise<RunningServer> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user ?? 'neo4j', target.password ?? ''), { maxConnectionPoolSize: 50 });
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  // Signals are the caller's to handle (runStandalone closes the driver too).
  const apollo = new ApolloServer({ schema, introspection: false, stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(apollo, { listen: { port: target.port, host: target.host ?? '127.0.0.1' } });
  const { port } = new URL(url);
  return {
    url: `http://${target.host ?? '127.0.0.1'}:${port}`,
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runStandalone(startNeo4jGraphqlServer);
