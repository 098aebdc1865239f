import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** Playwright's own Chromium where it is installed (a laptop), else Debian's (CI, this machine). */
function chromiumPath(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // No browser registry entry: fall through to the system Chromium.
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(path)) return path;
  }
  return undefined;
}

// E2E_PORT lets several runs share a machine; 4173 is Vite's preview default.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// Each port builds into its own folder, so runs in parallel never overwrite each other's site.
const DIST = process.env.E2E_PORT ? `.e2e-dist/${PORT}` : 'dist';
process.env.E2E_DIST = DIST;
// `npm run sandbox`'s server, for Direct sending to something real on this machine.
const SANDBOX_PORT = PORT + 4614;
process.env.E2E_SANDBOX_ORIGIN = `http://127.0.0.1:${SANDBOX_PORT}`;
// The preview server's ./proxy forwards to this machine only on the ports it is told
// (scripts/vite-proxy-plugin.ts reads LOOPBACK_PORT): the sandboxes this config starts.
// Two more sandboxes stand in for regions where the app does not live (`--elsewhere`: every
// SDKAppID is 70020), for the region finder (region-finder.spec.ts).
const ELSEWHERE_PORTS = [PORT + 4615, PORT + 4616];
process.env.E2E_ELSEWHERE_ORIGINS = ELSEWHERE_PORTS.map((p) => `http://127.0.0.1:${p}`).join(',');
// A spare one for a spec's own upstream (redirect.spec.ts), served one worker at a time.
const FIXTURE_PORT = PORT + 4617;
process.env.E2E_FIXTURE_PORT = String(FIXTURE_PORT);
process.env.LOOPBACK_PORT = [SANDBOX_PORT, ...ELSEWHERE_PORTS, FIXTURE_PORT].join(',');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_PORT ? `test-results/${PORT}` : 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite build --outDir ${DIST} --emptyOutDir && npx vite preview --outDir ${DIST} --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx tsx scripts/sandbox-server.ts --port ${SANDBOX_PORT}`,
      port: SANDBOX_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    ...ELSEWHERE_PORTS.map((port) => ({
      command: `npx tsx scripts/sandbox-server.ts --port ${port} --elsewhere`,
      port,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    })),
  ],
});
