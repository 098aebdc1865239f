// The in-page probe, added as an init script so it runs before the app's first line. It watches
// the DOM with a MutationObserver and every animation frame, and records (performance.now(), ms
// since navigation started) when Send can be clicked, when the editor arrives and, after a click
// on "History", when the first entry of the list shows; and every long task (≥ 50 ms). A time is
// that of the DOM change that made the condition true, once the next frame has found the element
// visible.
// Browser code only: installProbe is serialized with toString(), so it must use nothing outside
// itself.

/** One long task (PerformanceObserver 'longtask'). */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the probe saw after a click on the header's "History" button. */
export interface HistoryProbe {
  clickAt: number;
  /** When the first entry row was in the DOM, visible (the mutation, confirmed by the next frame). */
  rowFoundAt: number | null;
  /** The first task after the next frame: the row has been painted. */
  rowShownAt: number | null;
  /** The History view's count line, as shown ("10,000 entries · showing the newest 50"). */
  countText: string | null;
  /** Entry rows rendered (list items holding a button). */
  rows: number;
}

/** Everything the probe recorded; times are performance.now() in the page. */
export interface ProbeState {
  sendAt: number | null;
  editorAt: number | null;
  longTasks: LongTask[];
  history: HistoryProbe | null;
}

declare global {
  interface Window {
    __benchProbe?: ProbeState;
    /** Moves long tasks the observer has not delivered yet into the state. */
    __benchFlush?: () => void;
  }
}

/** Installs the probe in the page (see the file comment). */
export function installProbe(): void {
  const EDITOR = '[data-testid="json-editor"] .monaco-editor';
  const state: ProbeState = { sendAt: null, editorAt: null, longTasks: [], history: null };
  window.__benchProbe = state;

  let observer: PerformanceObserver | null = null;
  const take = (entries: PerformanceEntryList) => {
    for (const e of entries) state.longTasks.push({ start: e.startTime, duration: e.duration });
  };
  try {
    observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the list stays empty.
  }
  window.__benchFlush = () => {
    if (observer) take(observer.takeRecords());
  };

  // Visible as Playwright means it: a non-empty box, and not visibility: hidden. It needs layout,
  // so it runs only in animation frames, where the frame's layout is due anyway: checking in the
  // mutation callback would force a layout inside the app's own task and lengthen it.
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ checkVisibilityCSS: true });
  };
  const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

  const findSend = () => {
    for (const b of document.querySelectorAll('button')) {
      if (!b.disabled && nameOf(b) === 'Send') return b;
    }
    return null;
  };

  // The History view: the region around a "History" heading inside <main> not under [hidden];
  // its entries are list items holding a button (or being one).
  const findRows = () => {
    for (const h of document.querySelectorAll('main :is(h1, h2, h3)')) {
      if (h.textContent?.trim() !== 'History' || h.closest('[hidden]')) continue;
      const view = h.closest('section') ?? h.parentElement;
      if (!view) continue;
      const rows = [...view.querySelectorAll('li, [role="listitem"]')].filter(
        (item) => item.matches('button') || item.querySelector('button') !== null,
      );
      if (rows.length > 0) return { view, rows };
    }
    return null;
  };

  // When a mutation made a figure's condition true (short of the visibility check): the time
  // recorded once the next frame finds the element visible.
  let sendSeen: number | null = null;
  let rowsSeen: number | null = null;

  const onMutation = () => {
    const now = performance.now();
    if (state.sendAt === null && sendSeen === null && findSend()) sendSeen = now;
    if (state.editorAt === null && document.querySelector(EDITOR)) state.editorAt = now;
    const h = state.history;
    if (h && h.rowFoundAt === null && rowsSeen === null && findRows()) rowsSeen = now;
  };

  const afterNextPaint = (record: () => void) => {
    // Called in an animation frame: a message posted now is handled after this frame's paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = record;
    channel.port2.postMessage(null);
  };

  const onFrame = () => {
    const now = performance.now();
    if (state.sendAt === null) {
      const send = findSend();
      if (send && shown(send)) state.sendAt = sendSeen ?? now;
      else sendSeen = null;
    }
    if (state.editorAt === null && document.querySelector(EDITOR)) state.editorAt = now;
    const h = state.history;
    if (h && h.rowFoundAt === null) {
      const found = findRows();
      const first = found?.rows[0];
      if (found && first && shown(first)) {
        h.rowFoundAt = rowsSeen ?? now;
        h.rows = found.rows.length;
        const count =
          found.view.querySelector('[data-testid="history-count"]')?.textContent ??
          /\d[\d,. ]*\s+entr(?:y|ies)[^\n]*/.exec(found.view.textContent ?? '')?.[0] ??
          null;
        h.countText = count === null ? null : count.replace(/\s+/g, ' ').trim();
        afterNextPaint(() => {
          h.rowShownAt = performance.now();
        });
      } else {
        rowsSeen = null;
      }
    }
  };

  const waiting = () =>
    state.sendAt === null ||
    state.editorAt === null ||
    (state.history !== null && state.history.rowFoundAt === null);

  let framing = false;
  const frame = () => {
    onFrame();
    framing = waiting();
    if (framing) requestAnimationFrame(frame);
  };
  const startFrames = () => {
    if (!framing) {
      framing = true;
      requestAnimationFrame(frame);
    }
  };

  new MutationObserver(() => {
    if (waiting()) onMutation();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'class', 'style', 'aria-hidden'],
  });
  startFrames();

  // A click on a button named "History" (the header's) starts the history measurement, in the
  // capture phase: before the app's own handler runs.
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || nameOf(button) !== 'History') return;
      if (state.history !== null) return;
      state.history = {
        clickAt: performance.now(),
        rowFoundAt: null,
        rowShownAt: null,
        countText: null,
        rows: 0,
      };
      startFrames();
    },
    { capture: true },
  );
}
