import { describe, expect, it } from 'vitest';
import { parseCurl, type CurlRequest } from '../../../src/lib/inspect';
import { CHROME_HEADERS, GET_LIST_BODY, chromeCurl, requestUrl } from './helpers';
import { en, english } from '../i18n/texts';

const URL_ = requestUrl({
  sdkappid: '1400000000',
  identifier: 'administrator',
  usersig:
    'eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwokpuZl5mcUlRYkl*UVQBcUp2YkFBZkpSlaGJgZQAJEpycxNVbIyNEcVTa0oyCwCiZuamhrBRYsz05WslLycqyoS89ws-EJCIhJLTXK1jTIsy8vM0yO98ir9sotzDSpyDf1cI0KNzE1slWoBQr40pw__',
  random: '3141592653',
  contenttype: 'json',
});

function read(text: string): CurlRequest {
  const r = parseCurl(text);
  if (!r.ok) throw new Error(en(r.problem.message));
  return r.request;
}

describe('parseCurl on the shapes people paste', () => {
  it('reads our own "Copy as curl"', () => {
    const r = read(`curl -X POST '${URL_}' --data-binary '${GET_LIST_BODY}'`);
    expect(r).toMatchObject({
      url: URL_,
      method: 'POST',
      methodFrom: 'option',
      body: GET_LIST_BODY,
    });
  });

  it('reads a terminal command with continuations, double quotes and -H', () => {
    const r = read(
      `curl -s --compressed \\\n  -X POST \\\n  -H "Content-Type: application/json" \\\n  "${URL_}" \\\n  -d "{\\"From_Account\\":\\"id1\\",\\"TimeStamp\\":0}"`,
    );
    expect(r.url).toBe(URL_);
    expect(r.method).toBe('POST');
    expect(r.body).toBe('{"From_Account":"id1","TimeStamp":0}');
    expect(r.headers).toEqual([{ name: 'Content-Type', value: 'application/json' }]);
  });

  it.each(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json'])(
    'takes the body from %s and makes the method POST',
    (option) => {
      const r = read(`curl ${option} '${GET_LIST_BODY}' '${URL_}'`);
      expect(r).toMatchObject({ method: 'POST', methodFrom: 'data', body: GET_LIST_BODY });
    },
  );

  it('adds the JSON content type for --json and appends --json pieces as they are', () => {
    const r = read(`curl --json '{"From_Account":' --json '"id1"}' '${URL_}'`);
    expect(r.body).toBe('{"From_Account":"id1"}');
    expect(r.headers).toContainEqual({ name: 'Content-Type', value: 'application/json' });
  });

  it('joins several -d with "&", as curl does, and says that breaks JSON', () => {
    const r = read(`curl -d '{"a":1}' -d '{"b":2}' '${URL_}'`);
    expect(r.body).toBe('{"a":1}&{"b":2}');
    expect(r.notes.map((n) => en(n.message)).join(' ')).toMatch(/joins several data options/);
  });

  it('reads --url, attached short values and clustered flags', () => {
    const r = read(`curl -sSLXPOST -H'Accept: */*' -d'{}' --url '${URL_}'`);
    expect(r).toMatchObject({ url: URL_, method: 'POST', body: '{}' });
    expect(r.headers).toEqual([{ name: 'Accept', value: '*/*' }]);
  });

  it('finds the URL anywhere among the options, and skips the values of options it ignores', () => {
    const r = read(`curl -o out.json -A 'my agent' -m 10 '${URL_}' --retry 3 -d '{}' -i`);
    expect(r.url).toBe(URL_);
    expect(r.body).toBe('{}');
  });

  it("reads an $'...' body with escaped quotes", () => {
    const r = read(`curl '${URL_}' --data-raw $'{"From_Account":"it\\'s\\u0021"}'`);
    expect(r.body).toBe(`{"From_Account":"it's!"}`);
  });

  it("reads Chrome's Copy as cURL (bash) with many -H headers", () => {
    const body = `{"From_Account":"O'Brien!","TimeStamp":0,"Note":"line1\\nline2 ü"}`;
    const r = read(chromeCurl(URL_, CHROME_HEADERS, body, 'posix'));
    expect(r).toMatchObject({
      url: URL_,
      method: 'POST',
      methodFrom: 'data',
      body,
      dialect: 'posix',
    });
    expect(r.headers).toHaveLength(CHROME_HEADERS.length);
    expect(r.headers).toContainEqual({
      name: 'sec-ch-ua',
      value: '"Chromium";v="131", "Not_A Brand";v="24"',
    });
  });

  it("reads Chrome's Copy as cURL (cmd), carets and all", () => {
    const body = '{"From_Account":"a&b <c> 100%","TimeStamp":0,"Tag":"^x|y"}';
    const text = chromeCurl(URL_, CHROME_HEADERS, body, 'cmd');
    expect(text).toContain('^"');
    const r = read(text);
    expect(r).toMatchObject({ url: URL_, method: 'POST', body, dialect: 'cmd' });
    expect(r.headers).toHaveLength(CHROME_HEADERS.length);
  });

  it.each(['posix', 'cmd'] as const)(
    'reads a %s copy pasted with Windows line endings',
    (platform) => {
      const text = chromeCurl(URL_, CHROME_HEADERS, GET_LIST_BODY, platform).replace(/\n/g, '\r\n');
      const r = read(text);
      expect(r).toMatchObject({ url: URL_, body: GET_LIST_BODY, dialect: platform });
      expect(r.headers).toHaveLength(CHROME_HEADERS.length);
    },
  );

  it('undoes the backslashes Chrome puts before [ ] { } in the URL for curl globbing', () => {
    const url = 'https://adminapisgp.im.qcloud.com/v4/x/y?a=[1]';
    expect(read(chromeCurl(url, [], '{}', 'posix')).url).toBe(url);
    expect(read(chromeCurl(url, [], '{}', 'cmd')).url).toBe(url);
  });

  it('reads a command after a shell prompt and stops at a pipe', () => {
    const r = read(`$ curl -s '${URL_}' -d '{}' | jq .ErrorCode`);
    expect(r.body).toBe('{}');
    expect(r.notes.map((n) => en(n.message)).join(' ')).toMatch(/after "\|" is another command/);
  });

  it('reads on across a line that lost its backslash, and says so', () => {
    const r = read(`curl -X POST '${URL_}'\n  -d '{}'`);
    expect(r.body).toBe('{}');
    expect(r.notes.map((n) => en(n.message)).join(' ')).toMatch(/Line 1 ends without a backslash/);
  });

  it('defaults to GET without data, as curl does', () => {
    expect(read(`curl '${URL_}'`)).toMatchObject({
      method: 'GET',
      methodFrom: 'default',
      body: null,
    });
  });

  it('moves the data into the query with -G', () => {
    const r = read(`curl -G -d 'a=1' 'https://h/v4/x/y?b=2'`);
    expect(r).toMatchObject({
      method: 'GET',
      methodFrom: 'get',
      body: null,
      url: 'https://h/v4/x/y?b=2&a=1',
    });
  });

  it('assumes http:// for a URL without a scheme, as curl does', () => {
    const r = read(`curl -d '{}' adminapisgp.im.qcloud.com/v4/recentcontact/get_list`);
    expect(r.url).toBe('http://adminapisgp.im.qcloud.com/v4/recentcontact/get_list');
    expect(r.notes.map((n) => en(n.message)).join(' ')).toMatch(/no scheme/);
  });

  it('encodes --data-urlencode as curl does, with a warning', () => {
    const r = read(`curl --data-urlencode '{"a":"b c"}' '${URL_}'`);
    expect(r.body).toBe('%7B%22a%22%3A%22b%20c%22%7D');
    expect(
      r.notes.some((n) => n.severity === 'warning' && /--data-urlencode/.test(en(n.message))),
    ).toBe(true);
  });
});

describe('parseCurl refusals and errors', () => {
  it.each([
    ['-d @body.json', /file "body\.json"/],
    ['--data-binary @./req.json', /file "\.\/req\.json"/],
    ['--json @payload', /file "payload"/],
    ['-d @-', /standard input/],
    ['--data-urlencode name@file.txt', /file "file\.txt"/],
  ])('refuses %s with a message and a position', (option, words) => {
    const text = `curl '${URL_}' ${option}`;
    const r = parseCurl(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(en(r.problem.message)).toMatch(words);
    expect(en(r.problem.message)).toMatch(/cannot (read|see)/);
    expect(en(r.problem.message)).toMatch(/Paste/);
    expect(r.problem.at?.line).toBe(1);
    expect(text.slice(r.problem.at?.position)).toMatch(/^[a-z]*@/);
  });

  it('refuses -d @- fed by a here-document, naming it', () => {
    const r = parseCurl(`curl -X POST '${URL_}' -d @- <<'EOF'\n{"From_Account": "it's"}\nEOF`);
    expect(r.ok).toBe(false);
    expect(!r.ok && en(r.problem.message)).toMatch(/standard input \(the pipe or here-document\)/);
  });

  it('takes --data-raw @x literally', () => {
    expect(read(`curl '${URL_}' --data-raw '@x'`).body).toBe('@x');
  });

  it('reports an unterminated quote with its line and column', () => {
    const r = parseCurl(`curl -X POST \\\n  '${URL_}' \\\n  -d '{"From_Account":"id1"`);
    expect(r).toMatchObject({ ok: false, problem: { at: { line: 3, column: 6 } } });
    expect(!r.ok && en(r.problem.message)).toMatch(
      /single quote at line 3, column 6 is never closed/,
    );
  });

  it('says when there is no URL, no curl, or an option without its value', () => {
    expect(english(parseCurl(`curl -d '{}'`))).toMatchObject({
      ok: false,
      problem: { message: expect.stringMatching(/no URL/) },
    });
    expect(english(parseCurl('wget https://x'))).toMatchObject({
      ok: false,
      problem: { message: expect.stringMatching(/No curl command/) },
    });
    expect(english(parseCurl(`curl '${URL_}' -H`))).toMatchObject({
      ok: false,
      problem: { message: expect.stringMatching(/-H needs a value/) },
    });
  });

  it('refuses --upload-file and --config, which read files', () => {
    expect(parseCurl(`curl '${URL_}' -T body.json`)).toMatchObject({ ok: false });
    expect(parseCurl(`curl -K opts.txt`)).toMatchObject({ ok: false });
  });
});
