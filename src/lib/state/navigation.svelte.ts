// Taking the person to a control: the one an explanation points at ("Check the secret key"),
// the ways around a direct send the browser could not make, where the focus goes after a view
// changes under it, and the answer brought into view after a send (the panes stack on a narrow
// screen). Keyed by what the control is for, never by a DOM id: a control
// registers itself with an attachment (`{@attach navigation.target('key')}`) and whoever wants
// to go there calls `focus('key')`. What an explanation's offers do (`go`, `prepare`) is in
// navigation-actions.ts, with the parts that offer them, all loaded after the first paint.
import type { View } from './context';
import { Workbench } from './workbench.svelte';
import type { Workspace } from './workspace.svelte';

/** The controls the page can take the person to. */
export type NavTarget =
  | 'region'
  | 'key'
  | 'identifier'
  | 'sdkappid'
  | 'body'
  | 'proxy'
  | 'find-region'
  | 'code'
  | 'send'
  | 'editor'
  | 'response'
  | 'inspect-input'
  | 'history-search';

/** What a registered control does when it is gone to: an element, or a stand-in for one. */
export interface Focusable {
  focus(): void;
  scrollIntoView?(options?: ScrollIntoViewOptions): void;
}

// The view each control lives in, where it is not the builder (every other control is there).
const VIEW_OF: Readonly<Partial<Record<NavTarget, View>>> = {
  'inspect-input': 'inspect',
  'history-search': 'history',
};
const viewOf = (target: NavTarget): View => VIEW_OF[target] ?? 'builder';

// The controls that live in the connection details, which open to show them.
const IN_DETAILS: ReadonlySet<NavTarget> = new Set(['key', 'proxy']);

/** The world navigation touches; the default waits for the next frame. */
export interface NavigationWorld {
  nextFrame?: (fn: () => void) => unknown;
  /** The body of the request the last answer was for (what 50001's account_import imports). */
  answeredBody?: () => string | null;
  /** The panels that open to show a control (the connection details); by default its own. */
  workbench?: Workbench;
}

/** Where the page can take the person, and the verbs that take them there. */
export class Navigation {
  /** The builder, which an offer may change (navigation-actions.ts). */
  readonly ws: Workspace;
  /** The view shown. */
  readonly view: { current: View };
  /** The body of the request the last answer was for. */
  readonly answeredBody: () => string | null;
  #nextFrame: (fn: () => void) => unknown;
  /** Per target, its mounted controls (not state: nothing renders from it); the last is gone to. */
  #targets: Partial<Record<NavTarget, Focusable[]>> = {};
  /**
   * A control gone to before it was mounted (the connection details load on demand): it is
   * reached when it registers, unless the person has gone somewhere else since.
   */
  #pending: { target: NavTarget; scroll: boolean } | null = null;
  /** The workbench's panels, opened to show the control gone to. */
  readonly workbench: Workbench;

  constructor(
    ws: Workspace,
    view: { current: View },
    {
      nextFrame = (fn) => globalThis.requestAnimationFrame(fn),
      answeredBody = () => null,
      workbench = new Workbench(ws.target),
    }: NavigationWorld = {},
  ) {
    this.ws = ws;
    this.view = view;
    this.#nextFrame = nextFrame;
    this.answeredBody = answeredBody;
    this.workbench = workbench;
  }

  /** The attachment that makes its element the control for `target` while it is mounted. */
  target(target: NavTarget): (control: Focusable) => () => void {
    return (control) => {
      const list = (this.#targets[target] ??= []);
      list.push(control);
      const pending = this.#pending;
      if (pending?.target === target) {
        this.#pending = null;
        this.#nextFrame(() => this.#arrive(control, pending.scroll));
      }
      return () => {
        const at = list.lastIndexOf(control);
        if (at >= 0) list.splice(at, 1);
      };
    };
  }

  /** Moves the focus to a control (after a view change, a load or a deletion), showing its view. */
  focus(target: NavTarget): void {
    this.reach(target, false);
  }

  /**
   * Brings a control into view without moving the focus, when its view is the one shown: after
   * a send, the answer (beside the request on a wide screen, below it on a narrow one).
   */
  show(target: NavTarget): void {
    if (this.view.current !== viewOf(target)) return;
    this.#nextFrame(() => this.#targets[target]?.at(-1)?.scrollIntoView?.({ block: 'start' }));
  }

  /** Shows the control's view and moves the focus to it, scrolled to the middle when `scroll`. */
  reach(target: NavTarget, scroll: boolean): void {
    this.view.current = viewOf(target);
    if (IN_DETAILS.has(target)) this.workbench.setDetails(true);
    this.#pending = null;
    // The control may render (or be shown) only after this state change: wait a frame.
    this.#nextFrame(() => {
      const control = this.#targets[target]?.at(-1);
      if (control) this.#arrive(control, scroll);
      else this.#pending = { target, scroll };
    });
  }

  #arrive(control: Focusable, scroll: boolean): void {
    if (scroll) control.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    control.focus();
  }
}
