import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientSchema } from '../clients/client-schema.js';
import { generateClientFiles } from '../clients/generate.js';

// `npm run clients:generate`: writes the published client artefacts (clients/) from schema/*.graphql.
// Run it after changing the SDL; a unit test fails while the committed files differ.

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../clients');
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(generateClientFiles(clientSchema()))) {
  writeFileSync(path.join(dir, file), text);
  console.log(`wrote clients/${file}`);
}
