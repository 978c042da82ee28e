import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entitiesSdl } from '../model/entity-sdl.js';

// `npm run schema:generate`: writes schema/entities.graphql from the kind declarations
// (src/model/entity-kinds.ts). Run it after changing a kind, then `npm run codegen`.

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/entities.graphql');
writeFileSync(file, entitiesSdl());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
