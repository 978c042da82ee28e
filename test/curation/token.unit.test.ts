import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { CuratorAuth } from '../../src/config/env.js';
import { credentialsFrom, mintToken } from '../../src/curation/token.js';

const auth: CuratorAuth = { secret: 'a-test-secret-of-at-least-32-characters!', issuer: undefined, audience: undefined };
const key = (secret: string) => new TextEncoder().encode(secret);
const bearer = (token: string) => `Bearer ${token}`;

/** A token with exactly these claims and algorithm, for the cases mintToken refuses to produce. */
const signed = (claims: Record<string, unknown>, { secret = auth.secret, alg = 'HS256' } = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg }).sign(key(secret));
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('curator tokens', () => {
  it('accepts a minted token: its sub is the viewer, its role among the roles', async () => {
    const token = await mintToken(auth, 'alice', 'curator', '8h');
    expect(await credentialsFrom(bearer(token), auth)).toEqual({ viewer: { subject: 'alice', roles: ['curator'] }, problem: null });
  });

  it('reads roles from `roles` as well as `role`', async () => {
    const token = await signed({ sub: 'bob', roles: ['reader', 'curator'], exp: inAnHour() });
    expect((await credentialsFrom(bearer(token), auth)).viewer).toEqual({ subject: 'bob', roles: ['reader', 'curator'] });
  });

  it('treats no header as an anonymous caller, without a problem', async () => {
    expect(await credentialsFrom(undefined, auth)).toEqual({ viewer: null, problem: null });
    expect(await credentialsFrom('  ', auth)).toEqual({ viewer: null, problem: null });
  });

  it.each([
    ['an expired token', () => signed({ sub: 'alice', role: 'curator', exp: Math.floor(Date.now() / 1000) - 60 }), 'the token has expired'],
    [
      'a token signed with another secret',
      () => signed({ sub: 'alice', role: 'curator', exp: inAnHour() }, { secret: 'x'.repeat(40) }),
      'the token signature is not valid',
    ],
    [
      'a token signed with another algorithm',
      () => signed({ sub: 'alice', role: 'curator', exp: inAnHour() }, { alg: 'HS512' }),
      'the token must be signed with HS256',
    ],
    ['a token without exp', () => signed({ sub: 'alice', role: 'curator' }), "the token's exp claim is missing"],
    ['a token without sub', () => signed({ role: 'curator', exp: inAnHour() }), "the token's sub claim is missing"],
    ['a malformed token', async () => 'not.a.jwt', 'the token is malformed'],
  ])('refuses %s, saying why', async (_name, token, problem) => {
    expect(await credentialsFrom(bearer(await token()), auth)).toEqual({ viewer: null, problem });
  });

  it('refuses a header that is not a bearer token', async () => {
    expect(await credentialsFrom('Basic YWxpY2U6cHc=', auth)).toEqual({
      viewer: null,
      problem: 'the Authorization header must read "Bearer <token>"',
    });
  });

  it('checks issuer and audience when configured', async () => {
    const strict: CuratorAuth = { ...auth, issuer: 'livegraph', audience: 'curators' };
    const good = await mintToken(strict, 'alice', 'curator', '1h');
    expect((await credentialsFrom(bearer(good), strict)).viewer?.subject).toBe('alice');
    const other = await mintToken({ ...strict, issuer: 'elsewhere' }, 'alice', 'curator', '1h');
    expect((await credentialsFrom(bearer(other), strict)).problem).toBe("the token's iss claim is not accepted");
  });
});
