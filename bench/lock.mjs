// The lock: how long opening Kring takes on a map of 300 persons and 600 ties,
// without a lock (reload until the map is drawn) and with one (reload, type the
// passphrase, press Open, until the map is drawn), and how long "Open" takes alone (the
// Argon2id key derivation in its worker, the passphrase check, reading and decrypting).
// Also the save latency (Enter to "Saved") of one added person, locked and not.
//
//   node bench/lock.mjs [--dist DIR] [--runs 5]
import { serve } from '../scripts/lib/static-server.mjs';
import { launch, seedMap } from '../tests/e2e/harness.mjs';
import { generateMap } from './generate.mjs';
import { loadavg } from 'node:os';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const DIST = option('dist', new URL('../dist', import.meta.url).pathname);
const RUNS = Number(option('runs', 5));
const PASSPHRASE = 'bench-fiets-appel-wolk';

const drawn = (page) => page.waitForFunction(() => document.querySelectorAll('svg.map g.person').length >= 300, null,
  { timeout: 120_000 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function saveLatency(page, name) {
  await page.locator('#add-person').click();
  await page.locator('#person-name').fill(name);
  const started = Date.now();
  await page.locator('#person-name').press('Enter');
  // The status turns to "Saving" with the change itself, so once the person is drawn it
  // says "Saved" only when the (encrypted) write is done.
  await page.waitForFunction((name) => [...document.querySelectorAll('svg.map g.person')]
    .some((g) => g.getAttribute('aria-label').startsWith(`${name},`)), name);
  await page.locator('.save-state', { hasText: /^(Saved|Opgeslagen)$/ }).waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

const server = await serve(DIST, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${origin}/?lang=en`);
await page.getByRole('group', { name: 'Network map' }).waitFor();
await seedMap(page, generateMap(300));
await drawn(page);

const plain = [];
const plainSave = [];
for (let i = 0; i < RUNS; i++) {
  const started = Date.now();
  await page.reload();
  await drawn(page);
  plain.push(Date.now() - started);
  plainSave.push(await saveLatency(page, `Open ${i}`));
}

await page.locator('#menu-button').click();
await page.locator('#open-lock').click();
const dialog = page.getByRole('dialog');
await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
let started = Date.now();
await dialog.getByRole('button', { name: 'Set the lock' }).click();
await page.getByRole('heading', { name: 'Kring is locked' }).waitFor({ timeout: 120_000 });
const setting = Date.now() - started;

const locked = [];
const unlockOnly = [];
const lockedSave = [];
for (let i = 0; i < RUNS; i++) {
  started = Date.now();
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const pressed = Date.now();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await drawn(page);
  const done = Date.now();
  locked.push(done - started);
  unlockOnly.push(done - pressed);
  lockedSave.push(await saveLatency(page, `Locked ${i}`));
  await page.locator('#menu-button').click();
  await page.locator('#open-lock').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor();
}

const result = {
  runs: RUNS,
  load: loadavg().map((x) => x.toFixed(2)).join(' '),
  openUnlockedMs: median(plain),
  openLockedMs: median(locked),
  openPressedToDrawnMs: median(unlockOnly),
  setLockMs: setting,
  saveUnlockedMs: median(plainSave),
  saveLockedMs: median(lockedSave),
  all: { plain, locked, unlockOnly, plainSave, lockedSave },
};
console.log(JSON.stringify(result, null, 2));
await browser.close();
server.close();
