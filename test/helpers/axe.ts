/**
 * axe-core through @open-wc/testing's chai plugin, on what a person reads: once the element's
 * animations (a panel's opening fade) are done, so that colour contrast is not measured on a
 * frame in the middle of a fade.
 */
import { expect } from '@open-wc/testing';
import type { LilleNetworks } from '../../src/lille-networks.js';

/** Expects no axe violation in `container` (an element, or a page part holding some). */
export async function expectAccessible(container: LilleNetworks | HTMLElement): Promise<void> {
  const elements = [container, ...container.querySelectorAll('lille-networks')].filter((el) => el.shadowRoot);
  await Promise.all(elements.flatMap((el) => el.shadowRoot!.getAnimations()).map((animation) => animation.finished));
  await expect(container).to.be.accessible();
}
