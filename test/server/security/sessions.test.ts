import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionTable, userTable } from '../../../src-shared/model/tables';
import { createSession, csrfMatches, csrfTokenFor, endSessionsOf, purgeExpiredSessions, resolveSession } from '../../../src-server/node/security/sessions';
import { STORES } from '../../support/stores';
import { HOUR, securityFixture, T0, type SecurityFixture } from './security-fixtures';

for (const dialect of STORES) {
  describe(`sessions (${dialect})`, () => {
    let fixture: SecurityFixture;
    afterEach(async () => fixture.services.database.close());
    const setUp = async () => {
      fixture = await securityFixture(dialect);
      return fixture.services.records;
    };

    it('stores only hashes of the session id and the csrf token', async () => {
      const records = await setUp();
      const session = await createSession(records, fixture.viewerId, T0);
      expect(session.expires).toBe(new Date(T0 + 12 * HOUR).toISOString());
      const row = await records.get(sessionTable, session.sessionId);
      const sha = (text: string) => createHash('sha256').update(text).digest('hex');
      expect(row).toMatchObject({ session_hash: sha(session.sessionToken), csrf_token: sha(session.csrfToken), user: fixture.viewerId });
      expect(JSON.stringify(row)).not.toContain(session.sessionToken);
      expect(JSON.stringify(row)).not.toContain(session.csrfToken);
      expect(session.csrfToken).toBe(csrfTokenFor(session.sessionToken));
    });

    it('resolves the cookie to the user and accepts only the matching csrf token', async () => {
      const records = await setUp();
      const session = await createSession(records, fixture.viewerId, T0);
      const other = await createSession(records, fixture.viewerId, T0);
      const active = await resolveSession(records, session.sessionToken, T0 + 1000);
      expect(active).toMatchObject({ sessionId: session.sessionId, user: { user_name: 'vera' }, csrfToken: session.csrfToken });
      if (!active) throw new Error('no session');
      expect(csrfMatches(active, session.csrfToken)).toBe(true);
      expect(csrfMatches(active, other.csrfToken)).toBe(false);
      expect(csrfMatches(active, undefined)).toBe(false);
      expect(csrfMatches(active, '')).toBe(false);
      expect(await resolveSession(records, 'x'.repeat(43), T0)).toBeUndefined();
      expect(await resolveSession(records, 'short', T0)).toBeUndefined();
    });

    it('slides expiry 12 h ahead on use, and ends when idle longer', async () => {
      const records = await setUp();
      const session = await createSession(records, fixture.viewerId, T0);
      const later = await resolveSession(records, session.sessionToken, T0 + 11 * HOUR);
      expect(later?.expires).toBe(new Date(T0 + 23 * HOUR).toISOString());
      expect(await resolveSession(records, session.sessionToken, T0 + 23 * HOUR - 1)).toBeDefined();
      expect(await resolveSession(records, session.sessionToken, T0 + 23 * HOUR - 1 + 12 * HOUR)).toBeUndefined();
      expect(await records.get(sessionTable, session.sessionId)).toBeUndefined();
    });

    it('ends after 7 days however active', async () => {
      const records = await setUp();
      const session = await createSession(records, fixture.viewerId, T0);
      let at = T0;
      for (let i = 0; i < 16; i += 1) {
        at += 10 * HOUR;
        expect(await resolveSession(records, session.sessionToken, at)).toBeDefined();
      }
      expect(at).toBe(T0 + 160 * HOUR);
      expect(await resolveSession(records, session.sessionToken, T0 + 168 * HOUR)).toBeUndefined();
    });

    it('ends when the user is deactivated, and on request for all of a user', async () => {
      const records = await setUp();
      const a = await createSession(records, fixture.viewerId, T0);
      await createSession(records, fixture.viewerId, T0);
      await createSession(records, fixture.adminId, T0);
      await records.update(userTable, fixture.viewerId, { active: false }, new Date(T0).toISOString());
      expect(await resolveSession(records, a.sessionToken, T0)).toBeUndefined();
      expect(await endSessionsOf(records, fixture.viewerId)).toBe(2);
      expect(await records.count(sessionTable)).toBe(1);
    });

    it('purges expired sessions', async () => {
      const records = await setUp();
      await createSession(records, fixture.viewerId, T0);
      await createSession(records, fixture.viewerId, T0 + 6 * HOUR);
      expect(await purgeExpiredSessions(records, T0 + 13 * HOUR)).toBe(1);
      expect(await records.count(sessionTable)).toBe(1);
    });
  });
}
