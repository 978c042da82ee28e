import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { CuratorAuth } from '../config/env.js';

// Curator bearer tokens: HS256 JWTs signed with the server's CURATOR_JWT_SECRET. Signatures and
// claims are checked by `jose` (a maintained, audited JOSE implementation), never by hand.

/** Who a verified token speaks for: `sub` is recorded in the audit of every write. */
export interface Viewer {
  subject: string;
  roles: string[];
}

/** The role a token needs to write. */
export const CURATOR_ROLE = 'curator';

/** What the Authorization header of a request says about its caller. */
export type Credentials = { viewer: Viewer | null; problem: string | null };

const ALGORITHM = 'HS256';
const key = (auth: CuratorAuth) => new TextEncoder().encode(auth.secret);

/** `role: "curator"` or `roles: ["curator", …]`: both spellings are common in issuers' tokens. */
function rolesOf(payload: JWTPayload): string[] {
  const roles = [payload.role, ...(Array.isArray(payload.roles) ? payload.roles : [])];
  return roles.filter((r): r is string => typeof r === 'string');
}

/** Why jose refused a token, in words that help the caller and reveal nothing of the server. */
function reasonOf(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'the token has expired';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (err instanceof errors.JOSEAlgNotAllowed) return `the token must be signed with ${ALGORITHM}`;
  if (err instanceof errors.JWTClaimValidationFailed)
    return `the token's ${err.claim} claim is ${err.reason === 'missing' ? 'missing' : 'not accepted'}`;
  return 'the token is malformed';
}

/**
 * Reads `Authorization: Bearer <token>`. No header: an anonymous caller. A token the server
 * cannot accept: no viewer and the reason, so that writes can say why while reads go on.
 */
export async function credentialsFrom(header: string | undefined, auth: CuratorAuth | undefined): Promise<Credentials> {
  if (header === undefined || header.trim() === '') return { viewer: null, problem: null };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { viewer: null, problem: 'the Authorization header must read "Bearer <token>"' };
  if (!auth) return { viewer: null, problem: null };
  try {
    const { payload } = await jwtVerify(match[1]!, key(auth), {
      algorithms: [ALGORITHM],
      issuer: auth.issuer,
      audience: auth.audience,
      requiredClaims: ['sub', 'exp'],
    });
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '') return { viewer: null, problem: "the token's sub claim is missing" };
    return { viewer: { subject: payload.sub, roles: rolesOf(payload) }, problem: null };
  } catch (err) {
    return { viewer: null, problem: reasonOf(err) };
  }
}

/** Signs a token for `subject` with `role`, valid for `expiresIn` (e.g. "8h", "30m"). */
export function mintToken(auth: CuratorAuth, subject: string, role: string, expiresIn: string): Promise<string> {
  let jwt = new SignJWT({ role }).setProtectedHeader({ alg: ALGORITHM }).setSubject(subject).setIssuedAt().setExpirationTime(expiresIn);
  if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(key(auth));
}
