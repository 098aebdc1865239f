// The texts lib code built as English strings until issue 15's last sitting: the JSON scanner,
// the form's edit refusals, the request rules, the inspector's curl/shell/UserSig reading,
// history's refusals and storage reasons, the sandbox's state notes and the region finder.
// Each is a descriptor (key and parameters) that reads as the English sentence it was, renders
// a Chinese one, and keeps the wire names and values verbatim in both.
import { describe, expect, it } from 'vitest';
import { parseBodyText } from '../../../src/lib/api/body-parse';
import { setFieldInBodyText } from '../../../src/lib/api/body-edit';
import { scanJson } from '../../../src/lib/api/json-scan';
import { setValueAtPath } from '../../../src/lib/api/path-edits';
import { bodyFinding, parseQuery, requestFindings } from '../../../src/lib/api/request-rules';
import { checkImportSize, parseImportFile } from '../../../src/lib/history/transfer';
import { openHistory } from '../../../src/lib/history/store';
import { parseCurl } from '../../../src/lib/inspect/curl';
import { readUserSigText } from '../../../src/lib/inspect/classify';
import { splitShellWords } from '../../../src/lib/inspect/shell-words';
import { parseSavedState } from '../../../src/lib/sandbox/state';
import { isMsg, type Text } from '../../../src/lib/i18n/message';
import { en, zh } from './texts';

/** Asserts `text` is a descriptor whose English is `english` and whose Chinese keeps `kept`. */
function both(text: Text, english: string | RegExp, kept: readonly string[] = []): string {
  expect(isMsg(text)).toBe(true);
  const e = en(text);
  if (typeof english === 'string') expect(e).toBe(english);
  else expect(e).toMatch(english);
  const c = zh(text);
  expect(c).not.toBe('');
  expect(c).not.toBe(e);
  // Chinese: at least one CJK character, and every wire name or value it must keep.
  expect(c).toMatch(/[\u4e00-\u9fff]/);
  for (const k of kept) {
    expect(e, k).toContain(k);
    expect(c, k).toContain(k);
  }
  return c;
}

const fail = (text: string) => {
  const s = scanJson(text);
  if (s.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return s.message;
};

describe('the JSON scanner’s errors (rules.j.*)', () => {
  it('words each mistake in both languages, keeping the JSON it quotes', () => {
    both(fail('{"a": 1,}'), 'Trailing comma: JSON allows no comma after the last item; remove it.');
    both(fail("{'a': 1}"), 'JSON strings and names use double quotes ("), not single quotes.', [
      '"',
    ]);
    both(fail('{"a": True}'), 'True is not JSON: write true in lowercase.', ['True', 'true']);
    both(fail('{"a" 1}'), 'Expected a colon after the property name "a".', ['"a"']);
    both(fail('{"a"= 1}'), 'Expected a colon after the property name "a" (JSON uses :, not =).', [
      '"a"',
      '=',
    ]);
    both(fail('{"a": 1]'), 'Found ], but the object opened at line 1, column 1 closes with }.', [
      ']',
      '}',
    ]);
    both(
      fail('{\n  "a": [1, 2\n'),
      'The text ends too early: the array opened at line 2, column 8 is never closed (add ]).',
      [']'],
    );
    both(fail(''), 'The text is empty: the body must be a JSON object such as {}.', ['{}']);
    both(fail('{"a": None}'), 'None is Python, not JSON: write null.', ['None', 'null']);
  });

  it('nests what it found: a character, the end of the text, a control character', () => {
    both(fail('{"a": 1} x'), /^Unexpected 'x' after the end of the JSON value/, ["'x'"]);
    both(fail('{"a": @}'), "Unexpected '@' where a value was expected.", ["'@'"]);
    both(
      fail('{"a":'),
      'The text ends too early: the object opened at line 1, column 1 is never closed (add }).',
    );
    both(
      fail('{\u0001}'),
      'Expected a property name in double quotes, found control character U+0001.',
      ['U+0001'],
    );
    both(
      fail('{"a": "x\ty"}'),
      'Control character U+0009 is not allowed inside a string (tab): write \\t.',
      ['U+0009', '\\t'],
    );
    both(fail('{\u3000"a": 1}'), /an ideographic space \(U\+3000\)/, ['U+3000']);
  });

  it('parseBodyText keeps the scanner’s message, and the status line places it', () => {
    const r = parseBodyText('{"a": 01}', scanJson('{"a": 01}'));
    if (r.ok) throw new Error('expected an error');
    both(r.message, 'A JSON number cannot start with 0 unless it is 0 (write 7, not 07).', ['07']);
  });
});

describe('the form’s edit refusals (rules.fe.*)', () => {
  it('says why the form cannot write, with the place and the path', () => {
    const broken = setFieldInBodyText('{"a": 1,', 'a', 2);
    if (broken.ok) throw new Error('expected a refusal');
    both(
      broken.message,
      'The JSON has an error at line 1, column 9: fix it in the editor, then the form can write again.',
    );
    const blocked = setValueAtPath('{"u": [1]}', ['u', 'x'], 1);
    if (blocked.ok) throw new Error('expected a refusal');
    both(blocked.message, 'u is an array, so the form cannot set u.x: fix it in the editor.', [
      'u.x',
    ]);
  });
});

describe('the request rules’ findings (inspect.rr.*)', () => {
  const judge = (search: string, method: string | null = 'POST') =>
    requestFindings({
      method,
      path: '/v4/recentcontact/get_list',
      query: parseQuery(search).params,
    });

  it('word the method, the query and the body in both languages, keeping the wire names', () => {
    const f = judge('sdkappid=1400000000&identifier=admin&usersig=x&contenttype=JSON', 'GET');
    const by = Object.fromEntries(f.map((x) => [x.name, x.message]));
    both(by.method!, /^The method is GET, but the API needs POST: curl sends a GET/, [
      'GET',
      'POST',
      '60008',
    ]);
    both(by.random!, /^random is missing; the documentation asks for a fresh random uint32/, [
      'random',
      'uint32',
    ]);
    both(by.contenttype!, 'contenttype is "JSON"; the documented value is "json", in lowercase.', [
      'contenttype',
      '"json"',
    ]);
    const dup = judge('sdkappid=1&sdkappid=2&identifier=a&usersig=x&random=1&contenttype=json');
    both(
      dup.find((x) => x.name === 'duplicates')!.message,
      /^Repeated with different values: sdkappid \(2 times\)\. .* 60002/,
      ['sdkappid', '60002'],
    );
    const body = bodyFinding('').finding;
    both(
      body.message,
      "The request sends no body: the API needs the JSON request body (curl: -d '{...}'). The server answers 60003.",
      ['60003', "-d '{...}'"],
    );
    // The service's own answer stays as the service sends it.
    expect(body.errorInfo).toBe('Fail to Parse json data of body, Please check it');
  });
});

describe('the inspector’s reading notes (inspect.curl.*, inspect.sh.*, inspect.cl.*)', () => {
  it('words curl’s notes and problems in both languages', () => {
    const r = parseCurl("curl 'example.com/v4/a/b' -d '{}' -d '{}' | jq");
    if (!r.ok) throw new Error('expected a request');
    const notes = r.request.notes.map((n) => n.message);
    both(notes[0]!, 'Everything after "|" is another command and was not read.', ['"|"']);
    expect(notes.map(en)).toContain(
      'The URL has no scheme, so curl would use http://; the API is served over https.',
    );
    const file = parseCurl("curl -d @body.json 'https://x/v4/a/b'");
    if (file.ok) throw new Error('expected a problem');
    both(file.problem.message, /^-d @body\.json reads the body from the file "body\.json"/, [
      '-d @body.json',
      '-d \'{"From_Account":...}\'',
    ]);
    const lines = parseCurl('curl https://x/v4/a/b\n-d {}\n-H a:b\n-H c:d\n-H e:f\n');
    if (!lines.ok) throw new Error('expected a request');
    both(lines.request.notes[0]!.message, /^Lines 1, 2, 3 and 1 more end without a backslash/);
  });

  it('words the shell’s and the UserSig reader’s notes in both languages', () => {
    const open = splitShellWords("curl 'abc");
    if (open.ok) throw new Error('expected a problem');
    both(open.message, /^The single quote at line 1, column 6 is never closed\./);
    const v = splitShellWords('curl $HOST');
    if (!v.ok) throw new Error('expected words');
    both(v.notes[0]!.message, /^The command uses \$HOST, which a shell would replace/, ['$HOST']);
    const sig = readUserSigText(' "usersig=eJy%2A" ');
    both(
      sig.notes[0]!.message,
      'Removed the whitespace and quotes and "usersig=" around the UserSig before reading it.',
      ['"usersig="', 'UserSig'],
    );
    both(sig.notes[1]!.message, /^The UserSig was URL-encoded \(%2A for \*/, ['%2A']);
  });
});

describe('history’s refusals and storage reasons (history.tr.*, history.st.*)', () => {
  it('refuses a file in both languages', () => {
    const big = checkImportSize(30 * 1024 * 1024);
    both(big!.message, 'The file is 30.0 MB; history imports files up to 20 MB.', ['30.0 MB']);
    const newer = parseImportFile(JSON.stringify({ format: 'chat-rest-playground/history', v: 9 }));
    if (newer.ok) throw new Error('expected a refusal');
    both(
      newer.message,
      /^The file (was exported by a newer version|is not a Chat REST Playground)/,
    );
    const notJson = parseImportFile('{');
    if (notJson.ok) throw new Error('expected a refusal');
    both(notJson.message, /^The file is not JSON \(/, ['JSON']);
  });

  it('says history is off in both languages', async () => {
    const off = await openHistory({ indexedDB: () => undefined });
    if (off.ok) throw new Error('expected history off');
    both(
      off.message,
      'History is off: this browser offers no IndexedDB here. Everything else works.',
      ['IndexedDB'],
    );
  });
});

describe('the sandbox’s state notes (bench.sbn.*)', () => {
  it('says why a saved state is not read, in both languages', () => {
    const r = parseSavedState({ v: 99 });
    if (r.ok) throw new Error('expected a refusal');
    both(r.reason, 'the saved sandbox has version 99, which this page does not read', ['99']);
  });
});
