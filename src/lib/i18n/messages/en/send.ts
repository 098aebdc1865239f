// The send's texts in English: why a send failed and what to do (lib/transport/send.ts, auto.ts),
// what an answer that is not the API's means (outcome.ts), the proxy check (proxy-check.ts) and
// the probe. Loaded with the parts that show them (the Response panel, History, the proxy help,
// the region finder), never with the first screen. History stores the failure's descriptor, so
// a key here, once written, must keep its parameters (lib/transport/stored-text.ts lists them).
import type { Fmt, Text } from '../../message';

/** "20 ms", "1.5 s": a send's timeout as the failure says it. */
const span = (ms: number, f: Fmt) =>
  ms >= 1000 ? `${f.number(Math.round(ms / 100) / 10)} s` : `${f.number(ms)} ms`;

const NEVER = 'the REST API never redirects, so this is not its answer, and it was not followed.';
const LEAD = (status: number) =>
  `HTTP ${status}: the service itself answers 200 and puts the outcome in the body, so`;
const ALLOWED =
  "Tencent Cloud Chat's REST hosts (such as console.tim.qq.com or adminapisgp.im.qcloud.com, " +
  'and their my-imcloud.com backup domains) and a sandbox server on this machine ' +
  '(127.0.0.1, localhost or [::1])';

export default {
  // A URL that cannot be sent.
  'send.badUrl.notUrl': (p: { url: string }) => `"${p.url}" is not a full URL.`,
  'send.badUrl.scheme': (p: { scheme: string }) => `The URL starts with ${p.scheme}, not https:.`,
  'send.badUrl.credentials': 'The URL has a user name or password before the host.',
  'send.h.badUrl':
    "A request URL starts with https:// and the region's host, e.g. https://console.tim.qq.com/v4/recentcontact/get_list?...",
  'send.h.https': 'Use https://.',
  'send.h.credentials':
    'Remove the "user:password@" part: the REST API takes its credentials in the query.',
  // Stopped.
  'send.cancelled': 'Cancelled.',
  'send.h.cancelled':
    'The request may already have reached the service and taken effect: before sending it again, check whether it did (a read such as get_list is safe to repeat; a change such as delete may already be done).',
  'send.timeout': (p: { where: Text; ms: number }, f: Fmt) =>
    `No answer from ${f.t(p.where)} within ${span(p.ms, f)}.`,
  'send.h.timeout':
    'Send again, or raise the timeout. The service answers within a second or two when it is reachable; a long silence usually means a firewall or a wrong host.',
  'send.where.proxy': 'the proxy',
  'send.where.sandbox': 'the sandbox',
  'send.who.proxied': (p: { host: string }) => `${p.host} (through the proxy)`,
  // Redirects.
  'send.redirect.opaque': (p: { who: Text }, f: Fmt) =>
    `${f.t(p.who)} answered a redirect; ${NEVER} The browser does not let a page see its status or where it points.`,
  'send.redirect.readable': (p: { who: Text; status: number; location: string | null }, f: Fmt) =>
    `${f.t(p.who)} answered a redirect${p.location === null ? ' without saying where to' : ` to ${p.location}`} (HTTP ${p.status}); ${NEVER}`,
  'send.h.redirect':
    'Check the host (the region, or the custom host): a redirect means a web server, a gateway or a login page is at this address, not the REST API. To see where it points, copy the request as curl and run it with -i.',
  // A direct send the browser could not make.
  'send.network': (p: { host: string }) =>
    `The browser could not reach ${p.host}, or ${p.host} does not allow calls from web pages (CORS). JavaScript cannot tell these two apart.`,
  'send.h.network':
    'Copy the request as a curl command and run it in a terminal: if it answers there, the host does not allow calls from a web page, so send through the proxy instead. If curl fails too, check the host (region) and your network.',
  // The proxy's own answers. Its words (English, as a server sends them) are data here.
  'send.proxy.origin': (p: { said: string }) =>
    `The proxy does not serve this page; it says: "${p.said}"`,
  'send.h.origin':
    "The proxy is running, but was not told to serve this page: restart it with the command it names (the proxy help below has it, with this page's origin filled in).",
  'send.proxy.timeout': (p: { host: string }) => `${p.host} did not answer the proxy in time.`,
  'send.h.upTimeout':
    'The proxy is running; the host did not answer it in time: check the region and the network of the machine the proxy runs on.',
  'send.proxy.unresolved': (p: { host: string; cause: string }) =>
    `${p.host} does not resolve (${p.cause}) on the machine the proxy runs on.`,
  'send.h.unresolved':
    "Check the host name (the region, or the custom host) and that machine's DNS.",
  'send.proxy.unreachable': (p: { host: string; cause: string | null }) =>
    `The proxy could not reach ${p.host}${p.cause === null ? '' : ` (${p.cause})`}.`,
  'send.h.unreachable':
    'The proxy is running, but it could not reach the host: check the region and the network of the machine the proxy runs on.',
  'send.proxy.refused': (p: { code: string; status: number; said: string | null }) =>
    `The proxy refused the request (${p.code}, HTTP ${p.status})${p.said === null ? '.' : `; it says: "${p.said}"`}`,
  'send.h.refused':
    'The proxy forwards POSTs to the documented REST hosts and a local sandbox only.',
  // A target the proxy would refuse, refused here without a round trip (lib/proxy/target.ts
  // words the proxy's own answer; the page words its refusal by code).
  'send.target.host': (p: { host: string }) =>
    `The proxy forwards only to ${ALLOWED}; "${p.host}" is neither.`,
  'send.target.private': (p: { host: string }) =>
    `${p.host} is a private or reserved address; the proxy forwards only to ${ALLOWED}.`,
  'send.target.scheme': (p: { host: string }) =>
    `${p.host} is reached over https only; plain http is allowed for a local sandbox alone.`,
  'send.target.port': (p: { host: string; port: string }) =>
    `${p.host} is reached on port 443 only, not ${p.port}.`,
  'send.target.path':
    'The proxy forwards REST calls only: the path must start with /v4/ (such as /v4/recentcontact/get_list).',
  'send.target.other': (p: { code: string }) => `The proxy would refuse this target (${p.code}).`,
  'send.h.target':
    'Pick a documented region, or send straight to the host instead of through the proxy.',
  // Nothing at the proxy's address.
  'send.proxyDown': (p: { base: string }) =>
    `Nothing answered at the proxy address ${p.base}: the proxy is not running there (or what runs there does not let this page in).`,
  'send.h.proxyDown': (p: { file: string }) =>
    `Start it: download ${p.file} and run it with the command the proxy help shows (Node 18 or later), or run "npm run proxy" in a clone of this repository; the Vite servers (npm run dev, npm run preview) serve one at ./proxy.`,
  // Auto, when neither way got through.
  'send.neither': (p: { host: string; direct: Text; proxy: Text }, f: Fmt) =>
    `Neither way reached ${p.host}. Direct: ${f.t(p.direct)} Through the proxy: ${f.t(p.proxy)}`,
  'send.h.neither': (p: { hint: Text }, f: Fmt) =>
    `${f.t(p.hint)} Or copy the request as curl and run it in a terminal.`,
  // An answer that is not the API's (outcome.ts).
  'send.http.gateway': (p: { status: number }) =>
    `${LEAD(p.status)} a gateway between you and the service failed (or the proxy could not reach the host). Try again in a moment.`,
  'send.http.notFound': (p: { status: number }) =>
    `${LEAD(p.status)} this came from something else: nothing is at this address. Check the host, the path (v4/...) and, through a proxy, the proxy address.`,
  'send.http.method': (p: { status: number }) =>
    `${LEAD(p.status)} this came from something else, which does not take POST here: check the address.`,
  'send.http.tooLarge': (p: { status: number }) =>
    `${LEAD(p.status)} the body was too large for something on the way.`,
  'send.http.redirect': (p: { status: number }) =>
    `${LEAD(p.status)} a redirect came back instead: the host is probably not a REST API host.`,
  'send.http.other': (p: { status: number }) =>
    `${LEAD(p.status)} something on the way (a proxy, a firewall, a captive portal) answered instead.`,
  'send.body.empty': 'The answer is empty, not JSON.',
  'send.body.html': (p: { title: string | null }) =>
    `The answer is an HTML page${p.title ? ` ("${p.title}")` : ''}, not JSON: it came from a web server, gateway or proxy in the way, not from the REST API.`,
  'send.body.text': (p: { start: string }) =>
    `The answer is not JSON: it starts with "${p.start}".`,
  'send.body.notObject': (p: { what: string }) =>
    `The answer is JSON but not an object (${p.what === 'array' ? 'an array' : p.what === 'null' ? 'null' : `a ${p.what}`}); the REST API always answers an object.`,
  /** Two sentences, one after the other (a status note and what the body is, a failure and its hint). */
  'send.both': (p: { a: Text; b: Text }, f: Fmt) => `${f.t(p.a)} ${f.t(p.b)}`,
  'send.unreadable': 'The answer could not be read.',
  'send.nowhere': 'There is nowhere to send the request.',
  // The proxy help's check (proxy-check.ts).
  'send.check.timeout': (p: { base: string; seconds: number }, f: Fmt) =>
    `Nothing answered at ${p.base} within ${f.number(p.seconds)} s.`,
  'send.check.down': (p: { base: string }) =>
    `Nothing answered at ${p.base}: the proxy is not running there (or what runs there does not let this page in).`,
  'send.check.origin': (p: { said: string | null }) =>
    p.said === null
      ? 'The proxy does not serve this page.'
      : `The proxy does not serve this page; it says: "${p.said}"`,
  'send.check.notProxy': (p: { base: string; status: number }) =>
    `Something answered at ${p.base} (HTTP ${p.status}), but not the Chat REST proxy: on a static host there is no ./proxy; run the one-file proxy and use its address.`,
  // The unsigned probe (probe.ts): an answer that is not the API's.
  'send.probe.unclear': (p: { status: number }) =>
    `HTTP ${p.status}, not the REST API's JSON answer`,
  // A stored failure whose words a newer version of the app wrote (history, export files).
  'send.unknown': (p: { key: string }) =>
    `A failure recorded by a newer version of this app (${p.key}); its words are not in this one.`,
};
