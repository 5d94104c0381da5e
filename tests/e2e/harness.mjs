// Shared set-up for the end-to-end tests: serves the release build from dist/ on
// 127.0.0.1 and drives Debian's Chromium with playwright-core (no browser downloads).
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../../scripts/lib/static-server.mjs';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function startServer() {
  // KRING_DIST serves another build (a long soak keeps its own copy while dist/ is rebuilt).
  const server = await serve(process.env.KRING_DIST ?? new URL('../../dist', import.meta.url).pathname, 0);
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Opens Kring in a fresh browser context and records every request and every console
 * error, so a test can assert that nothing left the app's own origin.
 */
export async function openApp(browser, origin, { path = '/?lang=en', context: options = {} } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + path);
  await page.getByRole('group', { name: /^(Network map|Netwerkkaart)$/ }).waitFor();
  return { context, page, requests, errors };
}

/** Chooses an option in the focused <select> with arrow keys only. */
export async function chooseByKeyboard(page, label) {
  const { current, target } = await page.evaluate((label) => {
    const select = document.activeElement;
    const options = [...select.options].map((o) => o.textContent.trim());
    return { current: select.selectedIndex, target: options.indexOf(label) };
  }, label);
  assert.ok(target >= 0, `no option ${label}`);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
}

/** Presses Tab until the focused element has exactly this accessible name (keyboard only). */
export async function tabTo(page, name, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
    });
    // A name ending in ',' is a person on the map: their accessible name goes on after it.
    if (here === name || (name.endsWith(',') && here.startsWith(name))) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

/** Opens a step of the meeting form with its button in the list of steps ('agreements',
 *  see `Step::key`) and waits until the step's heading has keyboard focus. */
export async function meetingStep(page, key) {
  await page.locator(`#mt-goto-${key}`).click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `mt-step-${key}-title`);
}

/** Waits until the save indicator says everything is stored. */
export async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: /^(Saved|Opgeslagen)$/ }).waitFor();
}

/** Runs axe-core on the page and returns its violations. */
export async function axeViolations(page) {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export function foreignRequests(requests, origin) {
  return requests.filter((url) => !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/**
 * Puts a Kring document into the app's IndexedDB as the current map, then reloads, the
 * way a map saved in an earlier session would be found. `page` must be on the app.
 */
export async function seedMap(page, documentText, { id = 'map-seeded', history = '' } = {}) {
  await page.evaluate(async ({ documentText, id, history }) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('kring', 1);
      req.onupgradeneeded = () => {
        for (const name of ['maps', 'settings']) {
          if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name);
        }
      };
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const title = JSON.parse(documentText).title ?? '';
    await new Promise((ok, fail) => {
      const tx = db.transaction(['maps', 'settings'], 'readwrite');
      tx.objectStore('maps').put({ id, title, updated: Date.now(), document: documentText, history }, id);
      tx.objectStore('settings').put(id, 'current_map');
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, { documentText, id, history });
  await page.reload();
  await page.getByRole('group', { name: /^(Network map|Netwerkkaart)$/ }).waitFor();
}

export function fixture(name) {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * The record of the map that is open now, as stored in IndexedDB (what a reload or another
 * session would find: id, title, document, history). Waits up to 5 s for a new map's
 * first save; `null` when it never comes.
 */
export async function storedRecord(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('kring');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const get = (store, key) => new Promise((ok, fail) => {
      const req = db.transaction(store).objectStore(store).get(key);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    for (let i = 0; i < 50; i++) {
      const id = await get('settings', 'current_map');
      const record = id && await get('maps', id);
      if (record) { db.close(); return record; }
      await new Promise((r) => setTimeout(r, 100));
    }
    db.close();
    return null;
  });
}

/** The Kring document of the map that is open now, as stored (see `storedRecord`). */
export async function storedDocument(page) {
  const record = await storedRecord(page);
  return record && JSON.parse(record.document);
}

/** Everything in IndexedDB's settings store, as an object of key and value. */
export async function storedSettings(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('kring');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all = await new Promise((ok, fail) => {
      const store = db.transaction('settings').objectStore('settings');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => ok(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
      values.onerror = () => fail(values.error);
    });
    db.close();
    return all;
  });
}

/**
 * Chooses an item of the header's menu (My maps, Meeting, Guided session, Child mode,
 * Export, Import, a language): opens the menu first when it is closed.
 */
export async function fromMenu(page, name) {
  const button = page.locator('#menu-button');
  if (await button.getAttribute('aria-expanded') !== 'true') await button.click();
  await page.locator('#menu-panel').getByRole('button', { name, exact: true }).click();
}

/** Leaves child mode the way an adult does: pressing and holding the way out. */
export async function leaveChildMode(page) {
  const out = page.locator('#adult-exit');
  const box = await out.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(2300);
  await page.mouse.up();
  await page.getByRole('group', { name: /^(Network map|Netwerkkaart)$/ }).waitFor();
}

/** Opens the lock dialog from the menu (English). */
export async function openLockDialog(page) {
  await page.locator('#menu-button').click();
  await page.locator('#open-lock').click();
  return page.getByRole('dialog');
}

/** Sets Kring's lock with this passphrase (and idle time), and waits for the locked screen. */
export async function setLock(page, passphrase, { idleMinutes } = {}) {
  const dialog = await openLockDialog(page);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Passphrase again').fill(passphrase);
  if (idleMinutes) await dialog.getByLabel('Lock after this many minutes without use').selectOption(String(idleMinutes));
  await dialog.getByRole('button', { name: 'Set the lock' }).click();
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor({ timeout: 30_000 });
}

/** Types the passphrase on the locked screen and opens Kring. */
export async function unlock(page, passphrase) {
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}
