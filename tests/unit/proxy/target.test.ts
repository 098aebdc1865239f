import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_HOSTS,
  BACKUP_HOSTS,
  REGION_HOSTS,
  isAllowedTarget,
  parseProxyPath,
  toProxyUrl,
} from '../../../src/lib/proxy';

const FACTS = readFileSync(
  new URL('../../../docs/reference/chat-rest-facts.md', import.meta.url),
  'utf8',
);
const QUERY = '?sdkappid=1400000000&identifier=admin&usersig=eJyr*-_&random=42&contenttype=json';
const PATH = '/v4/recentcontact/get_list';

/** The domain and backup-domain columns of the facts file's "Regional domains" table. */
function hostsInFacts(): { domains: string[]; backups: string[] } {
  const section = FACTS.split('## Regional domains')[1]?.split('\n## ')[0] ?? '';
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.includes('---') && !l.includes('backup domain'));
  const cells = rows.map((r) => r.split('|').map((c) => c.trim()));
  return {
    domains: cells.map((c) => c[2] ?? ''),
    backups: cells.map((c) => c[3] ?? '').filter((h) => h.includes('.')),
  };
}

describe('the allow-list', () => {
  it('holds every domain and backup domain of chat-rest-facts.md, and nothing else', () => {
    const { domains, backups } = hostsInFacts();
    expect(domains).toHaveLength(9);
    expect(backups).toHaveLength(8);
    expect([...REGION_HOSTS].sort()).toEqual([...domains].sort());
    expect([...BACKUP_HOSTS].sort()).toEqual([...backups].sort());
    expect(ALLOWED_HOSTS.size).toBe(17);
  });
});

describe('parseProxyPath', () => {
  it.each([...REGION_HOSTS, ...BACKUP_HOSTS])('forwards to %s over https', (host) => {
    const d = parseProxyPath(`/${host}${PATH}${QUERY}`);
    expect(d.ok && d.url.href).toBe(`https://${host}${PATH}${QUERY}`);
    expect(d.ok && d.loopback).toBe(false);
  });

  it.each([
    ['/http:127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['/http:localhost:8787', 'http://localhost:8787'],
    ['/http:[::1]:8787', 'http://[::1]:8787'],
    ['/http:127.0.0.1', 'http://127.0.0.1'],
    ['/127.0.0.1:8443', 'https://127.0.0.1:8443'],
    ['/HTTP:LocalHost:8787', 'http://localhost:8787'],
  ])('forwards %s to a loopback sandbox', (segment, origin) => {
    const d = parseProxyPath(`${segment}${PATH}${QUERY}`);
    expect(d.ok && d.url.href).toBe(`${origin}${PATH}${QUERY}`);
    expect(d.ok && d.loopback).toBe(true);
  });

  it('accepts an explicit https: and the explicit default port', () => {
    for (const seg of [
      'https:console.tim.qq.com',
      'console.tim.qq.com:443',
      'CONSOLE.tim.qq.com',
    ]) {
      const d = parseProxyPath(`/${seg}${PATH}`);
      expect(d.ok && d.url.href).toBe(`https://console.tim.qq.com${PATH}`);
    }
  });

  it('keeps the query exactly, UserSig alphabet included', () => {
    const d = parseProxyPath(`/console.tim.qq.com${PATH}${QUERY}`);
    expect(d.ok && d.url.search).toBe(QUERY);
  });

  it.each([
    // lookalikes and other hosts
    ['/console.tim.qq.com.evil.test/v4/x', 'host-not-allowed'],
    ['/evil-console.tim.qq.com/v4/x', 'host-not-allowed'],
    ['/tim.qq.com/v4/x', 'host-not-allowed'],
    ['/console.tim.qq.com./v4/x', 'host-not-allowed'],
    ['/adminapisgp.im.qcloud.com.cn/v4/x', 'host-not-allowed'],
    ['/example.com/v4/x', 'host-not-allowed'],
    ['/localhost./v4/x', 'host-not-allowed'],
    ['/8.8.8.8/v4/x', 'host-not-allowed'],
    // private and reserved addresses
    ['/http:10.0.0.1/v4/x', 'private-address'],
    ['/192.168.1.1/v4/x', 'private-address'],
    ['/172.16.5.4/v4/x', 'private-address'],
    ['/169.254.169.254/v4/x', 'private-address'],
    ['/127.0.0.2/v4/x', 'private-address'],
    ['/0.0.0.0/v4/x', 'private-address'],
    ['/[fd00::1]/v4/x', 'private-address'],
    ['/[::ffff:127.0.0.1]/v4/x', 'bad-path'],
    // other spellings of loopback are refused rather than normalized
    ['/http:2130706433/v4/x', 'bad-path'],
    ['/http:127.1/v4/x', 'bad-path'],
    ['/http:0x7f.0.0.1/v4/x', 'bad-path'],
    ['/http:[0:0:0:0:0:0:0:1]/v4/x', 'bad-path'],
    // userinfo tricks
    ['/console.tim.qq.com@evil.test/v4/x', 'credentials-in-url'],
    ['/user:pass@console.tim.qq.com/v4/x', 'credentials-in-url'],
    ['/console.tim.qq.com%40evil.test/v4/x', 'credentials-in-url'],
    ['/http:admin@127.0.0.1:8787/v4/x', 'credentials-in-url'],
    // scheme and port
    ['/http:console.tim.qq.com/v4/x', 'scheme-not-allowed'],
    ['/console.tim.qq.com:8443/v4/x', 'port-not-allowed'],
    ['/console.tim.qq.com:80/v4/x', 'port-not-allowed'],
    ['/ftp:console.tim.qq.com/v4/x', 'bad-path'],
    // paths
    ['/console.tim.qq.com/', 'path-not-allowed'],
    ['/console.tim.qq.com', 'path-not-allowed'],
    ['/console.tim.qq.com/v3/x', 'path-not-allowed'],
    ['/console.tim.qq.com/v4', 'path-not-allowed'],
    ['/console.tim.qq.com/v4/../admin', 'path-not-allowed'],
    ['/console.tim.qq.com/v4/%2e%2e/admin', 'path-not-allowed'],
    ['/console.tim.qq.com/v4/a%2F..%2F..%2Fadmin', 'path-not-allowed'],
    ['/console.tim.qq.com/v4\\..\\admin', 'path-not-allowed'],
    ['/http:127.0.0.1:8787/admin', 'path-not-allowed'],
    // malformed
    ['', 'bad-path'],
    ['/', 'bad-path'],
    ['//console.tim.qq.com/v4/x', 'bad-path'],
    ['/console tim/v4/x', 'bad-path'],
    ['/cönsole.tim.qq.com/v4/x', 'bad-path'],
    ['/console.tim.qq.com:99999/v4/x', 'bad-path'],
    ['/console.tim.qq.com/v4/x#frag', 'bad-path'],
    [`/console.tim.qq.com/v4/x?${'a'.repeat(9000)}`, 'url-too-long'],
  ])('refuses %s (%s)', (input, code) => {
    const d = parseProxyPath(input);
    expect(d.ok ? 'allowed' : d.refusal.code).toBe(code);
    if (!d.ok) {
      expect(d.refusal.status).toBeGreaterThanOrEqual(400);
      expect(d.refusal.status).toBeLessThan(500);
      expect(d.refusal.message.length).toBeGreaterThan(10);
    }
  });

  it('names what it does forward when it refuses a host', () => {
    const d = parseProxyPath('/console.tim.qq.com.evil.test/v4/x');
    expect(!d.ok && d.refusal.message).toMatch(/console\.tim\.qq\.com.*127\.0\.0\.1/s);
    expect(!d.ok && d.refusal.status).toBe(403);
  });
});

describe('isAllowedTarget', () => {
  it('accepts real hosts on https:443 and loopback on http', () => {
    expect(isAllowedTarget(`https://adminapi.my-imcloud.com${PATH}`).ok).toBe(true);
    expect(isAllowedTarget(`https://adminapiksa.im.qcloud.com:443${PATH}`).ok).toBe(true);
    expect(isAllowedTarget(`http://127.0.0.1:5555${PATH}`).ok).toBe(true);
  });

  it.each([
    [`http://console.tim.qq.com${PATH}`, 'scheme-not-allowed'],
    [`https://console.tim.qq.com:444${PATH}`, 'port-not-allowed'],
    [`https://a:b@console.tim.qq.com${PATH}`, 'credentials-in-url'],
    [`https://console.tim.qq.com.evil.test${PATH}`, 'host-not-allowed'],
    [`file:///etc/passwd`, 'scheme-not-allowed'],
    [`not a url`, 'bad-path'],
  ])('refuses %s', (url, code) => {
    const d = isAllowedTarget(url);
    expect(d.ok ? 'allowed' : d.refusal.code).toBe(code);
  });
});

describe('toProxyUrl', () => {
  it('writes a real host bare after the base', () => {
    expect(toProxyUrl('/proxy', `https://console.tim.qq.com${PATH}${QUERY}`)).toEqual({
      ok: true,
      url: `/proxy/console.tim.qq.com${PATH}${QUERY}`,
    });
  });

  it('writes http: and the port for a loopback sandbox, and drops trailing slashes of the base', () => {
    expect(
      toProxyUrl('http://127.0.0.1:8788/proxy/', `http://127.0.0.1:8787${PATH}${QUERY}`),
    ).toEqual({
      ok: true,
      url: `http://127.0.0.1:8788/proxy/http:127.0.0.1:8787${PATH}${QUERY}`,
    });
  });

  it('round-trips through parseProxyPath', () => {
    for (const target of [
      `https://adminapiidn.my-imcloud.com${PATH}${QUERY}`,
      `http://[::1]:9000${PATH}${QUERY}`,
      `https://localhost:9443${PATH}`,
      `http://localhost${PATH}`,
    ]) {
      const p = toProxyUrl('/proxy', target);
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      const d = parseProxyPath(p.url.slice('/proxy'.length));
      expect(d.ok && d.url.href).toBe(new URL(target).href);
    }
  });

  it('refuses what the proxy would refuse', () => {
    const p = toProxyUrl('/proxy', `https://example.com${PATH}`);
    expect(!p.ok && p.refusal.code).toBe('host-not-allowed');
  });
});

describe('the allow-list and the region list', () => {
  it('name the same hosts (hosts.ts derives them from allRegionHosts())', async () => {
    const { allRegionHosts } = await import('../../../src/lib/api/regions');
    expect([...ALLOWED_HOSTS].sort()).toEqual([...allRegionHosts()].sort());
  });
});
