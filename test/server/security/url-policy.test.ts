import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConnectionUrl, checkRequestUrl, isLoopbackHost } from '../../../src-server/node/security/url-policy';

describe('connection base url policy', () => {
  it.each([
    ['https://cloud.tenable.com', 'https://cloud.tenable.com'],
    ['https://cloud.tenable.com/', 'https://cloud.tenable.com'],
    ['HTTPS://Cloud.Tenable.COM:443/', 'https://cloud.tenable.com'],
    ['https://sc.corp.example:8443/rest/', 'https://sc.corp.example:8443/rest'],
    ['https://10.1.2.3', 'https://10.1.2.3'],
    ['http://127.0.0.1:8181', 'http://127.0.0.1:8181'],
    ['http://127.1.2.3', 'http://127.1.2.3'],
    ['http://localhost:3000/', 'http://localhost:3000'],
    ['http://LOCALHOST', 'http://localhost'],
    ['http://[::1]:9000', 'http://[::1]:9000'],
    ['http://[0:0:0:0:0:0:0:1]', 'http://[::1]'],
  ])('accepts %s as %s', (raw, url) => {
    expect(checkConnectionUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'base url is empty'],
    [null, 'base url is empty'],
    ['cloud.tenable.com', "base url 'cloud.tenable.com' is not a valid absolute url"],
    ['/relative/path', "base url '/relative/path' is not a valid absolute url"],
    ['http://cloud.tenable.com', "base url uses http for host 'cloud.tenable.com': use https (http is allowed only for 127.0.0.0/8, ::1 and localhost)"],
    ['http://10.0.0.5', "base url uses http for host '10.0.0.5'"],
    ['http://0.0.0.0:8080', "base url uses http for host '0.0.0.0'"],
    ['http://localhost.evil.com', "base url uses http for host 'localhost.evil.com'"],
    ['http://[::ffff:127.0.0.1]', 'base url uses http for host'],
    ['ftp://cloud.tenable.com', "base url scheme 'ftp:' is not allowed: use https"],
    ['file:///etc/passwd', "base url scheme 'file:' is not allowed"],
    ['javascript:alert(1)', "base url scheme 'javascript:' is not allowed"],
    ['gopher://127.0.0.1:25', "base url scheme 'gopher:' is not allowed"],
    ['https://user:pass@cloud.tenable.com', 'base url must not contain credentials (user name or password)'],
    ['https://apikey@cloud.tenable.com', 'base url must not contain credentials'],
    ['https://cloud.tenable.com/#frag', "base url 'https://cloud.tenable.com/#frag' must not contain a fragment"],
    ['https://cloud.tenable.com#', 'must not contain a fragment'],
    ['https://cloud.tenable.com/?x=1', 'must not contain a query'],
    ['https://cloud.tenable.com?', 'must not contain a query'],
    ['https://', "base url 'https://' is not a valid absolute url"],
    [' https://cloud.tenable.com', 'contains whitespace or control characters'],
    ['https://cloud.ten\table.com', 'contains whitespace or control characters'],
    ['https://cloud.tenable.com\n', 'contains whitespace or control characters'],
    ['https://good.example\\@evil.example', 'contains a backslash'],
    [`https://example.com/${'a'.repeat(1000)}`, 'base url is longer than 1000 characters'],
  ])('refuses %j: %s', (raw, reason) => {
    const verdict = checkConnectionUrl(raw);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });

  it('never lets plain http reach a non-loopback host (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http'] }), (raw) => {
        const verdict = checkConnectionUrl(raw);
        if (verdict.ok) expect(isLoopbackHost(new URL(verdict.url).hostname)).toBe(true);
      }),
    );
  });

  it('accepted urls parse back to themselves, without credentials or fragment (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withFragments: true, withQueryParameters: true }), (raw) => {
        const verdict = checkConnectionUrl(raw);
        if (!verdict.ok) return;
        const url = new URL(verdict.url);
        expect(url.protocol).toBe('https:');
        expect(url.username + url.password + url.hash + url.search).toBe('');
        expect(checkConnectionUrl(verdict.url)).toEqual(verdict);
      }),
    );
  });
});

describe('request url policy', () => {
  it('allows queries on request urls and keeps them unchanged', () => {
    expect(checkRequestUrl('https://cloud.tenable.com/vulns/export/abc/chunks/1?x=1')).toEqual({ ok: true, url: 'https://cloud.tenable.com/vulns/export/abc/chunks/1?x=1' });
  });

  it('applies the same scheme, loopback and credential rules', () => {
    expect(checkRequestUrl('http://example.com/x')).toMatchObject({ ok: false, reason: expect.stringContaining("request url uses http for host 'example.com'") });
    expect(checkRequestUrl('https://a:b@example.com/x')).toMatchObject({ ok: false, reason: expect.stringContaining('request url must not contain credentials') });
  });
});
