// One small adapter over three browser engines, so that a journey through the app is written
// once and runs in each (tests/e2e/engines.test.mjs):
//
// - Chromium (Debian's) through playwright-core;
// - Firefox ESR (Debian's) through puppeteer-core over WebDriver BiDi;
// - WebKit (WebKitGTK's MiniBrowser, Safari's engine) through selenium-webdriver against
//   WebKitGTK's own WebDriver server, in an X server of its own (Xvfb).
//
// No browser is ever downloaded. Elements are found as a screen-reader user finds them: by role
// and accessible name, one step per scope (Playwright's getByRole in Chromium, testing-library's
// getByRole, served into the page by the test server, in the other two). Every tab records its
// page errors — uncaught errors, unhandled rejections, console errors, CSP violations — from
// the page itself (tests/e2e/engines/instrument.js), and the engine's own reports where its
// driver has them; `close()` fails on any.
//
// What a driver cannot do is said, not skipped in silence: `engine.limits` lists it, and the
// journeys print it.
import { spawn, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { chromiumPath, flags, freePort } from '../support.mjs';

export const ENGINES = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const FIREFOX = '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** MiniBrowser's window is never narrower than this (its toolbar). */
const WEBKIT_MIN_WIDTH = 447;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A step of a path: [role, name] or [role, name, { first: true }]; a RegExp name matches part. */
function steps(path) {
  return path.map(([role, name, options = {}]) => ({
    role,
    name: name instanceof RegExp ? { source: name.source, flags: name.flags } : name,
    ...options,
  }));
}

/** Scrolls an element to the middle of the view and resolves once it stands still: rows off
 *  screen are laid out with an estimated height (`content-visibility: auto`) until they come into
 *  view, so an element moves once more after the scroll. A person, too, taps once it is still. */
const SETTLE = `
  const element = arguments[0];
  const done = arguments[arguments.length - 1];
  element.scrollIntoView({ block: 'center' });
  let last = null;
  let still = 0;
  const look = () => {
    const box = JSON.stringify(element.getBoundingClientRect());
    still = box === last ? still + 1 : 0;
    last = box;
    if (still >= 2) done(true); else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);`;

const describe = (path) => path.map(([role, name]) => `${role} “${name}”`).join(' › ');

async function poll(check, what, timeout = 15000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) { last = error; }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** `promise`, or an error once `ms` have passed without it settling. */
export function limited(ms, what, promise) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(Object.assign(new Error(`no answer within ${ms / 1000} s: ${what}`), { late: true })), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The part of a tab that is the same in every engine: waiting, finding by path, problems. */
class Tab {
  constructor(engine, server) {
    this.engine = engine;
    this.server = server;
    this.seen = server.problems.length;
    this.native = [];
    this.expected = [];
  }

  /** Waits until the app has taken over the page. */
  async ready() {
    // 30 s, as for the page's instrumentation: WebKit on a loaded machine (a full run) was seen
    // taking over 15 s to start the app after a reload.
    await poll(() => this.eval(() => document.documentElement.dataset.app === 'ready'), 'the app to be ready', 30000);
  }

  /** Waits until `fn` (run in the page) returns something truthy; returns it. */
  async until(fn, what, ...args) {
    return poll(() => this.eval(fn, ...args), what ?? String(fn));
  }

  /** Waits until a live region (role status or alert) says `said` (a string or a RegExp). */
  async says(said) {
    const pattern = said instanceof RegExp ? { source: said.source, flags: said.flags } : { source: `^${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' };
    await poll(() => this.eval((p) => [...document.querySelectorAll('[role=status], [role=alert]')]
      .some((e) => new RegExp(p.source, p.flags).test(e.textContent.trim())), pattern), `a status saying ${said}`);
  }

  async waitFor(...path) {
    await poll(() => this.exists(path), describe(path));
  }

  /** Says that a page error matching `pattern` belongs to the journey. */
  expect(pattern) { this.expected.push(pattern); }

  /** The page errors so far that nobody expected. */
  problems() {
    const recorded = this.server.problems.slice(this.seen).map((p) => `${p.kind}: ${p.text} (${p.url})`);
    return [...recorded, ...this.native].filter((p) => !this.expected.some((e) => e.test(p)));
  }

  async close() {
    // Reports travel by beacon: give the last ones a moment.
    await sleep(150);
    await this.quit();
    const problems = this.problems();
    if (problems.length) throw new Error(`errors in the page (${this.engine.name}):\n${problems.join('\n')}`);
  }
}

// ---- Chromium: playwright-core -----------------------------------------------------------------

class ChromiumTab extends Tab {
  static async open(engine, server, { width, height, phone }) {
    const tab = new ChromiumTab(engine, server);
    tab.context = await engine.browser.newContext({
      viewport: { width, height }, reducedMotion: 'reduce',
      ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    tab.page = await tab.context.newPage();
    tab.page.on('pageerror', (error) => tab.native.push(`uncaught: ${error.message}`));
    tab.page.on('console', (m) => { if (m.type() === 'error') tab.native.push(`console error: ${m.text()}`); });
    tab.frames = [];
    return tab;
  }

  where() { return this.frames.at(-1) ?? this.page.mainFrame(); }
  async goto(url) { this.frames = []; await this.page.goto(url); }
  async reload() { this.frames = []; await this.page.reload(); }
  async eval(fn, ...args) { return this.where().evaluate(([source, list]) => (0, eval)(`(${source})`)(...list), [fn.toString(), args]); }
  /** Runs a script's text in the page, as the driver's own code (no CSP applies to it). */
  async inject(source) { await this.where().evaluate(source); }
  locate(path) {
    let at = this.where();
    for (const [role, name, options = {}] of path) {
      at = at.getByRole(role, name === undefined ? {} : { name, exact: typeof name === 'string' });
      if (options.first) at = at.first();
    }
    return at;
  }
  async exists(path) { return (await this.locate(path).count()) > 0; }
  async count(...path) { return this.locate(path).count(); }
  async click(...path) { await this.locate(path).click(); }
  async fill(text, ...path) { await this.locate(path).fill(text); }
  async select(label, ...path) { await this.locate(path).selectOption({ label }); }
  async checked(...path) { return this.locate(path).isChecked(); }
  async value(...path) { return this.locate(path).inputValue(); }
  async upload(file, ...path) { await this.where().locator('input[type=file]').setInputFiles(file); }
  async enter(selector) {
    const frame = await (await this.where().locator(selector).elementHandle()).contentFrame();
    this.frames.push(frame);
  }
  leave() { this.frames.pop(); }
  async clipboard() {
    await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(this.where().url()).origin });
    return this.where().evaluate(() => navigator.clipboard.readText());
  }
  async allowClipboard(origin) { await this.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }); }
  async pdf(format) { return this.page.pdf({ format, printBackground: true }); }
  async screenshot(path) { await this.page.screenshot({ path }); }
  async quit() { await this.context.close(); }
}

// ---- Firefox: puppeteer-core over WebDriver BiDi -----------------------------------------------

class FirefoxTab extends Tab {
  static async open(engine, server, { width, height }) {
    const tab = new FirefoxTab(engine, server);
    tab.context = await engine.browser.createBrowserContext();
    tab.page = await tab.context.newPage();
    await tab.page.setViewport({ width, height });
    // What the browser reports while the page is being left (a fetch the navigation cancelled)
    // is of a page no one sees any more, as in instrument.js.
    const heard = (text) => { if (!tab.navigating) tab.native.push(text); };
    tab.page.on('pageerror', (error) => heard(`uncaught: ${error.message}`));
    tab.page.on('console', (m) => { if (m.type() === 'error') heard(`console error: ${m.text()}`); });
    tab.frames = [];
    return tab;
  }

  where() { return this.frames.at(-1) ?? this.page.mainFrame(); }
  async navigate(go) {
    this.frames = [];
    this.navigating = true;
    try { await go(); } finally { this.navigating = false; }
  }
  async goto(url) { await this.navigate(() => this.page.goto(url)); }
  async reload() { await this.navigate(() => this.page.reload()); }
  async eval(fn, ...args) { return this.where().evaluate(([source, list]) => (0, eval)(`(${source})`)(...list), [fn.toString(), args]); }
  async inject(source) { await this.where().evaluate(source); }
  async handle(path) {
    await poll(() => this.where().evaluate(() => typeof window.__find === 'function'), 'the page to be instrumented');
    const handle = await this.where().evaluateHandle((p) => window.__find(p), steps(path));
    const element = handle.asElement();
    if (!element) { await handle.dispose(); return null; }
    return element;
  }
  /** The element at `path`, waited for (as Playwright's locators wait). */
  async must(path) {
    return poll(() => this.handle(path), describe(path));
  }
  async exists(path) { return (await this.handle(path)) !== null; }
  async count(...path) {
    return this.where().evaluate((p) => window.__find(p, true)?.length ?? 0, steps(path));
  }
  async settled(path) {
    const element = await this.must(path);
    // SETTLE's steps (WebDriver runs a script's text; puppeteer a function).
    await element.evaluate((e) => new Promise((ok) => {
      e.scrollIntoView({ block: 'center' });
      let last = null;
      let still = 0;
      const look = () => {
        const box = JSON.stringify(e.getBoundingClientRect());
        still = box === last ? still + 1 : 0;
        last = box;
        if (still >= 2) ok(); else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }));
    return element;
  }
  async click(...path) { await (await this.settled(path)).click(); }
  async fill(text, ...path) {
    const element = await this.settled(path);
    await element.evaluate((e) => { e.value = ''; });
    await element.type(text);
  }
  async select(label, ...path) {
    const element = await this.must(path);
    const value = await element.evaluate((e, l) => [...e.options].find((o) => o.textContent.trim() === l)?.value, label);
    if (value === undefined) throw new Error(`no option “${label}” in ${describe(path)}`);
    await element.select(value);
  }
  async checked(...path) { return (await this.must(path)).evaluate((e) => e.checked); }
  async value(...path) { return (await this.must(path)).evaluate((e) => e.value); }
  async upload(file) { await (await this.where().$('input[type=file]')).uploadFile(file); }
  async enter(selector) {
    const frame = await (await this.where().$(selector)).contentFrame();
    this.frames.push(frame);
  }
  leave() { this.frames.pop(); }
  async clipboard() { return this.where().evaluate(() => navigator.clipboard.readText()); }
  async allowClipboard() {}
  async pdf(format) { return Buffer.from(await this.page.pdf({ format, printBackground: true })); }
  async screenshot(path) { await this.page.screenshot({ path }); }
  async quit() { await this.context.close(); }
}

// ---- WebKit: selenium-webdriver against WebKitWebDriver -----------------------------------------

class WebKitTab extends Tab {
  static async open(engine, server, { width, height }) {
    const tab = new WebKitTab(engine, server);
    // WebKitWebDriver runs one session at a time: a server of its own for each tab.
    const port = await freePort();
    tab.webdriver = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: engine.display }, stdio: 'ignore' });
    const driverUrl = `http://127.0.0.1:${port}`;
    await poll(async () => (await fetch(`${driverUrl}/status`)).ok, 'WebKitWebDriver');
    // Within a time limit: a MiniBrowser that cannot start (no X server) leaves the session's
    // request unanswered for ever.
    tab.driver = await limited(60000, 'MiniBrowser to start', new Builder().usingServer(driverUrl).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build()).catch((error) => { tab.kill(); throw error; });
    // Selenium waits 300 s for a page by default: a page that hangs fails the test sooner.
    await tab.driver.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
    // Below MiniBrowser's narrowest window, the app runs in a frame of the phone's size on a page
    // of the same origin: the same layout, media queries and storage as a phone of that width.
    tab.phone = width < WEBKIT_MIN_WIDTH ? { width, height } : null;
    await tab.driver.manage().window().setRect({ x: 0, y: 0, width: Math.max(width, WEBKIT_MIN_WIDTH), height });
    if (!tab.phone) {
      await tab.driver.get('about:blank');
      // Asked again while the new window is still settling (its first script can fail, seen
      // once in about a hundred tabs).
      const [innerWidth, innerHeight] = await poll(() => tab.driver.executeScript('return [innerWidth, innerHeight]'), "the window's size");
      await tab.driver.manage().window().setRect({ x: 0, y: 0, width: width + (width - innerWidth), height: height + (height - innerHeight) });
    }
    tab.depth = 0;
    return tab;
  }

  async top() {
    await this.driver.switchTo().defaultContent();
    if (this.phone) {
      await poll(async () => (await this.driver.findElements(By.css('#phone'))).length > 0, 'the phone frame');
      await this.driver.switchTo().frame(await this.driver.findElement(By.css('#phone')));
    }
    this.depth = 0;
  }
  async goto(url) {
    if (this.phone) {
      const wrapper = new URL('/__test/phone.html', url);
      wrapper.search = new URLSearchParams({ src: url, width: this.phone.width, height: this.phone.height });
      await this.driver.get(wrapper.href);
    } else {
      await this.driver.get(url);
    }
    await this.top();
  }
  async reload() {
    if (this.phone) {
      // A phone reloads the app's own page (at the address it moved to), not the frame around
      // it, whose src is still the first address.
      await this.top();
      await this.driver.executeScript('window.__reloading = true; setTimeout(() => location.reload());');
      await poll(async () => {
        try {
          await this.top();
          return await this.driver.executeScript('return !window.__reloading && document.readyState !== "loading";');
        } catch { return false; }
      }, 'the app reloaded in the phone frame');
      return;
    }
    await this.driver.switchTo().defaultContent();
    await this.driver.navigate().refresh();
    await this.top();
  }
  async eval(fn, ...args) {
    const result = await this.driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve().then(() => (${fn.toString()}).apply(null, args))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.message || error) }));`, ...args);
    if (result && 'error' in result) throw new Error(result.error);
    return result?.value;
  }
  async inject(source) { await this.driver.executeScript(`${source};\nreturn true;`); }
  async handle(path) {
    // 30 s: a MiniBrowser page on a loaded machine was seen taking over 15 s to get there.
    await poll(() => this.driver.executeScript('return typeof window.__find === "function"'), 'the page to be instrumented', 30000);
    return this.driver.executeScript('return window.__find(arguments[0])', steps(path));
  }
  /** The element at `path`, waited for (as Playwright's locators wait). */
  async must(path) {
    // 30 s, as Playwright's actions wait: WebKit on a loaded machine (a full run) was seen
    // taking over 15 s to draw a view whose code loads later.
    return poll(() => this.handle(path), describe(path), 30000);
  }
  async exists(path) { return (await this.handle(path)) !== null; }
  async count(...path) { return this.driver.executeScript('return (window.__find(arguments[0], true) || []).length', steps(path)); }
  async settled(path) {
    const element = await this.must(path);
    await this.driver.executeAsyncScript(SETTLE, element);
    return element;
  }
  async click(...path) { await this.actionable(path, (element) => element.click()); }
  async fill(text, ...path) {
    await this.actionable(path, async (element) => {
      await element.clear();
      await element.sendKeys(text);
    });
  }
  /** Does `action` on the element at `path` once it takes input, as Playwright's actions wait
   * for an element to be visible, still and not covered. WebKitWebDriver refuses an element
   * that something covers at that moment (seen once in a full run: the note of a row, under
   * load); it is looked up again and tried until the usual time limit, and a refusal that lasts
   * says what covers the element. */
  async actionable(path, action) {
    const end = Date.now() + 15000;
    for (;;) {
      const element = await this.settled(path);
      try {
        return await action(element);
      } catch (error) {
        const refused = ['ElementNotInteractableError', 'ElementClickInterceptedError', 'StaleElementReferenceError'];
        if (!refused.includes(error?.name)) throw error;
        if (Date.now() > end) {
          const cover = await this.driver.executeScript(`
            const box = arguments[0].getBoundingClientRect();
            const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return top ? top.outerHTML.slice(0, 200) : 'nothing (outside the window)';`, element).catch(() => 'unknown');
          error.message = `${describe(path)} took no input for 15 s; at its centre: ${cover}. ${error.message}`;
          throw error;
        }
        await sleep(200);
      }
    }
  }
  async select(label, ...path) {
    const element = await this.must(path);
    const option = await this.driver.executeScript('return [...arguments[0].options].find((o) => o.textContent.trim() === arguments[1]) || null', element, label);
    if (!option) throw new Error(`no option “${label}” in ${describe(path)}`);
    await option.click();
  }
  async checked(...path) { return (await this.must(path)).isSelected(); }
  async value(...path) { return this.driver.executeScript('return arguments[0].value', await this.must(path)); }
  async upload(file) { await (await this.driver.findElement(By.css('input[type=file]'))).sendKeys(file); }
  async enter(selector) {
    await this.driver.switchTo().frame(await this.driver.findElement(By.css(selector)));
    this.depth++;
  }
  async leave() {
    await this.driver.switchTo().parentFrame();
    this.depth--;
  }
  async clipboard() {
    // WebKitGTK writes to the X server's clipboard, which xclip reads back.
    // Within a time limit: xclip waits for the clipboard's owner, and would block the whole run.
    return execFileSync('xclip', ['-o', '-selection', 'clipboard'], { env: { ...process.env, DISPLAY: this.engine.display }, timeout: 10000 }).toString();
  }
  async allowClipboard() {}
  async pdf() { return null; }
  async screenshot(path) { await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), 'base64')); }
  async quit() {
    try { await this.driver.quit(); } finally { this.kill(); }
  }
  /** Ends the tab's WebKitWebDriver (and with it its MiniBrowser) whether or not it answers. */
  kill() { this.webdriver.kill('SIGKILL'); }
}

/** An X server of its own, for WebKit's window and its clipboard. */
async function startXvfb() {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  let late;
  const display = await new Promise((ok, fail) => {
    let text = '';
    child.stdio[3].on('data', (chunk) => { text += chunk; if (text.includes('\n')) ok(`:${text.trim()}`); });
    child.on('exit', (code) => fail(new Error(`Xvfb stopped (${code})`)));
    late = setTimeout(() => { child.kill(); fail(new Error('Xvfb named no display within 30 s')); }, 30000);
  }).finally(() => clearTimeout(late));
  // (Once it has answered, the limit is off: a timer left running killed the X server under
  // the journeys, and every WebKit tab opened after that waited for it for ever.)
  // Xvfb was seen to outlive a SIGTERM while a client held on: killed for good after a moment.
  return { display, stop: () => { child.kill(); setTimeout(() => child.kill('SIGKILL'), 2000).unref(); } };
}

/** Starts `name` (chromium, firefox or webkit); `engine.tab(server, { width, height })` opens a tab. */
export async function launchEngine(name) {
  if (name === 'chromium') {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: flags });
    return {
      name, browser, version: `Chromium ${browser.version()}`, limits: [],
      tab: (server, size) => ChromiumTab.open({ name, browser }, server, size),
      close: () => browser.close(),
    };
  }
  if (name === 'firefox') {
    const browser = await puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX, headless: true,
      extraPrefsFirefox: {
        // Lets the test read back what the app copied (the page asks nothing of the user).
        'dom.events.testing.asyncClipboard': true,
        'ui.prefersReducedMotion': 1,
      },
    });
    const version = (await browser.version()).replace(/^firefox\//, 'Firefox ');
    return {
      name, browser, version,
      limits: ['no touch emulation: the phone width is a 390 px viewport'],
      tab: (server, size) => FirefoxTab.open({ name, browser }, server, size),
      close: () => browser.close(),
    };
  }
  if (name === 'webkit') {
    const x = await startXvfb();
    const version = `WebKitGTK ${execFileSync(MINIBROWSER, ['--version'], { env: { ...process.env, DISPLAY: x.display }, timeout: 30000 }).toString().trim().replace(/^WebKitGTK\s*/, '')}`;
    const engine = {
      name, version, display: x.display,
      limits: [
        'no print command in WebKitWebDriver: printing is not checked',
        `MiniBrowser's window is at least ${WEBKIT_MIN_WIDTH} px wide: a phone width is a frame of that size on a page of the same origin`,
        'no touch emulation',
      ],
      close: async () => { x.stop(); },
    };
    engine.tab = (server, size) => WebKitTab.open(engine, server, size);
    return engine;
  }
  throw new Error(`unknown engine ${name}`);
}
