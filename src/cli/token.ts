import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { CURATOR_ROLE, mintToken } from '../curation/token.js';

// `npm run token -- --sub alice [--role curator] [--expires 8h]`: a bearer token signed with the
// configured CURATOR_JWT_SECRET, for a curator (or, with another role, for testing refusals).

try {
  const { values } = parseArgs({
    options: { sub: { type: 'string' }, role: { type: 'string', default: CURATOR_ROLE }, expires: { type: 'string', default: '8h' } },
    strict: true,
  });
  if (!values.sub) throw new Error('--sub <who> is required: it names the curator in the audit of every change');
  const { curator } = loadConfig();
  if (!curator) throw new Error('CURATOR_JWT_SECRET is not set: the server accepts no tokens, so none can be minted');
  console.log(await mintToken(curator, values.sub, values.role, values.expires));
} catch (err) {
  console.error(`token: ${(err as Error).message}`);
  process.exit(1);
}
