/**
 * What the browser tests ask the test runner for that @web/test-runner-commands does not give
 * in these engines:
 *
 *   executeServerCommand('engine')      'chromium' | 'firefox' | 'webkit'
 *   executeServerCommand('screenshot')  the viewport as a base64 PNG, as the engine painted it
 *   a11ySnapshot({ interestingOnly })   Chromium's accessibility tree (the others' drivers have
 *                                       none); `false` keeps the headings and regions that
 *                                       puppeteer's default filter drops
 *   setViewport in WebKit               by resizing MiniBrowser's window, no narrower than ~450 px
 *   emulateMedia in Chromium            forcedColors too, and `null` clears a feature (Firefox
 *                                       and WebKit have no media emulation: tests branch on engine)
 *
 * A test file's viewport and media are undone when it ends, since the launchers hand the same
 * page (in WebKit, the same window) to the next file.
 */

/** Per session: the viewport to restore, and Chromium's emulated media. */
const changed = new Map();
const changesOf = (session) => changed.get(session.id) ?? changed.set(session.id, {}).get(session.id);
const engineOf = (session) => session.browser.name.toLowerCase();

async function webkitViewport(driver, { width, height }) {
  const inner = () => driver.execute('return [innerWidth, innerHeight]');
  for (let attempt = 0; attempt < 3; attempt++) {
    const [w, h] = await inner();
    if (w === width && h === height) return true;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(width + outer.width - w, height + outer.height - h);
    await driver.execute('return new Promise((resolve) => requestAnimationFrame(resolve))');
  }
  const [w, h] = await inner();
  if (w !== width || h !== height) throw new Error(`setViewport: ${width}×${height} asked, WebKit's window gave ${w}×${h}`);
  return true;
}

/** Chromium's media through CDP, which takes forced-colors where puppeteer's helper refuses it. */
async function chromiumMedia(page, media, payload) {
  media.cdp ??= await page.createCDPSession();
  media.features ??= {};
  // As in Playwright: what a call leaves out keeps its value, null clears it.
  const names = {
    colorScheme: 'prefers-color-scheme',
    reducedMotion: 'prefers-reduced-motion',
    forcedColors: 'forced-colors',
    contrast: 'prefers-contrast',
  };
  for (const [key, name] of Object.entries(names)) if (payload[key] !== undefined) media.features[name] = payload[key];
  if (payload.media !== undefined) media.type = payload.media;
  const features = Object.entries(media.features).filter(([, value]) => value != null).map(([name, value]) => ({ name, value }));
  await media.cdp.send('Emulation.setEmulatedMedia', { media: media.type ?? '', features });
  return true;
}

async function execute({ command, payload, session }) {
  const { browser } = session;
  const page = browser.type === 'puppeteer' ? browser.getPage(session.id) : undefined;
  switch (command) {
    case 'engine':
      return engineOf(session);
    case 'screenshot':
      return page ? page.screenshot({ encoding: 'base64' }) : browser.driver.takeScreenshot();
    case 'a11y-snapshot':
      if (engineOf(session) !== 'chromium') throw new Error(`a11ySnapshot: ${engineOf(session)} gives no accessibility tree`);
      return page.accessibility.snapshot({ interestingOnly: payload?.interestingOnly !== false });
    case 'set-viewport':
      changesOf(session).viewport ??= page ? (page.viewport() ?? { width: 800, height: 600 }) : await browser.driver.getWindowSize();
      return page ? undefined : webkitViewport(browser.driver, payload);
    case 'emulate-media':
      return engineOf(session) === 'chromium' ? chromiumMedia(page, (changesOf(session).media ??= {}), payload) : undefined;
    default:
      return undefined;
  }
}

/**
 * The runner puts its default command plugins before the config's, and they answer (or throw)
 * for setViewport and emulateMedia: ours answers first by taking the first one's place.
 */
export const commands = {
  name: 'lille-networks-commands',
  serverStart({ config }) {
    const first = config.plugins.find((plugin) => plugin.executeCommand);
    if (first === this || first.executeCommand.wrapped) return;
    const own = first.executeCommand.bind(first);
    first.executeCommand = Object.assign(async (args) => (await execute(args)) ?? own(args), { wrapped: true });
  },
};

/** `launcher`, undoing each test file's viewport and media when the file ends. */
export function resetAfterEachFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    const { viewport, media } = changed.get(id) ?? {};
    changed.delete(id);
    const page = launcher.type === 'puppeteer' && (viewport || media) ? launcher.getPage(id) : undefined;
    const result = await stopSession(id);
    try {
      if (viewport) await (page ? page.setViewport(viewport) : launcher.driver?.setWindowSize(viewport.width, viewport.height));
      if (media?.cdp) await media.cdp.send('Emulation.setEmulatedMedia', { media: '', features: [] });
    } catch (error) {
      console.warn(`Could not undo a test file's viewport or media: ${error.message}`);
    }
    return result;
  };
  return launcher;
}
