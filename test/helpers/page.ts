/**
 * The test page between two tests. Whatever a helper changes on the page (a stub, a listener, the
 * address, the mouse, a frame, an emulated medium, a style) it undoes through `onCleanup`, and
 * the one `afterEach` below runs those undos, last first, after @open-wc/testing has removed the
 * test's fixtures. So no test file needs a hook of its own to leave the page as it found it.
 */
import '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const undos: (() => unknown)[] = [];
const once = new Set<string>();

/** Runs `undo` after this test; with a `key`, only the first undo of that key is kept. */
export function onCleanup(undo: () => unknown, key?: string): void {
  if (key !== undefined) {
    if (once.has(key)) return;
    once.add(key);
  }
  undos.push(undo);
}

afterEach(async () => {
  once.clear();
  const failures: unknown[] = [];
  while (undos.length) {
    try {
      await undos.pop()!();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw new AggregateError(failures, 'cleaning up after the test failed');
});

export type Engine = 'chromium' | 'firefox' | 'webkit';
let asked: Promise<Engine> | undefined;

/** The engine this page runs in (the test server's `engine` command, scripts/wtr-commands.mjs). */
export const engine = (): Promise<Engine> => (asked ??= executeServerCommand<Engine, undefined>('engine'));

/** Adds `node` to the page (to `parent`, by default the body) until the test ends. */
export function place<T extends Element>(node: T, parent: Element = document.body): T {
  parent.append(node);
  onCleanup(() => node.remove());
  return node;
}

/** A <style> of the page, until the test ends. */
export const addStyle = (css: string): HTMLStyleElement =>
  place(Object.assign(document.createElement('style'), { textContent: css }), document.head);

/** Sets an attribute of <html> (`lang`, `style`…) until the test ends. */
export function setPageAttribute(name: string, value: string | null): void {
  const root = document.documentElement;
  const before = root.getAttribute(name);
  onCleanup(() => (before === null ? root.removeAttribute(name) : root.setAttribute(name, before)), `html ${name}`);
  if (value === null) root.removeAttribute(name);
  else root.setAttribute(name, value);
}
