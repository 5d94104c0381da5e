// Killed mid-edit: Chromium is started on a profile folder that outlives it, Kring gets a
// few random edits through its UI, and then the whole browser is killed with SIGKILL at a
// random moment (no clean close: like a crash, a flat battery or a force-quit). The next
// trial starts Chromium on the same profile and checks that every edit the UI had shown as
// saved ("Saved"/"Opgeslagen") is there.
//
// reliability.test.mjs runs 10 trials; the long version runs 200 per seed (needs dist/
// from `trunk build --release`; scripts/soak builds it), one seed after the other, each on
// a fresh profile, and reports per seed:
//   node tests/e2e/soak.mjs [--trials 200] [--seed 1 | --seeds 11,12,31] [--lock <passphrase>]
// With --lock, the first trial sets Kring's lock after seeding the map, and
// every start after a kill opens the lock with the passphrase: the maps, the journal and
// the spare copy are then all encrypted, and the reports cannot read them (persons: '?').
// Before Kring opens after each kill, what each store holds is read from a plain page of
// the origin (IndexedDB, the crash journal's files in OPFS, the spare copy in
// localStorage), so a loss report shows what each of them had, untouched by Kring.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer, seedMap, storedSettings, setLock, unlock } from './harness.mjs';
import { generateMap } from '../../bench/generate.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
  '--window-size=1280,900', '--remote-debugging-port=0'];

/** xorshift32: the same trials for the same seed, so a failure can be replayed. */
export function random(seed) {
  let state = seed >>> 0 || 1;
  return {
    below(n) {
      state ^= state << 13; state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5; state >>>= 0;
      return state % n;
    },
  };
}

/** Starts Chromium in its own process group on `profile`, and connects to it. */
async function startChromium(profile) {
  const child = spawn(CHROMIUM, [...ARGS, `--user-data-dir=${profile}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const found = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) { clearTimeout(timer); ok(found[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`Chromium exited (${code}): ${seen}`)); });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  return { child, browser };
}

/** Kills Chromium and every process it started, at once, and waits until they are gone. */
async function killChromium({ child, browser }) {
  const gone = new Promise((ok) => child.once('exit', ok));
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  await gone;
  browser.close().catch(() => {});
}

/** What the map shows, and whether the save indicator says all of it is stored, read at once. */
export function view(page) {
  return page.evaluate(() => ({
    persons: [...document.querySelectorAll('svg.map g.person')].map((g) => g.getAttribute('aria-label')).sort(),
    saved: /^(Saved|Opgeslagen)$/.test(document.querySelector('.save-state')?.textContent.trim() ?? ''),
  }));
}

/**
 * Reads the crash journal's files (OPFS, `kring-journal/`) from any page of the origin:
 * per file its size, how many records read, the persons in its checkpoint, the
 * operations after it, the last stamp and what stopped reading (format: src/io/journal.rs).
 */
export function journalFiles(page) {
  return page.evaluate(async () => {
    let dir;
    try {
      dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('kring-journal');
    } catch {
      return [];
    }
    const out = [];
    for await (const [name, handle] of dir.entries()) {
      let bytes;
      try {
        bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      } catch (e) {
        out.push({ name, error: String(e) });
        continue;
      }
      const view = new DataView(bytes.buffer);
      let at = 0, records = 0, ops = 0, persons = null, stamp = null, damage = null;
      while (at < bytes.length) {
        if (bytes.length - at < 12) { damage = 'torn'; break; }
        if (new TextDecoder().decode(bytes.subarray(at, at + 4)) !== 'KRJ1') { damage = 'bad header'; break; }
        const len = view.getUint32(at + 4, true);
        if (at + 12 + len > bytes.length) { damage = 'torn'; break; }
        let record;
        try {
          record = JSON.parse(new TextDecoder().decode(bytes.subarray(at + 12, at + 12 + len)));
        } catch {
          damage = 'unreadable';
          break;
        }
        if (record.record === 'checkpoint') {
          try { persons = JSON.parse(record.document).persons.length; } catch { persons = 'unreadable'; }
        } else {
          ops++;
        }
        stamp = record.stamp;
        records++;
        at += 12 + len;
      }
      out.push({ name, bytes: bytes.length, records, persons, ops, stamp, damage });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  });
}

/**
 * What each store holds, read without Kring (call it on a plain page of the origin, before
 * Kring opens and puts anything back): IndexedDB's maps, the journal's files, the spare.
 */
export async function rawStores(page) {
  const stores = await page.evaluate(async () => {
    // Opening a database that is not there would make an empty one: look first.
    let idb = 'no database';
    try {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (names.includes('kring')) {
        const db = await new Promise((ok, fail) => {
          const req = indexedDB.open('kring');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const stores = [...db.objectStoreNames];
        if (!stores.includes('maps')) {
          idb = `database without a maps store (${stores.join(', ')})`;
        } else {
          const maps = await new Promise((ok, fail) => {
            const req = db.transaction('maps').objectStore('maps').getAll();
            req.onsuccess = () => ok(req.result);
            req.onerror = () => fail(req.error);
          });
          idb = maps.map((m) => {
            let persons;
            try { persons = JSON.parse(m.document).persons?.length; } catch (e) { persons = `unreadable: ${e}`; }
            return { id: m.id, persons, updated: m.updated };
          });
        }
        db.close();
      }
    } catch (e) {
      idb = `open failed: ${e}`;
    }
    let spare = null;
    try {
      const text = localStorage.getItem('kring.spare');
      if (text) {
        const value = JSON.parse(text);
        spare = { id: value.id, persons: JSON.parse(value.document).persons?.length, updated: value.updated, chars: text.length };
      }
    } catch (e) {
      spare = `unreadable: ${e}`;
    }
    return { idb, spare };
  });
  return { ...stores, journal: await journalFiles(page) };
}

/**
 * What storage holds and what the page says, for a report of lost edits: every map with
 * its person count, which one is current, and the notice shown (if any).
 */
export function storageSummary(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('kring');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all = (store) => new Promise((ok, fail) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const current = await new Promise((ok) => {
      const req = db.transaction('settings').objectStore('settings').get('current_map');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ok(String(req.error));
    });
    const maps = (await all('maps')).map((m) => {
      let persons;
      try { persons = JSON.parse(m.document).persons?.length; } catch (e) { persons = `unreadable: ${e}`; }
      return { id: m.id, title: m.title, persons };
    });
    db.close();
    const notices = [...document.querySelectorAll('[role="alert"], .notice')].map((n) => n.textContent.trim());
    return { current, maps, notice: notices.join(' | ') || null };
  });
}

const SECTORS = ['family', 'friends', 'community', 'school_work', 'professionals'];

/** Adds a person through the form, as a person would. */
export async function addPerson(page, name, sector = 'family') {
  await page.locator('#add-person').click();
  await page.locator('#person-name').fill(name);
  await page.locator('#person-sector').selectOption(sector);
  await page.locator('#person-name').press('Enter');
  await page.waitForFunction((name) => [...document.querySelectorAll('svg.map g.person')]
    .some((g) => g.getAttribute('aria-label').startsWith(`${name},`)), name);
}

/** One random edit through the UI; returns false when it changed nothing. */
async function randomEdit(page, rng, name) {
  const before = (await view(page)).persons;
  // "Name, Sector, Ring" before the badges ("; child, 12 years"), which also hold commas.
  const place = (label) => label.split('; ')[0];
  // A person on a ring: the third part is the ring ("Dennis, Household, plays a role:
  // tension" also has three parts, and no arrow key moves a household member).
  const RINGS = ['Very close', 'Close', 'Further away', 'Far away'];
  const outer = before.filter((label) => {
    const parts = place(label).split(', ');
    return parts.length === 3 && RINGS.includes(parts[2]);
  });
  const choice = outer.length < 3 ? 0 : rng.below(4);
  if (choice === 0 || choice === 3) {
    await addPerson(page, name, SECTORS[rng.below(SECTORS.length)]);
    return true;
  }
  const label = outer[rng.below(outer.length)];
  const person = page.locator(`svg.map g.person[aria-label="${label}"]`);
  if (choice === 1) {
    // Closer or further by keyboard; one of the two always changes the ring.
    await person.focus();
    const key = place(label).endsWith('Very close') ? 'ArrowDown' : 'ArrowUp';
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    await page.keyboard.press(key);
    try {
      await page.waitForFunction((label) => !document.querySelector(`svg.map g.person[aria-label="${label}"]`), label);
    } catch (err) {
      // Say what had the focus before and after the key, and what the map shows now.
      const now = await page.evaluate(() => ({
        active: document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName,
        hint: document.querySelector('.map-hint, .connect-hint')?.textContent ?? null,
        status: document.querySelector('.save-state')?.textContent ?? null,
      })).catch((e) => String(e));
      throw new Error(`${key} on ${JSON.stringify(label)} changed nothing; focused before the key: ` +
        `${JSON.stringify(focused)}; now: ${JSON.stringify(now)}`, { cause: err });
    }
    return true;
  }
  await person.focus();
  await page.keyboard.press('Delete');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-person');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-delete-person');
  await page.keyboard.press('Enter');
  await page.waitForFunction((label) => !document.querySelector(`svg.map g.person[aria-label="${label}"]`), label);
  return true;
}

/** Sets the lock through the menu, then opens it again (the page reloads locked). */
async function unlockKring(page, passphrase) {
  await unlock(page, passphrase);
  await page.getByRole('group', { name: 'Network map' }).waitFor({ timeout: 60_000 });
}

async function openKring(browser, origin, { raw = false, lock = null } = {}) {
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? await context.newPage();
  let before = null;
  if (raw) {
    // The stores as the kill left them, before Kring reads (and repairs) them.
    await page.goto(`${origin}/manifest.webmanifest`);
    before = await rawStores(page);
  }
  page.kringStoresBefore = before;
  await page.goto(`${origin}/?lang=en`);
  if (lock) await unlockKring(page, lock);
  try {
    await page.getByRole('group', { name: 'Network map' }).waitFor({ timeout: 30_000 });
  } catch (err) {
    // Say what Kring showed instead, and what the stores held, rather than only "timeout".
    const shown = await page.evaluate(() => document.body.innerText.slice(0, 400)).catch((e) => String(e));
    const local = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
      .filter((k) => !k.startsWith('kring.spare')).map((k) => [k, localStorage.getItem(k)]))).catch((e) => String(e));
    const settings = await storedSettings(page).catch((e) => String(e));
    throw new Error(`the map did not open: Kring showed ${JSON.stringify(shown)}; localStorage ${JSON.stringify(local)}; ` +
      `IndexedDB settings ${JSON.stringify(settings)}; ` +
      `stores before ${JSON.stringify(before)}`, { cause: err });
  }
  // The map is drawn once it is read from storage; an empty map has no persons to wait for.
  await page.locator('.save-state').waitFor();
  return page;
}

/** Whether the reopened map is an allowed outcome of the last trial. */
function allowedOutcome(found, { states, pending }) {
  const key = found.join('\n');
  if (states.some((state) => state.join('\n') === key)) return true;
  // The edit fired just before the kill may have been saved too.
  return Boolean(pending) && found.length === pending.base.length + 1
    && pending.base.every((label) => found.includes(label))
    && found.some((label) => label.startsWith(pending.prefix));
}

function lossReport(trial, found, { states }) {
  const saved = states[0];
  return { trial, missing: saved.filter((p) => !found.includes(p)), unexpected: found.filter((p) => !saved.includes(p)) };
}

/**
 * Runs `trials` kill trials against Kring served at `origin`, on a map of 300 persons
 * and 600 ties. Returns how many edits were
 * made, how the kills fell, and every saved edit that a reopened browser did not show.
 */
export async function killTrials(origin, { trials = 10, seed = 1, lock = null, log = () => {} } = {}) {
  const rng = random(seed);
  const profile = mkdtempSync(join(tmpdir(), 'kring-killed-'));
  const report = { seed, trials: 0, edits: 0, killedAfterSave: 0, killedRightAfterEdit: 0, rightAfterEditKept: 0,
    recovered: 0, journalOnly: 0, idbEmpty: 0, idbRefused: 0, lost: [], stalled: [] };
  // After a kill the map must be the last state shown as saved (`states[0]`), or a state
  // after it: a save may have finished just before the kill.
  let outcome = null;
  const check = async (page, trial) => {
    const found = (await view(page)).persons;
    const before = page.kringStoresBefore;
    if (before && typeof before.idb === 'string' && before.idb.startsWith('open failed')) {
      report.idbRefused++;
      log(`  trial ${trial}: IndexedDB did not open after the kill: ${JSON.stringify(before)}; Kring showed ` +
        `${JSON.stringify(found.length)} persons, notes ${JSON.stringify(await storageSummary(page).catch((e) => String(e)))}`);
    } else if (before && (!Array.isArray(before.idb) || before.idb.length === 0)) {
      report.idbEmpty++;
      log(`  trial ${trial}: IndexedDB empty after the kill: ${JSON.stringify(before)}`);
    }
    if (await page.locator('#safety-note').filter({ hasText: 'safety log' }).count()) report.recovered++;
    if (await page.locator('#safety-note').filter({ hasText: 'did not open' }).count()) report.journalOnly++;
    if (!outcome) return found;
    if (!allowedOutcome(found, outcome)) {
      const after = await storageSummary(page).catch((e) => `could not read: ${e}`);
      report.lost.push({ ...lossReport(trial, found, outcome), before: page.kringStoresBefore, after });
    } else if (outcome.pending && found.some((label) => label.startsWith(outcome.pending.prefix))) report.rightAfterEditKept++;
    return found;
  };
  try {
    for (let trial = 0; trial < trials; trial++) {
      const chrome = await startChromium(profile);
      try {
        const page = await openKring(chrome.browser, origin, { raw: trial > 0, lock: trial > 0 ? lock : null });
        // A map of 300 persons makes each save big enough for a kill to land inside it.
        if (trial === 0) await seedMap(page, generateMap(300));
        if (trial === 0 && lock) {
          await setLock(page, lock);
          await unlockKring(page, lock);
        }
        outcome = { states: [await check(page, trial)], pending: null };
        try {
          await editThenKill(page, trial);
        } catch (err) {
          // A step that timed out (a slow, busy machine) is not a lost edit: the kill
          // still follows, but what this trial saved is unknown, so the next start is not
          // checked against it. Every stall is reported; kills checked = trials - stalls.
          // Where in this script it waited, so a stall can be told from a slow machine.
          const where = String(err?.stack ?? '').split('\n').find((line) => line.includes('soak.mjs')) ?? '';
          const error = `${String(err).split('\n')[0]} ${where.trim()}`;
          report.stalled.push({ trial, error });
          log(`  trial ${trial}: stalled, not checked: ${error}`);
          outcome = null;
        }
      } finally {
        await killChromium(chrome);
      }
      report.trials++;
      log(`trial ${trial + 1}/${trials}: ${report.edits} edits so far, ${report.lost.length} kills lost saved edits`);
    }
    // The last kill is checked by one more start.
    const chrome = await startChromium(profile);
    try {
      await check(await openKring(chrome.browser, origin, { raw: true, lock }), trials);
    } finally {
      await killChromium(chrome);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return report;

  async function editThenKill(page, trial) {
        const edits = 1 + rng.below(5);
        for (let i = 0; i < edits; i++) {
          if (!await randomEdit(page, rng, `Kill ${trial}.${i}`)) continue;
          report.edits++;
          const now = await view(page);
          if (now.saved) outcome.states = [now.persons];
          else outcome.states.push(now.persons);
          // Now and then wait for the save, so many trials end with a confirmed save.
          if (rng.below(3) === 0) {
            await page.locator('.save-state', { hasText: /^(Saved|Opgeslagen)$/ }).waitFor({ timeout: 10_000 });
            outcome.states = [(await view(page)).persons];
          }
        }
        if (rng.below(2) === 0) {
          // One more edit, and the kill follows within milliseconds: mid-save.
          const name = `Kill ${trial}.last`;
          outcome.pending = { base: (await view(page)).persons, prefix: `${name},` };
          await page.locator('#add-person').click();
          await page.locator('#person-name').fill(name);
          await page.locator('#person-name').press('Enter');
          await new Promise((ok) => setTimeout(ok, rng.below(2) ? 0 : rng.below(15)));
          report.killedRightAfterEdit++;
        } else {
          await page.locator('.save-state', { hasText: /^(Saved|Opgeslagen)$/ }).waitFor({ timeout: 10_000 });
          outcome.states = [(await view(page)).persons];
          report.killedAfterSave++;
        }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const trials = Number(option('trials', 200));
  const seeds = String(option('seeds', option('seed', 1))).split(',').map(Number);
  const lock = option('lock', null);
  const { server, origin } = await startServer();
  const reports = [];
  for (const seed of seeds) {
    const started = Date.now();
    const report = await killTrials(origin, { trials, seed, lock, log: console.error });
    report.seconds = Math.round((Date.now() - started) / 1000);
    reports.push(report);
    printReport(report);
  }
  server.close();
  if (seeds.length > 1) {
    const sum = (key) => reports.reduce((n, r) => n + r[key], 0);
    const lost = reports.reduce((n, r) => n + r.lost.reduce((m, l) => m + l.missing.length, 0), 0);
    console.log(`All ${seeds.length} seeds (${seeds.join(', ')}): ${sum('trials')} kills, ${sum('edits')} edits; ` +
      `IndexedDB empty after ${sum('idbEmpty')} kills, not opening after ${sum('idbRefused')}; ` +
      `journal put changes back ${sum('recovered')} times, opened the map alone ${sum('journalOnly')} times; ` +
      `lost saved edits: ${lost}; stalled (not checked): ${reports.reduce((n, r) => n + r.stalled.length, 0)} ` +
      `(${sum('seconds')} s)`);
  }
  process.exit(reports.every((r) => r.lost.length === 0) ? 0 : 1);
}

function printReport(report) {
  const lostEdits = report.lost.reduce((n, l) => n + l.missing.length, 0);
  console.log(`Seed ${report.seed}: ${report.trials} kills, ${report.edits} edits; ${report.killedAfterSave} kills after a ` +
    `confirmed save, ${report.killedRightAfterEdit} within 15 ms of an edit (that edit kept ${report.rightAfterEditKept} times); ` +
    `IndexedDB empty after ${report.idbEmpty} kills, not opening after ${report.idbRefused}; ` +
    `journal put changes back ${report.recovered} times, opened the map alone ${report.journalOnly} times; ` +
    `lost saved edits: ${lostEdits}; stalled (not checked): ${report.stalled.length} (${report.seconds} s)`);
  for (const l of report.lost) {
    console.log(`  after kill ${l.trial}: missing ${JSON.stringify(l.missing)}, unexpected ${JSON.stringify(l.unexpected)}`);
    console.log(`    stores before Kring opened: ${JSON.stringify(l.before)}`);
    console.log(`    after: ${JSON.stringify(l.after)}`);
  }
}
