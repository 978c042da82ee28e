import { describe, expect, it } from 'vitest';
import { openBookmarks, sealBookmarks } from '../../src/http/bookmarks.js';

const SECRET = 'bookmark-unit-test-secret-of-32-characters';
const BOOKMARK = 'FB:kcwQDeXNmXbxRGSL7JwXJ+k/8QaQ';

describe('sealed bookmarks', () => {
  it('opens what it sealed, with the same secret only', () => {
    const token = sealBookmarks([BOOKMARK], SECRET);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(openBookmarks(token, SECRET)).toEqual([BOOKMARK]);
    expect(openBookmarks(token, `${SECRET}x`)).toBeNull();
  });

  it('refuses a token whose bookmarks or seal were changed, and anything else', () => {
    const [payload, mac] = sealBookmarks([BOOKMARK], SECRET).split('.');
    const other = Buffer.from(JSON.stringify(['FB:kcwQDeXNmXbxRGSL7JwXJ+k/8WCQ'])).toString('base64url');
    for (const token of [`${other}.${mac}`, `${payload}.`, `${payload}`, `${payload}.${mac}.x`, BOOKMARK, '', '.']) {
      expect(openBookmarks(token, SECRET), token).toBeNull();
    }
  });

  it('seals an empty list too (a chain with no write yet)', () => {
    expect(openBookmarks(sealBookmarks([], SECRET), SECRET)).toEqual([]);
  });
});
