// The app attacked the way real life does. A killed browser, two tabs on one map,
// full storage, a whole session watched for outbound traffic, and hostile names: nothing
// saved is lost, nothing leaves the device, and markup stays text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, waitSaved, seedMap, fixture, foreignRequests, axeViolations, fromMenu, storedSettings } from './harness.mjs';
import { killTrials, addPerson, view } from './soak.mjs';
import { generateMap } from '../../bench/generate.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The person on the map whose accessible name starts with this name. */
const personNamed = (page, name) => page.locator(`svg.map g.person[aria-label^=${JSON.stringify(`${name},`)}]`);

test('killed mid-edit: every edit shown as saved is there after the browser comes back (10 trials)', async () => {
  const report = await killTrials(origin, { trials: 10, seed: Number(process.env.KRING_KILL_SEED ?? 7) });
  assert.deepEqual(report.lost, [], 'saved edits were lost');
  // Every trial is checked here: a step that timed out fails the test, as it always did.
  assert.deepEqual(report.stalled, [], 'trials stalled');
  assert.equal(report.trials, 10);
  assert.ok(report.edits >= 10, `only ${report.edits} edits`);
  assert.ok(report.killedAfterSave > 0 && report.killedRightAfterEdit > 0,
    `kills should fall both after a save and right after an edit: ${JSON.stringify(report)}`);
});

test('two tabs on one map: saves travel between them, and a tab with changes of its own is stopped, not overwritten', async () => {
  const { context, page: one } = await openApp(browser, origin);
  await seedMap(one, fixture('bakker.kring.json'));
  const two = await context.newPage();
  await two.goto(`${origin}/?lang=en`);
  await two.getByRole('button', { name: /^Samira,/ }).waitFor();

  // A save in one tab shows up in the other, both ways.
  await addPerson(one, 'From tab one');
  await waitSaved(one);
  await personNamed(two, 'From tab one').waitFor();
  await addPerson(two, 'From tab two', 'friends');
  await waitSaved(two);
  await personNamed(one, 'From tab two').waitFor();

  // Tab two has a change its storage refused; then tab one saves. Tab two must not carry on
  // (its next save would wipe out tab one's change): it is stopped with a clear warning.
  await two.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function refuseOnce() {
      IDBObjectStore.prototype.put = put;
      throw new DOMException('The write was refused.', 'UnknownError');
    };
  });
  await addPerson(two, 'Only in tab two');
  await addPerson(one, 'Only in tab one');
  await waitSaved(one);
  const warning = two.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await warning.waitFor();
  await two.waitForFunction(() => document.activeElement?.id === 'tab-guard-reload'); // focus is on the way out
  // The rest of the stale tab is inert: a click on "Add person" opens nothing.
  const add = await two.locator('#add-person').boundingBox();
  await two.mouse.click(add.x + add.width / 2, add.y + add.height / 2);
  await two.waitForTimeout(200);
  assert.equal(await two.locator('#person-name').count(), 0, 'the stale tab still took a click');
  const stale = (await view(two)).persons;
  await two.keyboard.press('Control+z');
  await two.waitForTimeout(200);
  assert.deepEqual((await view(two)).persons, stale, 'keys do not edit the stale tab');
  assert.deepEqual(await axeViolations(two), [], 'the stopped tab');

  // Storage still has tab one's change: tab two's refused change did not overwrite it.
  const fresh = await context.newPage();
  await fresh.goto(`${origin}/?lang=en`);
  await personNamed(fresh, 'Only in tab one').waitFor();
  assert.equal(await personNamed(fresh, 'Only in tab two').count(), 0);
  await fresh.close();

  // Loading the newest version unblocks the tab, and the tabs are in step again.
  await two.getByRole('button', { name: 'Load newest version' }).click();
  await personNamed(two, 'Only in tab one').waitFor();
  await warning.waitFor({ state: 'detached' });
  await addPerson(two, 'Back in step');
  await waitSaved(two);
  await personNamed(one, 'Back in step').waitFor();
  await context.close();
});

/** Fails writes to the maps store with QuotaExceededError, as a full disk does, once
 * `window.kringQuotaLeft` writes are used up (unset: no limit). The crash journal's files
 * count against the same quota as IndexedDB, so its writes fail from then on too. */
function simulateQuota() {
  const RealWorker = window.Worker;
  window.Worker = class QuotaWorker extends RealWorker {
    postMessage(message, transfer) {
      if (typeof window.kringQuotaLeft === 'number' && window.kringQuotaLeft <= 0
        && ['append', 'checkpoint'].includes(message?.op)) {
        const answer = { id: message.id, ok: false, error: 'QuotaExceededError' };
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: answer })));
        return;
      }
      return super.postMessage(message, transfer);
    }
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function limitedPut(...args) {
    if (this.name !== 'maps' || typeof window.kringQuotaLeft !== 'number' || window.kringQuotaLeft-- > 0) {
      return put.apply(this, args);
    }
    // The browser reports a full quota on the request, after the call returns.
    const request = { error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'), readyState: 'done' };
    setTimeout(() => request.onerror?.(new Event('error')));
    return request;
  };
}

test('storage full: a clear message, the last saved map stays intact, saving resumes when there is room', async () => {
  const { context, page } = await openApp(browser, origin);
  await page.addInitScript(simulateQuota);
  await seedMap(page, fixture('bakker.kring.json'));
  await addPerson(page, 'Still fits');
  await waitSaved(page);
  const saved = (await view(page)).persons;

  await page.evaluate(() => { window.kringQuotaLeft = 0; });
  await addPerson(page, 'Does not fit');
  await page.getByRole('alert').filter({ hasText: "This browser's storage is full" }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Not saved yet' }).waitFor();
  await personNamed(page, 'Does not fit').waitFor(); // the open map keeps the change on screen

  await page.reload();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  assert.deepEqual((await view(page)).persons, saved, 'the last saved map, exactly');

  // After the reload there is room again: the next change saves and the message is gone.
  await addPerson(page, 'Room again');
  await waitSaved(page);
  assert.equal(await page.getByRole('alert').filter({ hasText: 'storage is full' }).count(), 0);
  await context.close();
});

test('without the crash journal (no OPFS), a map the browser lost from its storage comes back from its spare copy; a deleted map does not', async () => {
  // With OPFS the journal puts the map back first (journal.test.mjs); the spare copy is
  // what a browser without it has.
  const context = await browser.newContext();
  await context.addInitScript(() => { delete StorageManager.prototype.getDirectory; });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/?lang=en`);
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  await addPerson(page, 'Oma Ria');
  await waitSaved(page);
  const saved = (await view(page)).persons;
  // The browser comes back with Kring's whole IndexedDB store gone, as scripts/soak once
  // saw after a kill (bench/README.md). Deleted from another page of the same origin.
  const storageLost = async () => {
    await page.goto(`${origin}/manifest.webmanifest`);
    await page.evaluate(() => new Promise((ok, fail) => {
      const request = indexedDB.deleteDatabase('kring');
      request.onsuccess = ok;
      request.onerror = () => fail(request.error);
    }));
    await page.goto(`${origin}/?lang=en`);
    await page.getByRole('group', { name: 'Network map' }).waitFor();
  };
  await storageLost();
  await page.getByRole('alert').filter({ hasText: 'spare copy' }).waitFor();
  assert.deepEqual((await view(page)).persons, saved, 'the map as last saved');
  await addPerson(page, 'Buurman Kees');
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /^Buurman Kees,/ }).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'spare copy' }).count(), 0, 'put back in storage, once');

  // Deleted on purpose, it must stay deleted, even if storage is lost afterwards.
  await fromMenu(page, 'My maps');
  const title = (await page.locator('.map-name').first().textContent()).trim();
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.locator('.map-name', { hasText: title }).waitFor({ state: 'detached' });
  await storageLost();
  assert.equal(await page.getByRole('button', { name: /^(Oma Ria|Buurman Kees),/ }).count(), 0, 'the deleted map does not come back');
  // (The plain manifest page used to delete the database asks for a favicon: a 404.)
  assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
  await context.close();
});

test('a whole session sends nothing to any other origin', async (t) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.kringCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.kringCspViolations.push(e.blockedURI));
    window.print = () => {}; // a print preview must not open a dialog in a headless test
  });
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await page.getByRole('group', { name: 'Network map' }).waitFor();

  // Create a map of our own, fill it, connect, undo, redo, switch language.
  await fromMenu(page, 'My maps');
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  await addPerson(page, 'Anna', 'household');
  await addPerson(page, 'Ben', 'family');
  await addPerson(page, 'Coach Chris', 'community');
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('button', { name: /^Ben,/ }).click();
  await page.getByRole('button', { name: /^Anna,/ }).click();
  await page.getByRole('heading', { name: 'Tie', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await waitSaved(page);

  // Whatever else the app offers by now: import, export, print, the other screens.
  const exercised = ['create', 'edit', 'connect', 'undo/redo'];
  const files = page.locator('input[type=file]');
  if (await files.count()) {
    await files.first().setInputFiles({ name: 'bakker.kring.json', mimeType: 'application/json', buffer: Buffer.from(fixture('bakker.kring.json')) });
    await page.waitForTimeout(500);
    exercised.push('import');
  }
  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const exportButton = page.locator('#export-button');
  const openMenu = async () => {
    if (await page.locator('#menu-button').getAttribute('aria-expanded') !== 'true') await page.locator('#menu-button').click();
  };
  if (await exportButton.count()) {
    await openMenu();
    await exportButton.click();
    const formats = await page.locator('.export-format').evaluateAll((buttons) => buttons.map((b) => b.id));
    for (const id of formats) {
      if (!await page.locator(`[id="${id}"]`).isVisible()) {
        await openMenu();
        await exportButton.click();
      }
      await page.locator(`[id="${id}"]`).click();
      if (await page.locator('#password-first').count()) {
        // A sealed file: choose a password, so the encryption runs too.
        await page.locator('#password-first').fill('lange zin als wachtwoord 2024');
        await page.locator('#password-second').fill('lange zin als wachtwoord 2024');
        await page.locator('#password-second').press('Enter');
        await page.locator('#password-first').waitFor({ state: 'detached', timeout: 20_000 });
      }
      await page.waitForTimeout(300);
      exercised.push(`export ${id}`);
    }
  }
  for (const screen of ['Meeting', 'Guided session', 'Child mode']) {
    const button = page.getByRole('button', { name: screen, exact: true });
    if (await button.count()) {
      exercised.push(screen);
      await fromMenu(page, screen);
      await page.waitForTimeout(200);
      const prints = page.getByRole('button', { name: /^Print/ });
      for (let i = 0; i < await prints.count(); i++) {
        exercised.push(await prints.nth(i).textContent());
        await prints.nth(i).click();
        await page.waitForTimeout(200);
      }
      await page.goto(`${origin}/?lang=en`);
      await page.getByRole('group', { name: 'Network map' }).waitFor();
    }
  }
  await fromMenu(page, 'Nederlands').catch(() => {});
  await page.waitForTimeout(300);

  t.diagnostic(`exercised: ${exercised.join(', ')}; ${downloads.length} downloads; ${requests.length} requests`);
  assert.ok(requests.length > 3, 'the page itself was requested');
  assert.deepEqual(foreignRequests(requests, origin), [], 'requests to another origin');
  assert.deepEqual(await page.evaluate(() => window.kringCspViolations), [], 'the content security policy was tested');
  await context.close();
});

test('hostile names stay text, and a map of 1,000 persons stays responsive', async () => {
  const { context, page, errors } = await openApp(browser, origin);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const hostile = [
    '<img src=x onerror="window.kringPwned=1">Eva',
    '<script>window.kringPwned=2</script>Ruud',
    '"><svg onload="window.kringPwned=3">',
    '👩🏽‍👧 Mama Ayşe 🐶',
    'مريم الحسيني',
    'שרה כהן',
  ];
  for (const name of hostile) await addPerson(page, name, 'friends');
  const long = `${'Lang'.repeat(2500)}`; // 10,000 characters
  const started = Date.now();
  await addPerson(page, long, 'family');
  assert.ok(Date.now() - started < 5_000, 'a 10,000-character name is added in well under 5 s');
  await waitSaved(page);

  assert.equal(await page.evaluate(() => window.kringPwned), undefined, 'no markup ran');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('.app img, .app script, svg.map svg, svg.map foreignObject').count(), 0, 'no element came from a name');
  const listed = await page.locator('.list-view table.persons tbody th').allTextContents();
  for (const name of [...hostile, long]) assert.ok(listed.includes(name), `listed as text: ${name.slice(0, 30)}`);
  const drawn = await page.locator('svg.map text.person-label').allTextContents();
  for (const name of hostile.filter((n) => n.length <= 24)) assert.ok(drawn.includes(name), `drawn as text: ${name}`);
  assert.ok(drawn.every((label) => [...label].length <= 24), 'long names are cut on the map');

  // 1,000 persons at once: drawn, then an edit still answers quickly.
  await seedMap(page, generateMap(1000));
  await page.waitForFunction(() => document.querySelectorAll('svg.map g.person').length === 1000, null, { timeout: 60_000 });
  const edit = Date.now();
  await addPerson(page, 'Person 1001', 'professionals');
  const took = Date.now() - edit;
  assert.ok(took < 10_000, `adding a person to 1,000 took ${took} ms`);
  await waitSaved(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a map that stopped Kring while opening is not opened again by itself; a browser killed after the map was drawn is no such map', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  const settings = async (key) => (await storedSettings(page))[key];
  // The opening that got drawn is confirmed in IndexedDB (which survives a kill), not by
  // clearing the localStorage mark (which Chromium may not have written yet when killed).
  const mark = await page.evaluate(() => localStorage.getItem('kring.starting'));
  assert.match(mark ?? '', /^map-seeded \d+/, 'the opening is marked');
  let confirmed = null;
  for (let i = 0; i < 50 && confirmed !== mark; i++) {
    confirmed = await settings('started');
    if (confirmed !== mark) await page.waitForTimeout(100);
  }
  assert.equal(confirmed, mark, 'the drawn opening is confirmed');

  // What a kill can leave: the mark of an opening that was in fact drawn, or (localStorage
  // is written to disk in batches) the mark of an older opening. The map opens either way.
  for (const mark of [confirmed, `map-seeded ${Number(confirmed.split(' ')[1]) - 5000}`]) {
    await page.evaluate((token) => localStorage.setItem('kring.starting', token), mark);
    await page.reload();
    await page.getByRole('button', { name: /^Samira,/ }).waitFor();
    assert.equal(await page.getByText('Kring stopped while a map was opening').count(), 0, mark);
    const now = await page.evaluate(() => localStorage.getItem('kring.starting'));
    for (let i = 0; i < 50 && (await settings('started')) !== now; i++) await page.waitForTimeout(100);
    confirmed = now;
  }

  // An opening that never got drawn (begun after the last confirmed one): the next start
  // shows My maps, says why, and the map is still there to choose.
  const unfinished = `map-seeded ${Number(confirmed.split(' ')[1]) + 1}`;
  await page.evaluate((token) => localStorage.setItem('kring.starting', token), unfinished);
  await page.reload();
  await page.getByText('Last time Kring stopped while a map was opening').waitFor();
  await page.getByRole('heading', { name: 'Maps on this device' }).waitFor();
  await page.getByRole('button', { name: 'Open Familie Bakker' }).click();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  // Chosen by the person, it opens by itself again at the next start (once confirmed).
  await page.waitForFunction(() => localStorage.getItem('kring.starting') !== null);
  const chosen = await page.evaluate(() => localStorage.getItem('kring.starting'));
  for (let i = 0; i < 50 && (await settings('started')) !== chosen; i++) await page.waitForTimeout(100);
  await page.reload();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  await context.close();
});

// Upgrading Kring loses nothing. A Kring 4 map with its undo history
// (tension still a risk tie) opens with undo working, the tension now Opa Henk's; a history
// that does not read (from a newer Kring) is never dropped without a word.
const V4_DOCUMENT = JSON.stringify({
  format: 'kring', version: 4, title: 'Bakker', next_person: 4, next_tie: 3,
  persons: [
    { id: 1, name: 'Linda', sector: 'household', ring: 1, angle: 0.3, household: true },
    { id: 2, name: 'Dennis', sector: 'family', ring: 2, angle: 0.4 },
    { id: 3, name: 'Opa Henk', sector: 'family', ring: 2, angle: 0.7 },
  ],
  ties: [],
});
const V1_HISTORY = JSON.stringify({ version: 1, undo: [
  { inverse: { edit: 'remove_tie', id: 2 } },
  { inverse: { edit: 'add_tie', tie: { id: 2, from: 3, to: 1, kind: 'risk', mutual: false, support: [], risk: ['conflict'],
    strength: 'strong', frequency: null, according_to: 'Linda', note: 'ruzie over geld' } } },
], redo: [] });

test('an undo history written before the upgrade still undoes, and one that does not read is reported', async () => {
  const { context, page, errors } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, V4_DOCUMENT, { id: 'map-old', history: V1_HISTORY });
  const undo = page.getByRole('button', { name: 'Ongedaan maken' });
  assert.equal(await undo.getAttribute('data-steps'), '2', 'the old history is kept');
  assert.equal(await page.locator('.notice').count(), 0, 'nothing to report');
  await undo.click();
  // The deleted tension tie comes back as contact, and the tension is Opa Henk's.
  await page.locator('svg.map g.person[aria-label^="Opa Henk,"][aria-label$="speelt: spanning of ruzie"]').waitFor();
  assert.equal(await page.locator('svg.map .tie-badge.badge-risk').count(), 0, 'no risk tie for tension');
  assert.equal(await page.locator('svg.map path.tie').count(), 1, 'the tie is back');

  await seedMap(page, V4_DOCUMENT, { id: 'map-newer', history: JSON.stringify({ version: 99, undo: [], redo: [] }) });
  await page.getByRole('alert').filter({ hasText: 'Je kaart is helemaal geopend. Wat je eerder deed, kon Kring niet meer lezen.' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ongedaan maken' }).getAttribute('data-steps'), '0');
  assert.deepEqual(errors, []);
  await context.close();
});
