/**
 * Real input, as a person gives it: mouse clicks and key presses through
 * @web/test-runner-commands (the browser's own input pipeline, not a synthetic `click()`), on
 * elements scrolled into view; and pages opened in a frame of the test page.
 */
import { oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LilleNetworks } from '../../src/lille-networks.js';
import { onCleanup } from './page.js';

/** Two rendering updates of `win`: what it paints by then includes the latest changes. */
export const painted = (win: Window = window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

/**
 * The centre of `target`, in this page's viewport (for a `target` in `frame`, an iframe of it,
 * the frame's place is added), once the scroll that brings it into view has been painted: a
 * point measured in the same task as the scroll can miss the target in Firefox.
 */
export async function centreOf(target: Element, frame?: HTMLIFrameElement): Promise<[number, number]> {
  target.scrollIntoView({ block: 'center' });
  await painted(target.ownerDocument.defaultView!);
  const outer = frame?.getBoundingClientRect();
  const inner = target.getBoundingClientRect();
  const x = (outer ? outer.left + frame!.clientLeft : 0) + inner.left + inner.width / 2;
  const y = (outer ? outer.top + frame!.clientTop : 0) + inner.top + inner.height / 2;
  return [Math.round(x), Math.round(y)];
}

/** A real mouse click at `position`; the mouse and the scroll are put back after the test. */
export async function clickAt(position: [number, number]): Promise<void> {
  onCleanup(async () => {
    await resetMouse();
    window.scrollTo(0, 0);
  }, 'mouse');
  await sendMouse({ type: 'click', position });
}

/** A real mouse click at the centre of `target` (see `centreOf`). */
export async function clickCentre(target: Element, frame?: HTMLIFrameElement): Promise<void> {
  await clickAt(await centreOf(target, frame));
}

/** A real click on `target` in `el`, resolved once `el` has reported a toggle and rendered it. */
export async function click(el: LilleNetworks, target: Element): Promise<void> {
  const toggled = oneEvent(el, 'lille-networks-toggle');
  await clickCentre(target);
  await toggled;
  await el.updateComplete;
}

/**
 * A real key press on the focused element, resolved once `el` has reported a toggle and
 * rendered it. The space bar is `' '`: Firefox's WebDriver BiDi keyboard knows no "Space".
 */
export async function press(el: LilleNetworks, key: string): Promise<void> {
  const toggled = oneEvent(el, 'lille-networks-toggle');
  await sendKeys({ press: key });
  await toggled;
  await el.updateComplete;
}

/** A real Tab key press; the focus is taken back after the test. */
export async function tab(): Promise<void> {
  onCleanup(() => (document.activeElement as HTMLElement | null)?.blur?.(), 'focus');
  await sendKeys({ press: 'Tab' });
}

/**
 * Opens `url` in an 800 × 600 frame of the test page and resolves with it once it has loaded,
 * its scripts run. The frame goes when the test ends.
 */
export async function openFrame(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  onCleanup(() => frame.remove());
  await loaded;
  return frame;
}

/** The <lille-networks> of a framed page, once its definition has loaded and it has rendered. */
export async function framedElement(frame: HTMLIFrameElement): Promise<LilleNetworks> {
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('lille-networks');
  const el = win.document.querySelector('lille-networks') as LilleNetworks;
  await el.updateComplete;
  return el;
}
