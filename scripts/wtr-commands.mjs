/**
 * Test-runner commands for web-test-runner.config.mjs: an `engine` command, and fixes to
 * @web/test-runner-commands so that each command either works in an engine or fails with a
 * message that says why. Verified on Chromium 156, Firefox ESR 153, WebKitGTK 2.50:
 *
 *   command                     chromium  firefox  webkit
 *   sendKeys press / type       yes       yes      yes  (Firefox: "Space" mapped to ' ' here)
 *   sendKeys down / up          yes       yes      yes (added here: WebDriver key actions)
 *   sendMouse, resetMouse       yes       yes      yes
 *   setViewport                 yes       yes      yes, width >= ~450 px (added here: window
 *                                                  size; MiniBrowser's window is no narrower)
 *   emulateMedia colorScheme,   yes       NO       NO   (they throw: neither WebDriver BiDi
 *     reducedMotion, media                                nor classic WebDriver emulates media)
 *   emulateMedia forcedColors,  yes       NO       NO   (Chromium: added here, through CDP;
 *     contrast                                            forced colors really render)
 *   setUserAgent                yes       yes      NO
 *   executeServerCommand('engine')  'chromium' | 'firefox' | 'webkit'
 *   executeServerCommand('screenshot')  yes   yes      yes  (added here: the viewport as a
 *                                                  base64 PNG, for tests that look at pixels)
 *
 * Viewport and media emulation are undone when a test file ends: the launchers reuse one
 * page (one window, in WebKit) for the next file, which would otherwise inherit them.
 */
import { Key } from 'webdriverio';

/** launcher -> 'chromium' | 'firefox' | 'webkit' */
export const engineOf = new WeakMap();

/**
 * Per launcher, per session id: what a test file changed, to undo when it ends:
 * `{ viewport?: the size before, media?: true }`.
 */
const dirty = new WeakMap();
const changes = (session) => {
  let byId = dirty.get(session.browser);
  if (!byId) dirty.set(session.browser, (byId = new Map()));
  if (!byId.has(session.id)) byId.set(session.id, {});
  return byId.get(session.id);
};

const unsupported = (engine, command, why) =>
  new Error(
    `${command} is not available in ${engine}: ${why}. ` +
      "Branch on `await executeServerCommand('engine')` in the test.",
  );

/**
 * `executeServerCommand('engine')` answers 'chromium', 'firefox' or 'webkit';
 * `executeServerCommand('screenshot')` answers the viewport as a base64 PNG, what the engine
 * really painted (puppeteer for Chromium and Firefox, WebDriver's Take Screenshot for WebKit).
 */
export const engineCommand = {
  name: 'lille-engine-command',
  executeCommand({ command, session }) {
    if (command === 'engine') return engineOf.get(session.browser) ?? session.browser.name;
    if (command === 'screenshot') {
      if (session.browser.type === 'webdriver') return session.browser.driver.takeScreenshot();
      return session.browser.getPage(session.id).screenshot({ encoding: 'base64' });
    }
    return undefined;
  },
};

// ---- WebKit (classic WebDriver) ---------------------------------------------------------------

async function webdriverViewport(session, { width, height }) {
  const driver = session.browser.driver;
  if (!driver) throw new Error('WebDriver session is not started');
  const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  const changed = changes(session);
  changed.viewport ??= await driver.getWindowSize(); // the window's size, restored at the end
  let [iw, ih] = await inner();
  for (let attempt = 0; attempt < 3 && (iw !== width || ih !== height); attempt++) {
    const { width: ow, height: oh } = await driver.getWindowSize();
    await driver.setWindowSize(width + (ow - iw), height + (oh - ih));
    await driver.execute('return new Promise(r => requestAnimationFrame(() => r()))');
    [iw, ih] = await inner();
  }
  if (iw !== width || ih !== height) {
    throw new Error(
      `setViewport: asked for ${width}×${height}, WebKit's window gave ${iw}×${ih} ` +
        '(MiniBrowser windows are no narrower than about 450 px)',
    );
  }
  return true;
}

async function webdriverKey(session, type, key) {
  const driver = session.browser.driver;
  if (!driver) throw new Error('WebDriver session is not started');
  const value = Key[key] ?? key; // 'Shift' -> '\uE008', 'a' -> 'a'
  // One named key source for down and up, so that `up` releases what `down` pressed (a new
  // source per call would never release it; modifiers held in it still apply to `press`).
  const action = driver.action('key', { id: 'lille-keyboard' });
  if (type === 'down') action.down(value);
  else action.up(value);
  await action.perform(true); // keep the key pressed across commands
  return true;
}

// ---- Chromium / Firefox (puppeteer) -----------------------------------------------------------

/** Chromium: emulated media per page, through a CDP session of our own (see below). */
const emulated = new WeakMap(); // page -> { client, media, features: Map }

async function chromiumEmulateMedia(page, payload) {
  let state = emulated.get(page);
  if (!state) {
    // puppeteer's emulateMediaFeatures refuses `forced-colors`; CDP itself takes it.
    state = { client: await page.createCDPSession(), media: '', features: new Map() };
    emulated.set(page, state);
  }
  const set = (name, value) => {
    if (value === null || value === 'no-override') state.features.delete(name);
    else if (value != null) state.features.set(name, value);
  };
  // Like Playwright: what a call leaves out keeps its earlier value; null clears it.
  set('prefers-color-scheme', payload.colorScheme);
  set('prefers-reduced-motion', payload.reducedMotion);
  set('forced-colors', payload.forcedColors);
  set('prefers-contrast', payload.contrast);
  if (payload.media !== undefined) state.media = payload.media ?? '';
  await state.client.send('Emulation.setEmulatedMedia', {
    media: state.media,
    features: [...state.features].map(([name, value]) => ({ name, value })),
  });
  return true;
}

async function chromiumResetMedia(page) {
  const state = emulated.get(page);
  if (!state) return;
  state.media = '';
  state.features.clear();
  await state.client.send('Emulation.setEmulatedMedia', { media: '', features: [] });
}

async function puppeteerEmulateMedia(session, engine, payload) {
  if (engine !== 'chromium') {
    throw unsupported(engine, 'emulateMedia', 'WebDriver BiDi has no media emulation');
  }
  changes(session).media = true;
  return chromiumEmulateMedia(session.browser.getPage(session.id), payload);
}

/**
 * The default command plugins run before any of the config's, and they throw for WebDriver
 * and Firefox. This plugin wraps them in place when the server starts (the plugin objects are
 * shared with the command dispatcher).
 */
export const commandFixes = {
  name: 'lille-command-fixes',
  serverStart({ config }) {
    const wrap = (name, handler) => {
      const plugin = config.plugins.find((p) => p.name === name);
      if (!plugin || plugin.__lilleWrapped) return;
      const original = plugin.executeCommand.bind(plugin);
      plugin.__lilleWrapped = true;
      plugin.executeCommand = async (args) => {
        const result = await handler(args, engineOf.get(args.session?.browser), original);
        return result === undefined ? original(args) : result;
      };
    };

    wrap('set-viewport-command', ({ command, payload, session }) => {
      if (command !== 'set-viewport') return undefined;
      if (session.browser.type === 'webdriver') return webdriverViewport(session, payload ?? {});
      if (session.browser.type === 'puppeteer') {
        const changed = changes(session);
        changed.viewport ??= session.browser.getPage(session.id).viewport() ?? { width: 800, height: 600 };
      }
      return undefined;
    });

    wrap('emulate-media-command', ({ command, payload, session }, engine) => {
      if (command !== 'emulate-media') return undefined;
      if (session.browser.type === 'webdriver') {
        throw unsupported(engine, 'emulateMedia', 'WebDriver has no media emulation');
      }
      if (session.browser.type === 'puppeteer') return puppeteerEmulateMedia(session, engine, payload ?? {});
      return undefined;
    });

    wrap('send-keys-command', (args, engine, original) => {
      const { command, payload, session } = args;
      if (command !== 'send-keys' || !payload) return undefined;
      if (session.browser.type === 'webdriver') {
        if (typeof payload.down === 'string') return webdriverKey(session, 'down', payload.down);
        if (typeof payload.up === 'string') return webdriverKey(session, 'up', payload.up);
        return undefined;
      }
      // puppeteer's WebDriver BiDi keyboard (Firefox) knows no "Space" key name: it is ' '.
      const kind = ['press', 'down', 'up'].find((k) => payload[k] === 'Space');
      if (engine === 'firefox' && kind) return original({ ...args, payload: { [kind]: ' ' } });
      return undefined;
    });

    wrap('set-user-agent-command', async ({ command, session }, engine) => {
      if (command !== 'set-user-agent') return undefined;
      if (session.browser.type === 'webdriver') {
        throw unsupported(engine, 'setUserAgent', 'WebDriver cannot change it');
      }
      if (session.browser.type === 'puppeteer') {
        const changed = changes(session);
        const page = session.browser.getPage(session.id);
        changed.userAgent ??= await page.browser().userAgent(); // restored at the end
      }
      return undefined;
    });
  },
};

/**
 * Undoes a test file's viewport and media emulation when it ends, since the launcher hands the
 * same page (WebKit: the same window) to the next test file.
 */
export function resetEmulationAfterEachFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const changed = dirty.get(launcher)?.get(sessionId);
    dirty.get(launcher)?.delete(sessionId);
    const page = changed && launcher.type === 'puppeteer' ? launcher.getPage(sessionId) : undefined;
    const result = await stopSession(sessionId);
    if (!changed) return result;
    try {
      if (launcher.type === 'puppeteer') {
        if (changed.viewport) await page.setViewport(changed.viewport);
        if (changed.media) await chromiumResetMedia(page);
        if (changed.userAgent) await page.setUserAgent(changed.userAgent);
      } else if (launcher.type === 'webdriver' && changed.viewport && launcher.driver) {
        await launcher.driver.setWindowSize(changed.viewport.width, changed.viewport.height);
      }
    } catch (error) {
      console.warn(`Could not undo a test file's emulation: ${error.message}`);
    }
    return result;
  };
  return launcher;
}
