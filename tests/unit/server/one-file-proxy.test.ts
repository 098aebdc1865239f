// The one-file proxy (issue 17.1): one file, nothing but Node's builtins, that runs on its own in
// an empty folder. The e2e suite downloads it from the built site and sends through it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildOneFileProxy } from '../../../scripts/vite-one-file-proxy';

const run = promisify(execFile);

describe('chat-rest-proxy.mjs', () => {
  it('imports nothing but node: builtins, and answers --help from an empty folder', async () => {
    const code = await buildOneFileProxy();
    const specifiers = [...code.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((s) => !s?.startsWith('node:'))).toEqual([]);
    expect(code).not.toMatch(/\brequire\(|import\(/);
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);

    const dir = await mkdtemp(join(tmpdir(), 'one-file-proxy-'));
    try {
      await writeFile(join(dir, 'chat-rest-proxy.mjs'), code);
      const { stdout } = await run(process.execPath, ['chat-rest-proxy.mjs', '--help'], {
        cwd: dir,
        env: {},
      });
      expect(stdout).toContain('--allow-origin ORIGIN');
      await expect(
        run(process.execPath, ['chat-rest-proxy.mjs', '--allow-origin', '*'], {
          cwd: dir,
          env: {},
        }),
      ).rejects.toMatchObject({ code: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
