// Killed mid-edit: Chromium is started on a profile folder that outlives it, Kring gets a
// few random edits through its UI, and then the whole browser is killed with SIGKILL at a
// random moment (no clean close: like a crash, a flat battery or a force-quit). The next
// trial starts Chromium on the same profile and checks that every edit the UI had shown as
// saved ("Saved"/"Opgeslagen") is there.
//
// reliability.test.mjs runs 10 trials; the long version runs 200 (needs dist/ from
// `trunk build --release`; scripts/soak builds it):
//   node tests/e2e/soak.mjs [--trials 200] [--seed 1]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, startServer, seedMap } from './harness.mjs';
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
    return { current, maps, notice: document.querySelector('[role="alert"], .notice')?.textContent?.trim() ?? null };
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
  const outer = before.filter((label) => label.split(', ').length === 3);
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
    await page.keyboard.press(label.endsWith('Very close') ? 'ArrowDown' : 'ArrowUp');
    await page.waitForFunction((label) => !document.querySelector(`svg.map g.person[aria-label="${label}"]`), label);
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

async function openKring(browser, origin) {
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await page.getByRole('group', { name: 'Network map' }).waitFor({ timeout: 30_000 });
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
export async function killTrials(origin, { trials = 10, seed = 1, log = () => {} } = {}) {
  const rng = random(seed);
  const profile = mkdtempSync(join(tmpdir(), 'kring-killed-'));
  const report = { trials: 0, edits: 0, killedAfterSave: 0, killedRightAfterEdit: 0, rightAfterEditKept: 0, lost: [] };
  // After a kill the map must be the last state shown as saved (`states[0]`), or a state
  // after it: a save may have finished just before the kill.
  let outcome = null;
  const check = async (page, trial) => {
    const found = (await view(page)).persons;
    if (!outcome) return found;
    if (!allowedOutcome(found, outcome)) report.lost.push({ ...lossReport(trial, found, outcome), storage: await storageSummary(page) });
    else if (outcome.pending && found.some((label) => label.startsWith(outcome.pending.prefix))) report.rightAfterEditKept++;
    return found;
  };
  try {
    for (let trial = 0; trial < trials; trial++) {
      const chrome = await startChromium(profile);
      try {
        const page = await openKring(chrome.browser, origin);
        // A map of 300 persons makes each save big enough for a kill to land inside it.
        if (trial === 0) await seedMap(page, generateMap(300));
        outcome = { states: [await check(page, trial)], pending: null };
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
      } finally {
        await killChromium(chrome);
      }
      report.trials++;
      log(`trial ${trial + 1}/${trials}: ${report.edits} edits so far, ${report.lost.length} kills lost saved edits`);
    }
    // The last kill is checked by one more start.
    const chrome = await startChromium(profile);
    try {
      await check(await openKring(chrome.browser, origin), trials);
    } finally {
      await killChromium(chrome);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const { server, origin } = await startServer();
  const started = Date.now();
  const report = await killTrials(origin, { trials: option('trials', 200), seed: option('seed', 1), log: console.error });
  server.close();
  const lostEdits = report.lost.reduce((n, l) => n + l.missing.length, 0);
  console.log(`Killed mid-edit: ${report.trials} trials, ${report.edits} edits; ${report.killedAfterSave} kills after a ` +
    `confirmed save, ${report.killedRightAfterEdit} within 15 ms of an edit (that edit kept ${report.rightAfterEditKept} times); ` +
    `lost saved edits: ${lostEdits} (${Math.round((Date.now() - started) / 1000)} s)`);
  for (const l of report.lost) {
    console.log(`  after kill ${l.trial}: missing ${JSON.stringify(l.missing)}, unexpected ${JSON.stringify(l.unexpected)}; ` +
      `storage ${JSON.stringify(l.storage)}`);
  }
  process.exit(report.lost.length === 0 ? 0 : 1);
}
