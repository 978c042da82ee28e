import { describe, expect, it } from 'vitest';
import { dockerignore, envOf, parseDockerfile } from './dockerfile.js';

// The parser test/docker.test.ts builds the image's layout with: a misread instruction would build another image.
describe('parseDockerfile', () => {
  const stages = parseDockerfile(`# comment
FROM node:20-slim AS build
WORKDIR /app
RUN npm ci \\
    --omit=dev && echo done
COPY --from=build --chown=node:node /app/dist ./dist
ENV A=1 B="two words"
ENV LEGACY some value

FROM node:20-slim
CMD ["node", "dist/main.js"]
`);

  it('splits stages at FROM, named by AS or by index', () => {
    expect(stages.map((s) => [s.name, s.image])).toEqual([
      ['build', 'node:20-slim'],
      ['1', 'node:20-slim'],
    ]);
  });

  it('joins continued lines and keeps the shell text of RUN', () => {
    expect(stages[0]!.instructions[1]).toMatchObject({ keyword: 'RUN', text: 'npm ci      --omit=dev && echo done', json: false });
  });

  it('reads COPY flags apart from its arguments', () => {
    expect(stages[0]!.instructions[2]).toMatchObject({ flags: { from: 'build', chown: 'node:node' }, args: ['/app/dist', './dist'] });
  });

  it('reads both forms of ENV, quotes removed', () => {
    expect(envOf(stages[0]!.instructions[3]!)).toEqual({ A: '1', B: 'two words' });
    expect(envOf(stages[0]!.instructions[4]!)).toEqual({ LEGACY: 'some value' });
  });

  it('reads the exec form of CMD as JSON', () => {
    expect(stages[1]!.instructions[0]).toMatchObject({ keyword: 'CMD', json: true, args: ['node', 'dist/main.js'] });
  });
});

describe('dockerignore', () => {
  it('leaves out a path and everything under it, and nothing else', () => {
    const ignored = dockerignore('node_modules\n/dist/\n# comment\n');
    expect(['node_modules', 'node_modules/x/y.js', 'dist', 'dist/main.js'].every(ignored)).toBe(true);
    expect(['src/node_modules.ts', 'distance', 'src'].some(ignored)).toBe(false);
  });
});
