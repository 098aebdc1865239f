// Regions and custom hosts.
import { describe, expect, it } from 'vitest';
import {
  allRegionHosts,
  DEFAULT_REGION_CHOICE,
  isLoopbackHost,
  LOOPBACK_HOSTS,
  parseRegionChoice,
  regionById,
  regionChoiceLabel,
  regionName,
  REGIONS,
  resolveOrigin,
  SANDBOX_REGION,
  validateCustomHost,
} from '../../../src/lib/api/regions';
import { regionOfHost } from '../../../src/lib/api/region-of-host';
import { docRegions } from './doc-page';
import { en, english, zh } from '../i18n/texts';

describe('REGIONS', () => {
  it('has the nine regions of chat-rest-facts.md with their domains and backups', () => {
    // Transcribed from the facts file's "Regional domains" table.
    expect(REGIONS.map((r) => [r.name, r.domain, r.backupDomain])).toEqual([
      ['China', 'console.tim.qq.com', 'adminapi.my-imcloud.com'],
      ['Singapore', 'adminapisgp.im.qcloud.com', 'adminapisgp.my-imcloud.com'],
      ['Seoul', 'adminapikr.im.qcloud.com', 'adminapikr.my-imcloud.com'],
      ['Tokyo', 'adminapijpn.im.qcloud.com', 'adminapijpn.my-imcloud.com'],
      ['Frankfurt', 'adminapiger.im.qcloud.com', 'adminapiger.my-imcloud.com'],
      ['Mumbai', 'adminapiind.im.qcloud.com', 'adminapiind.my-imcloud.com'],
      ['Silicon Valley', 'adminapiusa.im.qcloud.com', 'adminapiusa.my-imcloud.com'],
      ['Jakarta', 'adminapiidn.im.qcloud.com', 'adminapiidn.my-imcloud.com'],
      ['Riyadh', 'adminapiksa.im.qcloud.com', null],
    ]);
    expect(english(regionById('mumbai')?.note)).toBe('older pages only');
    expect(english(regionById('riyadh')?.note)).toBe('newest pages only');
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
  });

  it('names each region in the picker: its own name in English, the documentation’s in Chinese', () => {
    expect(REGIONS.map((r) => en(regionName(r)))).toEqual(REGIONS.map((r) => r.name));
    expect(REGIONS.map((r) => zh(regionName(r)))).toEqual([
      '中国',
      '新加坡',
      '首尔',
      '东京',
      '法兰克福',
      '孟买',
      '硅谷',
      '雅加达',
      '利雅得',
    ]);
  });

  it('marks exactly the regions the get_list page lists', () => {
    const page = docRegions();
    expect(page).toHaveLength(6);
    expect(REGIONS.filter((r) => r.onGetListPage).map((r) => [r.name, r.domain])).toEqual(
      page.map((p) => [p.name, p.domain]),
    );
  });

  it('offers the sandbox first, as the default, then every domain and backup', () => {
    expect(SANDBOX_REGION.label).toBe('Sandbox (offline)');
    expect(DEFAULT_REGION_CHOICE).toEqual({ kind: 'sandbox' });
    expect(resolveOrigin(SANDBOX_REGION.choice)).toBeNull();
    // Every region and backup domain, each reached through its choice.
    const choices = REGIONS.flatMap((r) => [
      { choice: { kind: 'region', id: r.id, backup: false } as const, host: r.domain },
      ...(r.backupDomain
        ? [{ choice: { kind: 'region', id: r.id, backup: true } as const, host: r.backupDomain }]
        : []),
    ]);
    expect(choices).toHaveLength(9 + 8);
    expect(choices.map((o) => o.host)).toEqual(allRegionHosts());
    for (const o of choices) expect(resolveOrigin(o.choice)).toBe(`https://${o.host}`);
    expect(resolveOrigin({ kind: 'region', id: 'tokyo', backup: true })).toBe(
      'https://adminapijpn.my-imcloud.com',
    );
  });
});

describe('resolveOrigin', () => {
  it('answers null for the sandbox, an unknown region, a missing backup and a bad custom host', () => {
    expect(resolveOrigin({ kind: 'sandbox' })).toBeNull();
    expect(resolveOrigin({ kind: 'region', id: 'atlantis', backup: false })).toBeNull();
    expect(resolveOrigin({ kind: 'region', id: 'riyadh', backup: true })).toBeNull();
    expect(resolveOrigin({ kind: 'custom', host: 'http://example.com' })).toBeNull();
  });
  it('builds https origins for regions and the validated origin for a custom host', () => {
    expect(resolveOrigin({ kind: 'region', id: 'china', backup: false })).toBe(
      'https://console.tim.qq.com',
    );
    expect(resolveOrigin({ kind: 'region', id: 'china', backup: true })).toBe(
      'https://adminapi.my-imcloud.com',
    );
    expect(resolveOrigin({ kind: 'custom', host: 'Proxy.Example.com:8443/' })).toBe(
      'https://proxy.example.com:8443',
    );
  });
  it('labels choices', () => {
    expect(regionChoiceLabel({ kind: 'sandbox' })).toBe('Sandbox (offline)');
    expect(regionChoiceLabel({ kind: 'region', id: 'seoul', backup: true })).toBe('Seoul (backup)');
    expect(regionChoiceLabel({ kind: 'custom', host: 'localhost:8080' })).toBe(
      'http://localhost:8080',
    );
  });
});

describe('validateCustomHost', () => {
  it.each([
    ['example.com', 'https://example.com'],
    ['  example.com  ', 'https://example.com'],
    ['example.com/', 'https://example.com'],
    ['example.com:8443', 'https://example.com:8443'],
    ['https://example.com', 'https://example.com'],
    ['HTTPS://Example.COM:8443/', 'https://example.com:8443'],
    // The default port is no port.
    ['https://example.com:443', 'https://example.com'],
    // Loopback may be http, and is http when no scheme is typed (a local proxy or mock).
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:3000/', 'http://127.0.0.1:3000'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['localhost:8080', 'http://localhost:8080'],
    ['127.0.0.1', 'http://127.0.0.1'],
    ['[::1]', 'http://[::1]'],
    // Port 443 without a scheme means https; an explicit scheme keeps its port as typed.
    ['localhost:443', 'https://localhost'],
    ['http://localhost:443', 'http://localhost:443'],
    ['https://localhost:80', 'https://localhost:80'],
    ['http://localhost:80/', 'http://localhost'],
    ['https://localhost:8443', 'https://localhost:8443'],
    ['console.tim.qq.com', 'https://console.tim.qq.com'],
    // Internationalised names become their ASCII (punycode) form, as the browser sends them.
    ['bücher.example', 'https://xn--bcher-kva.example'],
  ])('accepts %j as %s', (text, origin) => {
    expect(validateCustomHost(text)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', /Enter a host/],
    ['http://example.com', /Use https:\/\/.*localhost/],
    ['http://127.0.0.2', /Use https:\/\//],
    ['ftp://example.com', /Only https:\/\//],
    ['ws://localhost', /Only https:\/\//],
    ['https://example.com/v4/recentcontact/get_list', /only the host/],
    ['example.com/api', /only the host/],
    ['https://example.com?x=1', /Remove the query/],
    ['example.com?x=1', /Remove the query/],
    ['example.com#top', /Remove the fragment/],
    ['https://user:pass@example.com', /credentials/],
    ['user@example.com', /credentials/],
    ['exa mple.com', /spaces/],
    ['example.com:99999', /not a valid host name or port/],
    ['example.com:abc', /not a valid host name or port/],
    ['https://', /Enter a host name/],
    ['https:/example.com', /two slashes/],
    ['/v4/recentcontact', /not a path/],
  ])('refuses %j', (text, message) => {
    const r = validateCustomHost(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && en(r.message)).toMatch(message);
  });
});

describe('regionOfHost', () => {
  it('finds every domain and backup domain, in any case, with or without a port or scheme', () => {
    for (const r of REGIONS) {
      expect(regionOfHost(r.domain)).toEqual({ region: r, backup: false });
      expect(regionOfHost(r.domain.toUpperCase() + ':443')).toEqual({ region: r, backup: false });
      if (r.backupDomain) {
        expect(regionOfHost(`https://${r.backupDomain}/v4/x?y=1`)).toEqual({
          region: r,
          backup: true,
        });
      }
    }
    expect(regionOfHost('console.tim.qq.com.')?.region.id).toBe('china');
  });
  it('answers null for other hosts', () => {
    expect(regionOfHost('example.com')).toBeNull();
    expect(regionOfHost('tim.qq.com')).toBeNull();
    expect(regionOfHost('evilconsole.tim.qq.com')).toBeNull();
    expect(regionOfHost('')).toBeNull();
  });
  it('allRegionHosts lists the 17 domains once each', () => {
    const hosts = allRegionHosts();
    expect(hosts).toHaveLength(17);
    expect(new Set(hosts).size).toBe(17);
    for (const h of hosts) expect(regionOfHost(h)).not.toBeNull();
  });
});

describe('parseRegionChoice', () => {
  it('rebuilds every kind of choice', () => {
    for (const choice of [
      { kind: 'sandbox' },
      { kind: 'region', id: 'singapore', backup: false },
      { kind: 'region', id: 'riyadh', backup: true },
      { kind: 'custom', host: 'http://127.0.0.1:8787' },
    ]) {
      const parsed = parseRegionChoice(choice);
      expect(parsed).toEqual(choice);
      expect(parsed).not.toBe(choice);
    }
  });

  it.each([
    ['null', null],
    ['a string', 'sandbox'],
    ['an array', [{ kind: 'sandbox' }]],
    ['an unknown kind', { kind: 'moon' }],
    ['an extra key', { kind: 'sandbox', host: 'x' }],
    ['an unknown region', { kind: 'region', id: 'atlantis', backup: false }],
    ['a mistyped id', { kind: 'region', id: 7, backup: false }],
    ['a missing backup', { kind: 'region', id: 'tokyo' }],
    ['a missing backup and an extra key', { kind: 'region', id: 'tokyo', back: true }],
    ['an inherited field only', Object.create({ kind: 'sandbox' })],
    ['a mistyped host', { kind: 'custom', host: 42 }],
  ])('refuses %s', (_label, value) => {
    expect(parseRegionChoice(value)).toBeNull();
  });

  it('knows the shipped region ids, or the ones it is given', () => {
    for (const r of REGIONS) {
      expect(parseRegionChoice({ kind: 'region', id: r.id, backup: false })).not.toBeNull();
    }
    const tokyo = { kind: 'region', id: 'tokyo', backup: false };
    expect(parseRegionChoice(tokyo, ['seoul'])).toBeNull();
    expect(parseRegionChoice(tokyo, ['tokyo'])).toEqual(tokyo);
  });
});

describe('LOOPBACK_HOSTS', () => {
  it('names the three loopback spellings URL.hostname gives, and no other', () => {
    expect([...LOOPBACK_HOSTS].sort()).toEqual(['127.0.0.1', '[::1]', 'localhost']);
    for (const h of LOOPBACK_HOSTS)
      expect(isLoopbackHost(new URL(`http://${h}:1/`).hostname)).toBe(true);
    for (const h of ['127.0.0.2', '127.1', '0.0.0.0', 'localhost.', '::1', 'example.com']) {
      expect(isLoopbackHost(h), h).toBe(false);
    }
  });
});
