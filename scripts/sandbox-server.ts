// npm run sandbox [-- --port N] (default 8787) [--elsewhere]: the offline sandbox over HTTP on 127.0.0.1, for curl, other
// tools, or the app pointed at a custom host. Same SandboxService as the page runs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_APP, SandboxService } from '../src/lib/sandbox';
import {
  createSandboxHttpHandler,
  exampleCurl,
  resolvePort,
  SANDBOX_HOST,
} from '../src/server/sandbox-http';
import { genUserSig } from '../src/lib/usersig';
import { DEFAULT_SANDBOX_PORT } from '../src/lib/proxy/access';

// 8787 by default: the one loopback port the proxy forwards to unless told others.
const port = resolvePort(process.argv.slice(2), process.env, DEFAULT_SANDBOX_PORT);
if (!port.ok) {
  console.error(port.message);
  process.exit(2);
}

// --elsewhere: stand in for a region where the app does not live (every SDKAppID is 70020).
const service = new SandboxService({ elsewhere: process.argv.includes('--elsewhere') });
const server = createServer(
  createSandboxHttpHandler(service, {
    // Method, path and outcome only: the query holds the UserSig and is never logged.
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  }),
);

server.on('error', (error) => {
  console.error(`Sandbox could not listen: ${error.message}`);
  process.exit(1);
});

server.listen(port.port, SANDBOX_HOST, () => {
  const { port: chosen } = server.address() as AddressInfo;
  const origin = `http://${SANDBOX_HOST}:${chosen}`;
  console.log(`Sandbox listening on ${origin}`);
  console.log(
    `App ${SANDBOX_APP.sdkAppId}, admin ${SANDBOX_APP.admin}, key ${SANDBOX_APP.key} (public sandbox values).`,
  );
  // A UserSig for the public sandbox key, valid one day: safe to print, unlike a real one.
  void genUserSig({
    sdkAppId: SANDBOX_APP.sdkAppId,
    key: SANDBOX_APP.key,
    identifier: SANDBOX_APP.admin,
    expire: 86400,
  }).then((userSig) => {
    const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
    console.log(`Try:\n  ${exampleCurl(origin, userSig, random)}`);
  });
});

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the sandbox.`);
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; the sandbox has nothing to finish.
  server.closeAllConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
