// Validation and advice in English: what is wrong with a body (lib/api/body-rules.ts), with what
// is typed in a form input (form-input.ts), the endpoints' own advice (AssistFlags, ClearRamble,
// mark_contact) and the Send bar's list of it (advice.ts). Loaded with the form (RequestPanel)
// and with the parts that list findings; the sandbox words its ErrorInfo through this English
// table whatever the page's language, as the service would.
import type { Fmt, Text } from '../../message';

const MAX_UINT32 = 4294967295;
const whole = (uint32: boolean) =>
  uint32 ? `a whole number from 0 to ${MAX_UINT32}` : 'a whole number';
const or = (names: readonly string[]) => names.join(' or ');
const bitList = (bits: readonly number[]) => {
  const values = bits.map((b) => String(2 ** b)).join(', ');
  return bits.length === 1
    ? `Bit ${bits.join(', ')} (value ${values}) is`
    : `Bits ${bits.join(', ')} (values ${values}) are`;
};
const INDEX_HINT =
  'Bit numbers (0, 1, 2) are not values (1, 2, 4): a public Java SDK makes exactly this mistake.';

// The characters that arrive by copy and paste and look like JSON's (json-scan.ts's list).
const LOOKALIKES: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u200b': 'a zero-width space',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
  '\u3000': 'an ideographic space',
  '\ufeff': 'a byte-order mark',
};
const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

export default {
  // A JSON value in words, inside other messages.
  'rules.v.null': 'null',
  'rules.v.array': 'an array',
  'rules.v.string': (p: { json: string }) => `a string (${p.json})`,
  'rules.v.number': (p: { n: number }) => `a number (${p.n})`,
  'rules.v.true': 'true',
  'rules.v.false': 'false',
  'rules.v.object': 'an object',
  'rules.v.other': (p: { type: string }) => p.type,

  // The body and its fields (body-rules.ts).
  'rules.notObject': (p: { id: string | null; value: Text }, f: Fmt) =>
    `The body must be a JSON object ({ … })${p.id ? ` with the fields of ${p.id}` : ''}, not ${f.t(p.value)}.`,
  'rules.missing': (
    p: { name: string; when: { field: string; value: string } | null; hint: Text },
    f: Fmt,
  ) =>
    `${p.name} is missing; it is required${p.when ? ` when ${p.when.field} is ${p.when.value}` : ''}. ${f.t(p.hint)}`,
  'rules.hint.case': (p: { nested: boolean; found: string; name: string }) =>
    `The ${p.nested ? 'object' : 'body'} has "${p.found}": names are case-sensitive, write "${p.name}".`,
  'rules.hint.string': (p: { name: string }) => `Add "${p.name}": "…" with a non-empty string.`,
  'rules.hint.object': (p: { name: string }) => `Add "${p.name}" (the form adds it).`,
  'rules.hint.value': (p: { name: string; json: string }) => `Add "${p.name}": ${p.json}.`,
  'rules.leftover': (p: { name: string; field: string; equals: string; value: string | null }) =>
    `${p.name} is used only when ${p.field} is ${p.equals}, and ${p.field} is ${p.value ?? 'missing'} here: it is probably left over. Remove it, or set ${p.field} to ${p.equals}.`,
  'rules.unknown': (p: { name: string; owner: string; hint: Text | null }, f: Fmt) =>
    `${p.name} is not a field of ${p.owner}${p.hint ? f.t(p.hint) : ''}. It is kept and sent as is; the server may ignore it or refuse the request.`,
  'rules.mean.case': (p: { name: string }) =>
    ` (did you mean ${p.name}? The service spells it "${p.name}": names are case-sensitive)`,
  'rules.mean.near': (p: { name: string }) => ` (did you mean ${p.name}? Names are case-sensitive)`,
  'rules.needOne': (p: { names: readonly string[] }) =>
    `The body needs one of ${or(p.names)}; it has neither.`,
  'rules.both': (p: { names: readonly string[]; present: readonly string[] }) =>
    `The body has both ${p.present.join(' and ')}: send one of ${or(p.names)}, not both.`,
  'rules.duplicate': (p: { path: string }) =>
    `"${p.path}" appears more than once in the same object. This tool (like JSON.parse) reads the last one, but another parser may read the first: keep one.`,
  'rules.spelled': (p: { key: string; raw: string; n: number }) =>
    `${p.key} is written ${p.raw}. It equals ${p.n}, but the server may read a decimal point, an exponent or -0 as a different type: write ${p.n}.`,
  'rules.arrayOf': (p: { name: string; strings: boolean; value: Text }, f: Fmt) =>
    `${p.name} must be an array of ${p.strings ? 'strings' : 'whole numbers'}, not ${f.t(p.value)}.`,
  'rules.object': (p: { name: string; value: Text }, f: Fmt) =>
    `${p.name} must be an object ({ … }), not ${f.t(p.value)}.`,
  'rules.objects': (p: { name: string; value: Text }, f: Fmt) =>
    `${p.name} must be an array of objects ([{ … }]), not ${f.t(p.value)}.`,
  'rules.emptyList': (p: { name: string }) => `${p.name} is empty: add at least one item.`,
  'rules.fewItems': (p: { name: string; n: number; least: number }) =>
    `${p.name} has ${p.n} items; it needs at least ${p.least}.`,
  'rules.manyItems': (p: { name: string; n: number; most: number }) =>
    `${p.name} has ${p.n} items; the most is ${p.most}.`,
  'rules.string': (p: { name: string; value: Text; quote: string | null }, f: Fmt) =>
    `${p.name} must be a string, not ${f.t(p.value)}${p.quote !== null ? `: write "${p.quote}" in double quotes` : ''}.`,
  'rules.emptyString': (p: { name: string; doc: Text }, f: Fmt) =>
    `${p.name} is empty; it must not be (${f.t(p.doc)}).`,
  'rules.oneOf': (p: { name: string; values: string }) => `${p.name} must be one of ${p.values}.`,
  'rules.oneOfNot': (p: { name: string; values: string; v: number }) =>
    `${p.name} must be one of ${p.values}, not ${p.v}.`,
  'rules.bytes': (p: { name: string; bytes: number; most: number }) =>
    `${p.name} is ${p.bytes} bytes in UTF-8; the most is ${p.most}.`,
  'rules.bytesWarn': (p: { name: string; bytes: number; most: number | null; older: number }) =>
    `${p.name} is ${p.bytes} bytes in UTF-8. The newest page allows ${p.most ?? 'more'}, but the older pages and the error code's own words say ${p.older}: the service may refuse it, and the sandbox does.`,
  'rules.space': (p: { name: string }) =>
    `${p.name} starts or ends with white space, which the server matches exactly: remove it unless the UserID really has it.`,
  'rules.numberString': (p: { name: string; json: string; unquote: string | null }) =>
    `${p.name} must be a number, not a string (${p.json})${p.unquote !== null ? `: write ${p.unquote} without the quotes` : ''}.`,
  'rules.notNumber': (p: { name: string; uint32: boolean; value: Text }, f: Fmt) =>
    `${p.name} must be ${whole(p.uint32)}, not ${f.t(p.value)}.`,
  'rules.nan': (p: { name: string; uint32: boolean }) =>
    `${p.name} is NaN, which is not a number JSON can carry; it must be ${whole(p.uint32)}.`,
  'rules.infinite': (p: { name: string; uint32: boolean }) =>
    `${p.name} is too large to be a number at all; it must be ${whole(p.uint32)}.`,
  'rules.fraction': (p: { name: string; uint32: boolean; v: number }) =>
    `${p.name} must be ${whole(p.uint32)}: ${p.v} has a fractional part.`,
  'rules.negative': (p: { name: string; v: number }) =>
    `${p.name} cannot be negative (${p.v}): it is a uint32, from 0 to ${MAX_UINT32}.`,
  'rules.aboveUint32': (p: { name: string; v: number }) =>
    `${p.name} is ${p.v}, above the largest uint32 (${MAX_UINT32}).`,
  'rules.unsafe': (p: { name: string; v: number }) =>
    `${p.name} is ${p.v}, too large to be sent exactly (JavaScript numbers stop at 2^53).`,
  'rules.range': (p: { name: string; v: number; lo: number | null; hi: number | null }) =>
    `${p.name} is ${p.v}; it must be from ${p.lo ?? '…'} to ${p.hi ?? '…'}.`,

  // What is typed in a form input (form-input.ts).
  'rules.in.enter': (p: { uint32: boolean }) => `Enter ${whole(p.uint32)}.`,
  'rules.in.negative': (p: { name: string }) =>
    `${p.name} cannot be negative: enter ${whole(true)}.`,
  'rules.in.separators': (p: { name: string; fixed: string }) =>
    `Write ${p.name} without separators: ${p.fixed}.`,
  'rules.in.decimal': (p: { name: string }) => `${p.name} is a whole number: no decimal point.`,
  'rules.in.digits': (p: { uint32: boolean }) => `Digits only: enter ${whole(p.uint32)}.`,
  'rules.in.tooLarge': (p: { text: string }) =>
    `${p.text} is too large: the largest uint32 is ${MAX_UINT32}.`,
  'rules.in.unsafe': (p: { text: string }) =>
    `${p.text} is too large to send exactly from a browser.`,
  'rules.in.manyItems': (p: { name: string; most: number; n: number }) =>
    `${p.name} takes at most ${p.most} items; there are ${p.n}.`,
  'rules.in.manyNumbers': (p: { name: string; most: number; n: number }) =>
    `${p.name} takes at most ${p.most} numbers; there are ${p.n}.`,
  'rules.in.word': (p: { json: string }) =>
    `${p.json} is not a whole number: write numbers separated by commas or spaces.`,
  'rules.in.outOfRange': (p: { v: number; lo: number | null; hi: number | null }) =>
    `${p.v} is out of range: each must be from ${p.lo ?? '…'} to ${p.hi ?? '…'}.`,
  'rules.in.nested': (p: { name: string }) =>
    `${p.name} is edited through its own fields, not as text.`,

  // The Send bar's list (advice.ts).
  'rules.adv.json': (p: { line: number; column: number; message: Text }, f: Fmt) =>
    `The JSON body has an error at line ${p.line}, column ${p.column}: ${f.t(p.message)}`,
  'rules.adv.pending': (p: { field: string; why: Text }, f: Fmt) =>
    `${p.field}: what is typed in the form is not in the body (${f.t(p.why)}).`,
  'rules.adv.summary': (p: { n: number }, f: Fmt) =>
    `${p.n} ${f.plural(p.n, { one: 'problem', other: 'problems' })}: sending shows what the service says`,

  // get_list's AssistFlags (assist-flags.ts).
  'rules.af.zero': `AssistFlags is 0: every option is off. If you meant bit 0 (pinned conversations), its value is 1. ${INDEX_HINT} The get_list page's sample sends 7.`,
  'rules.af.one': `AssistFlags is 1, which sets bit 0 (pinned conversations) only. If you meant bit 1 (empty conversations), its value is 2. ${INDEX_HINT}`,
  'rules.af.two': `AssistFlags is 2, which sets bit 1 (empty conversations) only. If you meant bit 2 (paginate pinned conversations), its value is 4. ${INDEX_HINT}`,
  'rules.af.noPinned':
    'Bit 0 (value 1, pinned conversations) is off: pinned conversations are not returned separately from the others.',
  'rules.af.paginate':
    'Bit 2 (paginate pinned conversations) is on but bit 0 (support pinned conversations) is off, so it probably has no effect: add 1.',
  'rules.af.newer': (p: { bits: readonly number[] }) =>
    `${bitList(p.bits)} set. The get_list page documents bits 0 to 2 only; newer pages send 15 (adding bit 3) or 63 (bits 3 to 5, which add StandardMark, CustomMark and ContactGroupId to each item) without saying what each bit does. Kept and sent as is.`,
  'rules.af.unknown': (p: { bits: readonly number[] }) => {
    const it = p.bits.length === 1 ? 'it' : 'them';
    return `${bitList(p.bits)} set, and no documentation page mentions ${it}. Kept and sent as is; the server may ignore ${it} or refuse the request (50002).`;
  },

  // delete's and mark_contact's advice (endpoints/delete.ts, mark-contact.ts).
  'rules.del.clearRamble':
    'ClearRamble is 1: besides the conversation, its roaming (cloud-stored) messages are cleared for From_Account, which cannot be undone. Send 0 to delete only the conversation.',
  'rules.mark.custom': (p: { at: string }) =>
    `${p.at}.OptType is 1 (standard marks only), so CustomMark is not applied: use OptType 3 to set both.`,
  'rules.mark.setClear': (p: { at: string }) =>
    `${p.at}.OptType is 2 (custom mark only), so SetMark and ClearMark are not applied: use OptType 3 to set both.`,
  'rules.mark.both': (p: { bits: string }) =>
    `Bit ${p.bits} is both set and cleared; the page does not say which wins (the sandbox clears first, then sets).`,
  'rules.mark.reserved': (p: { bits: string }) =>
    `Bit ${p.bits} is among the first 32, which are reserved for Chat's own marks (0 to 3 are star, unread, fold and hide): an app's own marks are bits 32 to 63.`,

  // The JSON scanner's syntax errors (lib/api/json-scan.ts), beside the editor and Send. Short
  // keys: the scanner loads with the body's rules, these words with the form.
  'rules.j.at': (p: { line: number; column: number; message: Text }, f: Fmt) =>
    `Line ${p.line}, column ${p.column}: ${f.t(p.message)}`,
  'rules.j.end': 'The text ends where a value was expected.',
  'rules.j.early': (p: { kind: 'object' | 'array'; line: number; column: number }) =>
    `The text ends too early: the ${p.kind} opened at line ${p.line}, column ${p.column} is never closed (add ${p.kind === 'object' ? '}' : ']'}).`,
  'rules.j.single': 'JSON strings and names use double quotes ("), not single quotes.',
  'rules.j.curly': (p: { c: string }) =>
    `${p.c} is a typographic quote: JSON needs a straight double quote (").`,
  'rules.j.comment': 'JSON does not allow comments: remove it.',
  'rules.j.look': (p: { c: string }) =>
    `There is ${LOOKALIKES[p.c] ?? 'a character'} (U+${hex4(p.c)}) here, invisible but not allowed in JSON: replace it with a plain space or remove it.`,
  'rules.j.eot': 'the end of the text',
  'rules.j.ctl': (p: { c: string }) => `control character U+${hex4(p.c)}`,
  'rules.j.u': '\\u must be followed by four hexadecimal digits, such as \\u00e9.',
  'rules.j.bs': (p: { found: Text }, f: Fmt) => `A backslash before ${f.t(p.found)}`,
  'rules.j.esc': (p: { what: Text }, f: Fmt) =>
    `${f.t(p.what)} is not a JSON escape. The escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash.`,
  'rules.j.eol':
    'This string is not closed before the end of the line: close it with " (write \\n for a line break inside a string).',
  'rules.j.ctlIn': (p: { c: string }) =>
    `Control character U+${hex4(p.c)} is not allowed inside a string${p.c === '\t' ? ' (tab): write \\t' : `: write it as \\u${hex4(p.c)}`}.`,
  'rules.j.open': 'This string is never closed: add the closing ".',
  'rules.j.notNum': (p: { word: string }) => `${p.word} is not a JSON number.`,
  'rules.j.minus': 'A minus sign must be followed by digits.',
  'rules.j.hex': 'Hexadecimal numbers (0x…) are not JSON: write the number in decimal.',
  'rules.j.zero': 'A JSON number cannot start with 0 unless it is 0 (write 7, not 07).',
  'rules.j.dot': 'A decimal point must be followed by digits.',
  'rules.j.exp': 'An exponent (e) must be followed by digits.',
  'rules.j.noValue': (p: { key: string }) => `"${p.key}" has no value: write one after the colon.`,
  'rules.j.unexpected': (p: { found: Text }, f: Fmt) =>
    `Unexpected ${f.t(p.found)} where a value was expected.`,
  'rules.j.missing': (p: { c: string }) => `Unexpected ${p.c}: a value is missing.`,
  'rules.j.plus': 'A JSON number cannot start with +: remove it.',
  'rules.j.lead': 'A JSON number cannot start with a decimal point: write 0.5, not .5.',
  'rules.j.case': (p: { word: string }) =>
    `${p.word} is not JSON: write ${p.word.toLowerCase()} in lowercase.`,
  'rules.j.none': 'None is Python, not JSON: write null.',
  'rules.j.undef': 'undefined is not JSON: write null or leave the field out.',
  'rules.j.word': (p: { word: string }) =>
    `Unexpected word ${p.word}: text must be in double quotes ("${p.word}").`,
  'rules.j.deep': (p: { max: number }) =>
    `More than ${p.max} nested objects and arrays: this tool reads bodies up to that depth.`,
  'rules.j.quote': (p: { word: string }) =>
    `Property names must be in double quotes: write "${p.word}".`,
  'rules.j.name': (p: { found: Text }, f: Fmt) =>
    `Expected a property name in double quotes, found ${f.t(p.found)}.`,
  'rules.j.colon': (p: { key: string; eq: boolean }) =>
    `Expected a colon after the property name "${p.key}"${p.eq ? ' (JSON uses :, not =)' : ''}.`,
  'rules.j.trailing': 'Trailing comma: JSON allows no comma after the last item; remove it.',
  'rules.j.closes': (p: { c: string; kind: 'object' | 'array'; line: number; column: number }) =>
    `Found ${p.c}, but the ${p.kind} opened at line ${p.line}, column ${p.column} closes with ${p.kind === 'object' ? '}' : ']'}.`,
  'rules.j.commaKey': (p: { key: string; name: boolean }) =>
    `Expected a comma or } after the value of "${p.key}".${p.name ? ' A comma is missing before this name.' : ''}`,
  'rules.j.commaItem': (p: { index: number }) =>
    `Expected a comma or ] after item ${p.index} of the array.`,
  'rules.j.empty': 'The text is empty: the body must be a JSON object such as {}.',
  'rules.j.after': (p: { found: Text }, f: Fmt) =>
    `Unexpected ${f.t(p.found)} after the end of the JSON value: the body must be exactly one value.`,
  'rules.j.invalid': 'The body is not valid JSON.',

  // Why the form cannot write the body (body-edit.ts, path-edits.ts, draft-edits.ts,
  // request.svelte.ts).
  'rules.fe.json': (p: { line: number; column: number }) =>
    `The JSON has an error at line ${p.line}, column ${p.column}: fix it in the editor, then the form can write again.`,
  'rules.fe.notObject': (p: { remove: boolean }) =>
    `The body is not a JSON object, so the form cannot ${p.remove ? 'remove a field from' : 'set a field in'} it.`,
  'rules.fe.reach': (p: { path: string }) => `The form cannot reach ${p.path}.`,
  'rules.fe.noItem': (p: { path: string; step: number }) => `${p.path} has no item ${p.step}.`,
  'rules.fe.blocked': (p: {
    at: string;
    is: 'array' | 'object' | null;
    step: string;
    path: string;
  }) =>
    `${p.at || 'The body'} is ${p.is === 'array' ? 'an array' : p.is === 'object' ? 'an object' : `not an object at ${p.step}`}, so the form cannot set ${p.path}: fix it in the editor.`,
  'rules.fe.notArray': (p: { path: string }) => `${p.path} is not an array: fix it in the editor.`,
  'rules.fe.loading': 'The form for nested fields is still loading.',
  'rules.fe.format': (p: { line: number; column: number; message: Text }, f: Fmt) =>
    `Cannot format: ${f.t(p.message)} (line ${p.line}, column ${p.column}).`,
};
