/**
 * Real input, as a person gives it: mouse clicks through @web/test-runner-commands (the
 * browser's own input pipeline, not a synthetic `click()`), on elements scrolled into view.
 */
import { sendMouse } from '@web/test-runner-commands';

/** Two rendering updates of `win`: what it paints by then includes the latest changes. */
export const painted = (win: Window = window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

/**
 * The centre of `target`, in this page's viewport (for a `target` in `frame`, an iframe of it,
 * the frame's place is added), once the scroll that brings it into view has been rendered: one
 * CI run in Firefox hit nothing at a button's centre measured in the same task as the scroll.
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

/** A real mouse click at the centre of `target` (see `centreOf`). */
export async function clickCentre(target: Element, frame?: HTMLIFrameElement): Promise<void> {
  await sendMouse({ type: 'click', position: await centreOf(target, frame) });
}

let frame: HTMLIFrameElement | undefined;

/**
 * Opens `url` in an 800 × 600 frame of the test page (one at a time: the previous one goes) and
 * resolves with it once it has loaded, its scripts run. `closeFrame()` removes it.
 */
export async function openFrame(url: string): Promise<HTMLIFrameElement> {
  closeFrame();
  const opened = (frame = document.createElement('iframe'));
  opened.style.cssText = 'width: 800px; height: 600px; border: 0; display: block';
  const loaded = new Promise((resolve) => opened.addEventListener('load', resolve, { once: true }));
  opened.src = url;
  document.body.append(opened);
  await loaded;
  return opened;
}

export function closeFrame(): void {
  frame?.remove();
  frame = undefined;
}
