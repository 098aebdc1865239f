// CSV (RFC 4180, with the spreadsheet formula guard) and JSON exports of what the table shows,
// and the file names they are saved under.
import { describe, expect, it } from 'vitest';
import { itemViewsFor } from '../../../src/lib/api/response-views';
import {
  EXPORT_CHUNK_ROWS,
  csvChunks,
  csvField,
  exportFileName,
  fileNamePart,
  jsonChunks,
} from '../../../src/lib/response/export';
import { NO_FILTER, shownRows, tableOf as tableIn } from '../../../src/lib/response/table';
import type { ItemView } from '../../../src/lib/api/response-views';
import { en } from '../i18n/texts';

// The table as a person reads it in English.
const tableOf = (view: ItemView, items: readonly unknown[]) => tableIn(view, items, undefined, en);

const VIEW = itemViewsFor('get_list')[0];
if (!VIEW) throw new Error('get_list has a view');

describe('CSV fields', () => {
  it('quotes a field that holds a quote, a comma or a line break, doubling its quotes', () => {
    expect(csvField('alice')).toBe('alice');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('a=1')).toBe('a=1');
  });
});

describe('exports', () => {
  const items = [
    { Type: 1, To_Account: 'bob', MsgTime: 0, TopFlag: 1 },
    { Type: 1, To_Account: '=evil', MsgTime: 0, TopFlag: 0 },
    { Type: 2, GroupId: 'g,1', MsgTime: 0, TopFlag: 0 },
  ];
  const table = tableOf(VIEW, items);

  it('CSV: a header and one CRLF record per row shown, in the order shown', () => {
    const rows = shownRows(table, NO_FILTER, { column: 1, direction: 'descending' });
    const text = [...csvChunks(table, rows, 0)].join('');
    expect(text).toBe(
      [
        '#,Type,Peer or group ID,Last message (MsgTime),Pinned',
        '3,Group,"g,1",— (no message yet),',
        '1,One-to-one,bob,— (no message yet),Pinned',
        // The collator puts punctuation before letters: "=evil" is the smallest.
        "2,One-to-one,'=evil,— (no message yet),",
        '',
      ].join('\r\n'),
    );
  });

  it('CSV: a run’s duplicates get a column', () => {
    const text = [...csvChunks(table, [0, 1], 0, [false, true, false])].join('');
    expect(text.split('\r\n')[0]).toBe(
      '#,Type,Peer or group ID,Last message (MsgTime),Pinned,Duplicate',
    );
    expect(text.split('\r\n')[2]).toMatch(/,duplicate$/);
  });

  it('chunks a long table, and the chunks join to one header and every row', () => {
    const many = Array.from({ length: 2 * EXPORT_CHUNK_ROWS + 5 }, (_, i) => ({
      Type: 1,
      To_Account: `u${i}`,
      MsgTime: i,
      TopFlag: 0,
    }));
    const big = tableOf(VIEW, many);
    const rows = shownRows(big, NO_FILTER, null);
    const chunks = [...csvChunks(big, rows, 0)];
    expect(chunks).toHaveLength(3);
    const lines = chunks.join('').trimEnd().split('\r\n');
    expect(lines).toHaveLength(many.length + 1);
    const json = [...jsonChunks(big, rows)];
    expect(json).toHaveLength(3);
    expect(JSON.parse(json.join(''))).toEqual(many);
  });

  it('JSON: the items shown, as they came, pretty-printed', () => {
    const rows = shownRows(table, { text: 'b', facets: {} }, null);
    const text = [...jsonChunks(table, rows)].join('');
    expect(JSON.parse(text)).toEqual([items[0]]);
    expect(text).toBe(`${JSON.stringify([items[0]], null, 2)}\n`);
    expect([...jsonChunks(table, [])].join('')).toBe('[]\n');
  });

  it('names a file after the endpoint, the account and the local time, sanitised', () => {
    const at = new Date(2024, 4, 1, 9, 5, 7);
    expect(exportFileName({ endpointId: 'get_list', account: 'alice', at, ext: 'csv' })).toBe(
      'get_list-alice-20240501-090507.csv',
    );
    expect(
      exportFileName({
        endpointId: 'get_c2c_unread_msg_num',
        account: '../../etc/passwd',
        at,
        ext: 'json',
        table: 'ErrorList',
      }),
    ).toBe('get_c2c_unread_msg_num-etc_passwd-20240501-090507-ErrorList.json');
    expect(exportFileName({ endpointId: 'get_list', account: null, at, ext: 'csv' })).toBe(
      'get_list-no-account-20240501-090507.csv',
    );
    expect(fileNamePart('用户 名', 'x')).toBe('x');
    expect(fileNamePart('a'.repeat(100), 'x')).toHaveLength(64);
  });
});
