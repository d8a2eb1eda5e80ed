// Security Center login sessions: a numeric token plus the TNS_SESSIONID cookie it is bound to,
// an inactivity timeout on the sandbox clock, and a per-user session cap that answers
// {releaseSession:true} until the client asks to release the old sessions.
import { hash32, hex8, seededStream } from './hash';
import type { SandboxClock } from './clock';

export interface ScSession {
  token: number;
  cookie: string;
  username: string;
  created: number;
  lastSeen: number;
}

export type LoginOutcome = { outcome: 'ok'; session: ScSession } | { outcome: 'max_sessions' };

export class ScSessions {
  private readonly sessions = new Map<number, ScSession>();
  private readonly random: () => number;

  constructor(
    private readonly seed: number,
    private readonly maxSessions: number,
    readonly timeoutSeconds: number,
    private readonly clock: SandboxClock,
  ) {
    this.random = seededStream(seed ^ 0x5c5c);
  }

  login(username: string, releaseSession: boolean): LoginOutcome {
    this.sweep();
    const mine = [...this.sessions.values()].filter((s) => s.username === username).sort((a, b) => a.created - b.created);
    if (mine.length >= this.maxSessions) {
      if (!releaseSession) return { outcome: 'max_sessions' };
      for (const s of mine.slice(0, mine.length - this.maxSessions + 1)) this.sessions.delete(s.token);
    }
    let token = 100_000_000 + Math.floor(this.random() * 900_000_000);
    while (this.sessions.has(token)) token += 1;
    const cookie = hex8(hash32(this.seed, token, 1)) + hex8(hash32(this.seed, token, 2)) + hex8(hash32(this.seed, token, 3)) + hex8(hash32(this.seed, token, 4));
    const now = this.clock.now();
    const session: ScSession = { token, cookie, username, created: now, lastSeen: now };
    this.sessions.set(token, session);
    return { outcome: 'ok', session };
  }

  /** The live session for a token and cookie (both must match); refreshes its inactivity timer. */
  validate(token: number, cookie: string | undefined): ScSession | undefined {
    const s = this.sessions.get(token);
    if (!s) return undefined;
    const now = this.clock.now();
    if (now - s.lastSeen >= this.timeoutSeconds * 1000) {
      this.sessions.delete(token);
      return undefined;
    }
    if (cookie !== s.cookie) return undefined;
    s.lastSeen = now;
    return s;
  }

  logout(token: number): boolean {
    return this.sessions.delete(token);
  }

  expire(token: number): void {
    this.sessions.delete(token);
  }

  expireAll(): number {
    const n = this.sessions.size;
    this.sessions.clear();
    return n;
  }

  count(): number {
    this.sweep();
    return this.sessions.size;
  }

  private sweep(): void {
    const now = this.clock.now();
    for (const [token, s] of this.sessions) if (now - s.lastSeen >= this.timeoutSeconds * 1000) this.sessions.delete(token);
  }
}
