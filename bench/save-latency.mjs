// Save latency per edit: how long after an edit the status says "Saved", and
// how long until IndexedDB's transaction for it completed, on maps of 50 and 300 persons;
// then the crash journal's size after a long session.
//
//   node bench/save-latency.mjs [--dist DIR] [--edits 40] [--sizes 50,300] [--strict] [--session 500]
//
// --dist serves another build (e.g. one of main before the journal); --strict asks
// IndexedDB for `durability: "strict"` on every write transaction (patched in from the
// page, so any build can be measured with it); --session N makes N more edits (keyboard
// moves, one undo step each) on the largest map and prints the journal files' sizes and
// what IndexedDB and the spare copy hold (0 skips).
import { serve } from '../scripts/lib/static-server.mjs';
import { launch, seedMap, storedRecord } from '../tests/e2e/harness.mjs';
import { addPerson, journalFiles } from '../tests/e2e/soak.mjs';
import { generateMap } from './generate.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const DIST = option('dist', new URL('../dist', import.meta.url).pathname);
const EDITS = Number(option('edits', 40));
const SIZES = option('sizes', '50,300').split(',').map(Number);
const STRICT = process.argv.includes('--strict');
const SESSION = Number(option('session', 0));

/** Runs in the page before Kring: times each edit's Enter key, its "Saved", its IndexedDB commit. */
function instrument(strict) {
  window.kringTimes = [];
  let pending = null;
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && document.activeElement?.id === 'person-name') {
      pending = { key: performance.now(), shown: null, saved: null, committed: null };
      window.kringTimes.push(pending);
    }
  }, true);
  new MutationObserver(() => {
    const text = document.querySelector('.save-state')?.textContent.trim();
    if (pending && pending.shown === null && /^(Saving|Opslaan)/.test(text ?? '')) pending.shown = performance.now();
    if (pending && pending.saved === null && /^(Saved|Opgeslagen)$/.test(text ?? '')) pending.saved = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  // The crash journal's acknowledgements (none in a build without the journal).
  const RealWorker = window.Worker;
  window.Worker = class TimedWorker extends RealWorker {
    constructor(...args) {
      super(...args);
      const kinds = new Map();
      this.kringKinds = kinds;
      this.addEventListener('message', (e) => {
        const kind = kinds.get(e.data?.id);
        if (pending && kind && e.data.ok) pending[kind] ??= performance.now();
      });
    }
    postMessage(message, transfer) {
      if (message?.op === 'append' || message?.op === 'checkpoint') this.kringKinds.set(message.id, message.op);
      return super.postMessage(message, transfer);
    }
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function timed(stores, mode, options) {
    const tx = strict && mode === 'readwrite'
      ? transaction.call(this, stores, mode, { ...(options ?? {}), durability: 'strict' })
      : transaction.call(this, stores, mode, options);
    const names = Array.isArray(stores) ? stores : [stores];
    if (mode === 'readwrite' && names.includes('maps')) {
      const edit = pending;
      tx.addEventListener('complete', () => {
        if (edit && edit.committed === null) edit.committed = performance.now();
      });
    }
    return tx;
  };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
};
const fmt = (values) => `p50 ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms`;

const server = await serve(DIST, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const results = {};
try {
  for (const size of SIZES) {
    const context = await browser.newContext();
    await context.addInitScript(instrument, STRICT);
    const page = await context.newPage();
    await page.goto(`${origin}/?lang=en`);
    await page.getByRole('group', { name: 'Network map' }).waitFor();
    await seedMap(page, generateMap(size));
    await page.waitForFunction((n) => document.querySelectorAll('svg.map g.person').length === n, size, { timeout: 60_000 });
    await page.waitForTimeout(500);
    for (let i = 0; i < EDITS; i++) {
      await addPerson(page, `Latency ${i}`, ['family', 'friends', 'community'][i % 3]);
      await page.locator('.save-state', { hasText: /^(Saved|Opgeslagen)$/ }).waitFor({ timeout: 30_000 });
      // Let IndexedDB finish too, so each edit is measured on its own.
      await page.waitForFunction(() => window.kringTimes.at(-1)?.committed !== null, null, { timeout: 30_000 });
    }
    const times = await page.evaluate(() => window.kringTimes);
    const saved = times.map((t) => t.saved - t.key).filter(Number.isFinite);
    const committed = times.map((t) => t.committed - t.key).filter(Number.isFinite);
    const journaled = times.map((t) => (t.append ?? t.checkpoint) - t.key).filter(Number.isFinite);
    const checkpoints = times.filter((t) => t.checkpoint).length;
    const shown = times.map((t) => t.shown - t.key).filter(Number.isFinite);
    const storing = times.map((t) => t.saved - t.shown).filter(Number.isFinite);
    results[size] = { saved, committed, journaled, shown, storing };
    console.log(`${size} persons, ${EDITS} edits${STRICT ? ' (IndexedDB durability "strict")' : ''}: ` +
      `edit -> "Saved" ${fmt(saved)} (edit drawn with "Saving…" ${fmt(shown)}; from there to "Saved" ${fmt(storing)}); ` +
      `edit -> IndexedDB commit ${fmt(committed)}` +
      (journaled.length ? `; edit -> journal flushed ${fmt(journaled)} (${checkpoints} checkpoints)` : ''));
    if (SESSION > 0 && size === Math.max(...SIZES)) {
      const started = Date.now();
      for (let i = 0; i < SESSION; i++) {
        // A long session: persons moved closer and further by keyboard, one undo step each.
        const label = await page.locator('svg.map g.person').nth(5 + (i % 40)).getAttribute('aria-label');
        await page.locator(`svg.map g.person[aria-label="${label}"]`).focus();
        // The place is followed by what plays a role (", plays a role: …") and the badges
        // ("; child, 12 years") in the accessible name.
        await page.keyboard.press(/, Very close(?=[,;]|$)/.test(label) ? 'ArrowDown' : 'ArrowUp');
        await page.waitForFunction((l) => !document.querySelector(`svg.map g.person[aria-label="${l}"]`), label);
        if (i % 25 === 24) await page.locator('.save-state', { hasText: /^(Saved|Opgeslagen)$/ }).waitFor();
      }
      await page.locator('.save-state', { hasText: /^(Saved|Opgeslagen)$/ }).waitFor();
      const files = await journalFiles(page);
      const maxBytes = files.reduce((n, f) => n + (f.bytes ?? 0), 0);
      console.log(`after ${EDITS + SESSION} operations on ${size} persons (${Math.round((Date.now() - started) / 1000)} s): ` +
        `journal files ${JSON.stringify(files.map(({ name, bytes, records, ops }) => ({ name, bytes, records, ops })))}, ` +
        `${(maxBytes / 1024).toFixed(1)} KB in all`);
      // And what the same session leaves in IndexedDB and in the spare copy.
      const record = await storedRecord(page);
      const sizes = { document: record.document.length, history: record.history.length,
        spare: await page.evaluate(() => localStorage.getItem('kring.spare')?.length ?? null) };
      console.log(`IndexedDB record: document ${(sizes.document / 1024).toFixed(1)} K chars, history ` +
        `${(sizes.history / 1024).toFixed(1)} K chars; spare copy in localStorage ${sizes.spare === null ? 'none' : `${(sizes.spare / 1024).toFixed(1)} K chars`}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
