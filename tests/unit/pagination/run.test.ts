// The runner on its own, against tiny fake senders: rate, cancellation, errors, stuck cursors.
import { describe, expect, it, vi } from 'vitest';
import {
  abortableSleep,
  clampLimit,
  clampRate,
  DEFAULT_MAX_PAGES,
  MAX_PAGES_LIMIT,
  fetchAllPages,
  type FetchAllOptions,
  type JsonObject,
  type PaginationSpec,
} from '../../../src/lib/pagination';
import {
  MAX_PAGES_WITHOUT_PROGRESS,
  MEMORY_PER_ANSWER_BYTE,
  StopError,
} from '../../../src/lib/pagination/run';
import { msg } from '../../../src/lib/i18n/message';
import { en, zh } from '../i18n/texts';

/** A one-cursor spec like get_contact_group's: StartIndex ← NextStartIndex, ascending. */
const SPEC: PaginationSpec = {
  cursors: [{ requestField: 'StartIndex', responseField: 'NextStartIndex', order: 'ascending' }],
  completeField: 'CompleteFlag',
  itemsField: 'Items',
  itemKey: (item) => String((item as { id: unknown }).id),
};

/** An OK answer with items and the next cursor. */
const ok = (ids: number[], next: number, complete: 0 | 1 = 0): JsonObject => ({
  Items: ids.map((id) => ({ id })),
  CompleteFlag: complete,
  NextStartIndex: next,
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
});

/** A sender that answers page n (1-based) with answers[n-1], recording the bodies it got. */
function scripted(answers: unknown[]) {
  const bodies: JsonObject[] = [];
  const texts: string[] = [];
  const sendPage = vi.fn(async (text: string) => {
    texts.push(text);
    bodies.push(JSON.parse(text) as JsonObject);
    const answer = answers[bodies.length - 1];
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { sendPage, bodies, texts };
}

/** A fake clock that moves only when the runner sleeps (or the test moves it). */
function fakeTime() {
  const clock = { t: 1_000_000 };
  const sleeps: number[] = [];
  return {
    clock,
    sleeps,
    now: () => clock.t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock.t += ms;
    },
  };
}

function run(
  answers: unknown[],
  extra: Partial<FetchAllOptions> = {},
): {
  result: ReturnType<typeof fetchAllPages>;
  sendPage: ReturnType<typeof scripted>['sendPage'];
  bodies: JsonObject[];
  texts: string[];
  sleeps: number[];
} {
  const { sendPage, bodies, texts } = scripted(answers);
  const time = fakeTime();
  const result = fetchAllPages({
    spec: SPEC,
    firstBody: '{"From_Account": "u", "StartIndex": 0}',
    sendPage,
    now: time.now,
    sleep: time.sleep,
    ...extra,
  });
  return { result, sendPage, bodies, texts, sleeps: time.sleeps };
}

describe('fetchAllPages', () => {
  it('follows the cursor until CompleteFlag 1, copying it into each next body', async () => {
    const progress: unknown[] = [];
    const { result, bodies } = run([ok([1, 2], 2), ok([3, 4], 4), ok([5], 5, 1)], {
      onProgress: (p) => progress.push(p),
    });
    const r = await result;
    expect(r.status).toBe('complete');
    expect(r.items).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }]);
    expect(r.pages).toHaveLength(3);
    expect(bodies.map((b) => b['StartIndex'])).toEqual([0, 2, 4]);
    expect(bodies.every((b) => b['From_Account'] === 'u')).toBe(true);
    expect(r.duplicates).toEqual([]);
    expect(r.anomalies).toEqual([]);
    expect(progress).toEqual([
      { pages: 1, items: 2 },
      { pages: 2, items: 4 },
      { pages: 3, items: 5 },
    ]);
  });

  it('treats a missing items field as an empty page', async () => {
    const r = await run([{ CompleteFlag: 1, NextStartIndex: 0, ActionStatus: 'OK', ErrorCode: 0 }])
      .result;
    expect(r.status).toBe('complete');
    expect(r.items).toEqual([]);
  });

  it('sends the first body text as given, and each next one with only the cursor changed', async () => {
    // The person's layout: four-space indent, the array on one line, an unknown field.
    const firstBody = '{\n    "StartIndex": 0,\n    "Extra": [1,2]\n}';
    const { result, texts } = run([ok([1], 1), ok([2], 20, 1)], { firstBody });
    const r = await result;
    expect(r.status).toBe('complete');
    expect(texts).toEqual([
      '{\n    "StartIndex": 0,\n    "Extra": [1,2]\n}',
      '{\n    "StartIndex": 1,\n    "Extra": [1,2]\n}',
    ]);
    expect(r.pages.map((p) => p.text)).toEqual(texts);
    expect(r.pages[1]?.body).toEqual({ StartIndex: 1, Extra: [1, 2] });
  });

  it('adds a cursor the first body lacks', async () => {
    const { result, bodies } = run([ok([1], 7), ok([2], 9, 1)], { firstBody: '{"a": 1}' });
    expect((await result).status).toBe('complete');
    expect(bodies).toEqual([{ a: 1 }, { a: 1, StartIndex: 7 }]);
  });

  it('refuses a first body that is not a JSON object: the caller checks it first', async () => {
    for (const firstBody of ['[1]', '{', '']) {
      await expect(run([ok([1], 1, 1)], { firstBody }).result).rejects.toThrow(TypeError);
    }
  });
});

describe('the client-side rate cap', () => {
  const fourPages = () => [ok([1], 1), ok([2], 2), ok([3], 3), ok([4], 4, 1)];

  it('spaces sends 1000/rate ms apart: 20/s (the default) sleeps 50 ms before each page but the first', async () => {
    const { result, sleeps } = run(fourPages());
    expect((await result).status).toBe('complete');
    expect(sleeps).toEqual([50, 50, 50]);
  });

  it('counts the time a page took: a 30 ms answer at 20/s leaves 20 ms to sleep', async () => {
    const time = fakeTime();
    const answers = fourPages();
    let n = 0;
    const r = await fetchAllPages({
      spec: SPEC,
      firstBody: '{"StartIndex": 0}',
      now: time.now,
      sleep: time.sleep,
      sendPage: async () => {
        time.clock.t += 30;
        return answers[n++];
      },
    });
    expect(r.status).toBe('complete');
    expect(time.sleeps).toEqual([20, 20, 20]);
  });

  it('does not sleep when pages are slower than the rate', async () => {
    const time = fakeTime();
    const answers = fourPages();
    let n = 0;
    await fetchAllPages({
      spec: SPEC,
      firstBody: '{"StartIndex": 0}',
      ratePerSecond: 10,
      now: time.now,
      sleep: time.sleep,
      sendPage: async () => {
        time.clock.t += 150;
        return answers[n++];
      },
    });
    expect(time.sleeps).toEqual([]);
  });

  it('clamps the rate to 1..200 pages per second', async () => {
    expect(clampRate(undefined)).toBe(20);
    expect(clampRate(Number.NaN)).toBe(20);
    expect(clampRate(0)).toBe(1);
    expect(clampRate(-5)).toBe(1);
    expect(clampRate(1000)).toBe(200);
    expect(clampRate(50)).toBe(50);
    const fast = run(fourPages(), { ratePerSecond: 1000 });
    await fast.result;
    expect(fast.sleeps).toEqual([5, 5, 5]);
    const slow = run(fourPages(), { ratePerSecond: 0 });
    await slow.result;
    expect(slow.sleeps).toEqual([1000, 1000, 1000]);
  });
});

describe('cancellation', () => {
  it('stops before sending when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { result, sendPage } = run([ok([1], 1, 1)], { signal: controller.signal });
    const r = await result;
    expect(r.status).toBe('cancelled');
    expect(sendPage).not.toHaveBeenCalled();
  });

  it('stops during a page, drops its late answer, and keeps the pages before it', async () => {
    const controller = new AbortController();
    const answers = [ok([1], 1), ok([2], 2), ok([3], 3, 1)];
    let n = 0;
    const r = await fetchAllPages({
      spec: SPEC,
      firstBody: '{"StartIndex": 0}',
      signal: controller.signal,
      now: () => 0,
      sleep: async () => {},
      sendPage: async (_body, signal) => {
        expect(signal).toBe(controller.signal);
        if (n === 1) controller.abort();
        return answers[n++];
      },
    });
    expect(r.status).toBe('cancelled');
    expect(r.pages).toHaveLength(1);
    expect(r.items).toEqual([{ id: 1 }]);
    expect(r.error).toBeUndefined();
    expect(n).toBe(2);
  });

  it('reports a send that rejects because of the abort as cancelled, not as an error', async () => {
    const controller = new AbortController();
    const r = await fetchAllPages({
      spec: SPEC,
      firstBody: '{"StartIndex": 0}',
      signal: controller.signal,
      sendPage: async () => {
        controller.abort();
        throw new DOMException('The operation was aborted.', 'AbortError');
      },
    });
    expect(r.status).toBe('cancelled');
    expect(r.error).toBeUndefined();
  });

  it('stops while waiting for the rate cap', async () => {
    const controller = new AbortController();
    const sendPage = vi.fn(async () => ok([1], 1));
    const r = await fetchAllPages({
      spec: SPEC,
      firstBody: '{"StartIndex": 0}',
      signal: controller.signal,
      now: () => 0,
      sleep: async () => controller.abort(),
      sendPage,
    });
    expect(r.status).toBe('cancelled');
    expect(sendPage).toHaveBeenCalledTimes(1);
  });

  it('the default sleep waits its time, or ends as soon as the signal aborts', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const controller = new AbortController();
      const waiting = abortableSleep(1000, controller.signal).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(999);
      expect(done).toBe(false);
      controller.abort();
      await waiting;
      expect(done).toBe(true);
      expect(vi.getTimerCount()).toBe(0);

      let full = false;
      const timed = abortableSleep(1000, new AbortController().signal).then(() => (full = true));
      await vi.advanceTimersByTimeAsync(1000);
      await timed;
      expect(full).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('errors stop the run at the first one', () => {
  it('an error answer (ActionStatus FAIL): status error, with the code, the info and the page', async () => {
    const fail = {
      ActionStatus: 'FAIL',
      ErrorCode: 60007,
      ErrorInfo: 'too fast',
      ErrorDisplay: '',
    };
    const { result, sendPage } = run([ok([1], 1), fail, ok([3], 3, 1)]);
    const r = await result;
    expect(r.status).toBe('error');
    expect(r.error).toMatchObject({
      kind: 'service',
      page: 2,
      code: 60007,
      info: 'too fast',
      response: fail,
    });
    expect(r.error?.body).toMatchObject({ StartIndex: 1 });
    expect(r.error?.text).toBe('{"From_Account": "u", "StartIndex": 1}');
    expect(r.pages).toHaveLength(1);
    expect(r.items).toEqual([{ id: 1 }]);
    expect(sendPage).toHaveBeenCalledTimes(2);
  });

  it('a non-zero ErrorCode without ActionStatus is an error too', async () => {
    const r = await run([{ ErrorCode: 50002, ErrorInfo: 'bad' }]).result;
    expect(r.error).toMatchObject({ kind: 'service', code: 50002, page: 1 });
  });

  it('a thrown send (network, CORS): status error with its message', async () => {
    const { result, sendPage } = run([ok([1], 1), new TypeError('Failed to fetch'), ok([3], 3, 1)]);
    const r = await result;
    expect(r.status).toBe('error');
    expect(r.error).toMatchObject({ kind: 'thrown', page: 2, message: 'Failed to fetch' });
    expect(sendPage).toHaveBeenCalledTimes(2);
  });

  it('a StopError (a failed send and its hint) stops with its text, to word in the active language', async () => {
    const text = msg('send.both', {
      a: msg('send.network', { host: 'console.tim.qq.com' }),
      b: msg('send.h.network'),
    });
    const { result } = run([ok([1], 1), new StopError(text)]);
    const r = await result;
    expect(r.error).toMatchObject({ kind: 'thrown', page: 2, message: text });
    expect(en(r.error!.message)).toMatch(
      /^The browser could not reach console\.tim\.qq\.com.* Copy the request/,
    );
    expect(zh(r.error!.message)).toMatch(/^浏览器无法访问 console\.tim\.qq\.com/);
  });

  it('an answer of the wrong shape: status error, malformed', async () => {
    for (const bad of [
      'text',
      null,
      [1, 2],
      { Items: {}, CompleteFlag: 1, NextStartIndex: 0 },
      { Items: [], NextStartIndex: 1 },
      { Items: [], CompleteFlag: '0', NextStartIndex: 1 },
      { Items: [{ id: 1 }], CompleteFlag: 0 },
    ]) {
      const r = await run([bad]).result;
      expect(r.status, JSON.stringify(bad)).toBe('error');
      expect(r.error?.kind, JSON.stringify(bad)).toBe('malformed');
    }
  });

  it('a cursor that is not a uint32: status error, malformed, and the body is never sent', async () => {
    for (const cursor of ['2', -1, 1.5, 4294967296, null]) {
      const { result, sendPage } = run([ok([1], 1), { ...ok([2], 0), NextStartIndex: cursor }]);
      const r = await result;
      expect(r.status, JSON.stringify(cursor)).toBe('error');
      expect(r.error).toMatchObject({ kind: 'malformed', page: 2 });
      expect(en(r.error?.message ?? '')).toMatch(
        /NextStartIndex is .*not a whole number from 0 to 4294967295/,
      );
      expect(r.pages).toHaveLength(2);
      expect(sendPage).toHaveBeenCalledTimes(2);
    }
  });
});

describe('what a client can see of bad paging', () => {
  it('cursors handed back unchanged while CompleteFlag is 0: stuck, after one page', async () => {
    const { result, sendPage } = run([ok([1], 0), ok([1], 0), ok([1], 0)]);
    const r = await result;
    expect(r.status).toBe('stuck');
    expect(r.anomalies).toMatchObject([{ kind: 'cursor-unchanged', page: 1 }]);
    expect(r.pages).toHaveLength(1);
    expect(sendPage).toHaveBeenCalledTimes(1);
  });

  it('cursors going round (0 → 2 → 0): stuck on the repeat', async () => {
    const r = await run([ok([1, 2], 2), ok([3, 4], 0), ok([1, 2], 2)]).result;
    expect(r.status).toBe('stuck');
    expect(r.anomalies.map((a) => a.kind)).toEqual(['cursor-backwards', 'cursor-repeat']);
    expect(r.anomalies[1]?.page).toBe(2);
    expect(r.pages).toHaveLength(2);
  });

  it('a cursor moving against its declared order is flagged, and the run goes on', async () => {
    const r = await run([ok([1], 10), ok([2], 5), ok([3], 20, 1)]).result;
    expect(r.status).toBe('complete');
    expect(r.anomalies).toMatchObject([
      { kind: 'cursor-backwards', page: 2, field: 'NextStartIndex' },
    ]);
  });

  it('an empty page while CompleteFlag is 0 is flagged, and the run goes on', async () => {
    const r = await run([ok([1], 1), ok([], 2), ok([3], 3, 1)]).result;
    expect(r.status).toBe('complete');
    expect(r.anomalies).toMatchObject([{ kind: 'empty-page', page: 2 }]);
    expect(r.items).toHaveLength(2);
  });

  it('duplicates across and within pages, with the page of each sighting', async () => {
    const r = await run([ok([1, 2], 2), ok([3, 3, 4], 5), ok([1, 5], 7, 1)]).result;
    expect(r.status).toBe('complete');
    expect(r.items).toHaveLength(7);
    expect(r.duplicates).toEqual([
      { key: '1', pages: [1, 3] },
      { key: '3', pages: [2, 2] },
    ]);
  });

  it('gives up after maxPages as runaway, saying why', async () => {
    let n = 0;
    const r = await fetchAllPages({
      spec: SPEC,
      firstBody: '{"StartIndex": 0}',
      maxPages: 5,
      now: () => 0,
      sleep: async () => {},
      sendPage: async () => {
        n++;
        return ok([n], n);
      },
    });
    // A limit reached is its own status (issue 14.2): the cursors were not at fault.
    expect(r.status).toBe('limit');
    expect(r.pages).toHaveLength(5);
    expect(r.limit).toMatchObject({ kind: 'max-pages', page: 5 });
    expect(r.anomalies).toEqual([]);
  });
});

describe('the run is bounded (issue 14.2)', () => {
  /** A server whose cursors never reach CompleteFlag 1: fresh items and a fresh cursor every page. */
  function endless(perPage = 100) {
    let n = 0;
    return {
      get calls() {
        return n;
      },
      sendPage: async () => {
        n++;
        const ids = Array.from({ length: perPage }, (_, i) => n * perPage + i);
        return ok(ids, n * perPage);
      },
    };
  }
  const base = { spec: SPEC, firstBody: '{"StartIndex": 0}', now: () => 0, sleep: async () => {} };

  it('a never-ending server stops at the default page limit, keeping every page', async () => {
    const server = endless();
    const r = await fetchAllPages({ ...base, sendPage: server.sendPage });
    expect(r.status).toBe('limit');
    expect(r.limit).toMatchObject({ kind: 'max-pages', page: DEFAULT_MAX_PAGES });
    expect(en(r.limit?.message ?? '')).toMatch(
      /page limit: 200 pages fetched and CompleteFlag is still 0/,
    );
    expect(server.calls).toBe(DEFAULT_MAX_PAGES);
    expect(r.pages).toHaveLength(DEFAULT_MAX_PAGES);
    expect(r.items).toHaveLength(DEFAULT_MAX_PAGES * 100);
  });

  it('stops after the page that reaches the item limit', async () => {
    const server = endless(100);
    const r = await fetchAllPages({ ...base, sendPage: server.sendPage, maxItems: 250 });
    expect(r.status).toBe('limit');
    expect(r.limit).toMatchObject({ kind: 'max-items', page: 3 });
    expect(r.items).toHaveLength(300);
    expect(server.calls).toBe(3);
  });

  it('stops when the memory the run holds passes its budget, estimated from each answer’s size', async () => {
    const server = endless(10);
    const r = await fetchAllPages({
      ...base,
      sendPage: server.sendPage,
      sizeOf: () => 1000,
      memoryBudgetBytes: 10_000,
    });
    // 4 × 1,000 bytes a page (the text and its parse) plus the request: over 10,000 on page 3.
    expect(r.status).toBe('limit');
    expect(r.limit).toMatchObject({ kind: 'memory', page: 3 });
    expect(en(r.limit?.message ?? '')).toMatch(/Stopped to protect the tab/);
    expect(r.estimatedBytes).toBeGreaterThan(10_000);
    expect(r.pages).toHaveLength(3);
  });

  it('estimates the memory from the answers’ JSON when no size is given', async () => {
    const r = await run([ok([1], 1), ok([2], 2, 1)]).result;
    const json = JSON.stringify(ok([1], 1)).length + JSON.stringify(ok([2], 2, 1)).length;
    expect(r.estimatedBytes).toBeGreaterThanOrEqual(MEMORY_PER_ANSWER_BYTE * json);
  });

  it('fresh cursors but nothing new, page after page: stuck without progress', async () => {
    let n = 0;
    const r = await fetchAllPages({
      ...base,
      sendPage: async () => {
        n++;
        return ok([1, 2, 3], n);
      },
    });
    expect(r.status).toBe('stuck');
    expect(r.anomalies.at(-1)).toMatchObject({ kind: 'no-progress', page: 6 });
    expect(r.pages).toHaveLength(1 + MAX_PAGES_WITHOUT_PROGRESS);
  });

  it('limits typed by a person are whole numbers from 1 up to the ceiling', () => {
    expect(clampLimit(undefined, 200, 10_000)).toBe(200);
    expect(clampLimit(Number.NaN, 200, 10_000)).toBe(200);
    expect(clampLimit(0, 200, 10_000)).toBe(1);
    expect(clampLimit(-5, 200, 10_000)).toBe(1);
    expect(clampLimit(12.7, 200, 10_000)).toBe(12);
    expect(clampLimit(1e9, 200, MAX_PAGES_LIMIT)).toBe(MAX_PAGES_LIMIT);
  });
});
