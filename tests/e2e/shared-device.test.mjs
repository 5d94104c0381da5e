// Safe on a shared device. A quick exit leaves no name in the page or the title;
// a deleted person or map leaves no byte behind in IndexedDB or localStorage; a hostile
// import never becomes the map Kring opens; the window title never names the family.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, waitSaved, seedMap, fixture, fromMenu, axeViolations, leaveChildMode,
  openLockDialog, setLock, unlock } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const NAMES = ['Familie Bakker', 'Linda', 'Noah', 'Oma Ria', 'Samira', 'Coach Bas'];

/** Everything the page shows or holds: text, attributes, the title. */
async function everythingShown(page) {
  return page.evaluate(() => `${document.title}\n${document.documentElement.outerHTML}`);
}

async function assertNothingShown(page) {
  assert.match(await page.title(), /^(New Tab|Nieuw tabblad)$/);
  const shown = await everythingShown(page);
  for (const name of NAMES) assert.ok(!shown.includes(name), `${name} is still in the page`);
  assert.equal(await page.locator('svg.map').count(), 0, 'the map is out of the page');
}

/** Every byte Kring keeps on the device: all IndexedDB stores and localStorage, as text. */
async function everythingStored(page) {
  return page.evaluate(async () => {
    const parts = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((ok, fail) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      parts.push(key, localStorage.getItem(key));
    }
    return parts.join('\n');
  });
}

test('the window title says only "Kring", never the map', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await waitSaved(page).catch(() => {});
  assert.equal(await page.title(), 'Kring');
  await context.close();
});

test('quick exit by the button hides everything at once, also in child mode', async () => {
  const { context, page, errors } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await fromMenu(page, 'Child mode');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await assertNothingShown(page);
  // The way back opens Kring again where it was: in child mode (a quick exit is no way
  // out of it for a child), and with the map once an adult leaves it.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('main.child-mode').waitFor();
  assert.equal(await page.title(), 'Kring');
  await leaveChildMode(page);
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('quick exit by Escape twice, from inside a panel', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await page.getByRole('button', { name: /^Linda,/ }).click();
  await page.locator('#edit-name').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await assertNothingShown(page);
  await context.close();
});

test('a deleted person leaves no byte of their name or number on the device after a reload', async () => {
  const { context, page } = await openApp(browser, origin);
  const doc = JSON.parse(fixture('bakker.kring.json'));
  const NAME = 'Xyzzy Zeldzaam';
  const PHONE = '06-98765432';
  doc.persons.push({ id: 99, name: NAME, sector: 'friends', ring: 2, note: 'buurman' });
  doc.persons.find((p) => p.name === 'Linda').child_safety = { 99: 'no_contact' };
  doc.ties.push({ id: 99, from: 99, to: 2, kind: 'support', according_to: NAME });
  doc.meetings = [{
    id: 1, date: '2026-03-12',
    participants: [
      { id: 1, person: 1, role: 'family_member' },
      { id: 2, person: 99, role: 'network_member', phone: PHONE },
    ],
    agreements: [{ who: 99, what: 'haalt Noah op' }],
  }];
  await seedMap(page, JSON.stringify(doc));
  assert.ok((await everythingStored(page)).includes(PHONE), 'the test would prove nothing');

  // A rename first, so the undo history holds the name too.
  await page.getByRole('button', { name: new RegExp(`^${NAME},`) }).click();
  await page.locator('#edit-name').fill(`${NAME} Jansen`);
  await page.locator('#edit-name').blur();
  await waitSaved(page);
  assert.ok((await everythingStored(page)).includes(NAME));

  await page.locator('#delete-person').click();
  const confirm = page.locator('#confirm-delete-text');
  await confirm.waitFor();
  const says = await confirm.textContent();
  for (const where of ['1 tie', '1 network meeting', '1 agreement', '1 safety arrangement']) {
    assert.ok(says.includes(where), `the confirmation says where they were (${where}): ${says}`);
  }
  await page.locator('#confirm-delete-person').click();
  await waitSaved(page);
  // Undo still brings them back in this session...
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: new RegExp(`^${NAME} Jansen,`) }).waitFor();
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: new RegExp(`^${NAME}`) }).waitFor({ state: 'detached' });
  await waitSaved(page);
  // ...and after a reload nothing of them is anywhere.
  await page.reload();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  const stored = await everythingStored(page);
  for (const trace of ['Xyzzy', 'Zeldzaam', PHONE, '98765432']) {
    assert.ok(!stored.includes(trace), `${trace} is still stored`);
  }
  await context.close();
});

test('"Forget the history" leaves no undo step, saved or not', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await page.getByRole('button', { name: /^Samira,/ }).click();
  await page.locator('#edit-name').fill('Samira Old');
  await page.locator('#edit-name').blur();
  await waitSaved(page);
  await page.locator('#edit-name').fill('Samira');
  await page.locator('#edit-name').blur();
  await fromMenu(page, 'My maps');
  await page.getByRole('button', { name: 'Forget the history' }).click();
  await page.locator('#confirm-forget-history').click();
  await waitSaved(page);
  assert.equal(await page.getByRole('button', { name: 'Undo' }).isDisabled(), true);
  await page.getByText('The history is forgotten.').waitFor();
  await page.reload();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  assert.ok(!(await everythingStored(page)).includes('Samira Old'));
  await context.close();
});

test('a deleted map leaves nothing behind, not even from a save that was under way', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  // An edit whose save is still running when the map is deleted.
  await page.getByRole('button', { name: /^Samira,/ }).click();
  await page.locator('#edit-name').fill('Samira Laatst');
  await fromMenu(page, 'My maps');
  await page.getByRole('button', { name: 'Delete Familie Bakker' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.locator('.map-name', { hasText: 'Familie Bakker' }).waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  await page.reload();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  const stored = await everythingStored(page);
  for (const trace of ['Familie Bakker', 'Samira', 'Oma Ria']) assert.ok(!stored.includes(trace), `${trace} is still stored`);
  await context.close();
});

test('a hostile import leaves the previous map current and Kring responsive', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  const nested = fixture('../hostile/nested-snapshots.json');
  await page.getByLabel('Import', { exact: true }).setInputFiles([
    { name: 'kaart.kring.json', mimeType: 'application/json', buffer: Buffer.from(nested) },
  ]);
  await page.locator('.files-report').filter({ hasText: 'snapshot inside a snapshot' }).waitFor();
  await page.getByRole('button', { name: /^Samira,/ }).click();
  await page.reload();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  await context.close();
});

test('a sealed file is made and opened with the key derived in the worker, not on the page', async () => {
  const { context, page, requests } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await fromMenu(page, 'Export');
  await page.getByRole('button', { name: 'Encrypted Kring file', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Protect the file with a password' });
  await dialog.getByLabel('Password', { exact: true }).fill('oma-ria-1957-fiets');
  await dialog.getByLabel('Password again').fill('oma-ria-1957-fiets');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Protect and save' }).click();
  const sealed = await (await download).createReadStream();
  const chunks = [];
  for await (const chunk of sealed) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  assert.equal(bytes.subarray(0, 12).toString('latin1'), 'KRING-SEALED');
  // The worker's own wasm was loaded: Argon2 ran there.
  assert.ok(requests.some((url) => url === `${origin}/kdf-worker_bg.wasm`), requests.join('\n'));

  await page.getByLabel('Import', { exact: true }).setInputFiles([
    { name: 'kaart.kring', mimeType: 'application/octet-stream', buffer: bytes },
  ]);
  const ask = page.getByRole('dialog', { name: 'This file has a password' });
  await ask.getByLabel('Password', { exact: true }).fill('oma-ria-1957-fiets');
  await ask.getByRole('button', { name: 'Open' }).click();
  await page.locator('.files-report').filter({ hasText: 'was opened as a new map' }).waitFor();
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  await context.close();
});

test('a map deleted in one tab is gone from the other tab too, and no save there brings it back', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  const other = await context.newPage();
  await other.goto(`${origin}/?lang=en`);
  await other.getByRole('button', { name: /^Samira,/ }).waitFor();

  await fromMenu(page, 'My maps');
  await page.getByRole('button', { name: 'Delete Familie Bakker' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.locator('.map-name', { hasText: 'Familie Bakker' }).waitFor({ state: 'detached' });

  // The other tab says why, and shows nothing of the deleted map any more.
  await other.getByRole('alert').filter({ hasText: 'was deleted in another tab or window' }).waitFor();
  assert.equal(await other.getByRole('button', { name: /^Samira,/ }).count(), 0);
  await waitSaved(other);
  // An edit there now goes to the new map, and the deleted one does not come back.
  await other.reload();
  await other.getByRole('group', { name: 'Network map' }).waitFor();
  const stored = await everythingStored(other);
  for (const trace of ['Familie Bakker', 'Samira', 'Oma Ria']) assert.ok(!stored.includes(trace), `${trace} is still stored`);
  await context.close();
});

test('a full map says so when someone is added, and nothing is lost', async () => {
  const { context, page } = await openApp(browser, origin);
  const doc = JSON.parse(fixture('bakker.kring.json'));
  const sectors = ['family', 'community', 'school_work', 'professionals'];
  for (let id = doc.persons.length + 1; id <= 2000; id++) {
    doc.persons.push({ id, name: `Persoon ${id}`, kind: 'person', sector: sectors[id % 4], ring: 1 + (id % 3),
      angle: (id % 90) / 100, household: false, child: false, role: '', note: '', avatar: '', gender: 'unknown', deceased: false });
  }
  doc.next_person = 2001;
  await seedMap(page, JSON.stringify(doc));
  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  await page.locator('#person-name').fill('Nog iemand');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'This map holds 2,000 persons, the most one map can hold.' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Nog iemand,/ }).count(), 0);
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  await context.close();
});

/** Every journal file in the Origin Private File System, as text (bytes as latin1). */
async function journalFiles(page) {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const files = [];
    for await (const [name, entry] of root.entries()) {
      if (entry.kind !== 'directory') continue;
      for await (const [fileName, file] of entry.entries()) {
        if (file.kind !== 'file') continue;
        const bytes = new Uint8Array(await (await file.getFile()).arrayBuffer());
        let text = '';
        for (const b of bytes) text += String.fromCharCode(b);
        files.push({ name: `${name}/${fileName}`, size: bytes.length, text });
      }
    }
    return files;
  });
}

const PASSPHRASE = 'fiets-appel-wolk-lamp';

test('the lock: nothing readable is stored, a locked Kring shows no name, the passphrase brings the map back', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  let dialog = await openLockDialog(page);
  // Where the passphrase is set, it says plainly what forgetting it means.
  await dialog.getByText(/if you forget the passphrase, the maps on this device are gone/i).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the lock dialog');
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set the lock' }).click();
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor();
  assert.equal(await page.title(), 'Kring');
  assert.deepEqual(await axeViolations(page), [], 'the locked screen');
  let shown = await everythingShown(page);
  for (const name of NAMES) assert.ok(!shown.includes(name), `${name} is in the locked page`);

  // A wrong passphrase is said plainly; the right one brings the map back.
  await unlock(page, 'niet-de-goede-zin');
  await page.getByRole('alert').filter({ hasText: 'That is not the passphrase.' }).waitFor();
  await unlock(page, PASSPHRASE);
  await page.getByRole('button', { name: /^Samira,/ }).click();
  await page.locator('#edit-name').fill('Samira Nieuw');
  await page.keyboard.press('Tab');
  await waitSaved(page);
  await page.getByRole('button', { name: /^Samira Nieuw,/ }).waitFor();

  // Lock now: the journal, the database and the spare copy hold nothing readable.
  dialog = await openLockDialog(page);
  await dialog.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor();
  const stored = await everythingStored(page);
  const journal = await journalFiles(page);
  assert.ok(stored.includes('"sealed"') || stored.includes('sealed'), 'the maps are there, encrypted');
  assert.ok(journal.some((f) => f.size > 0), `the journal has files: ${JSON.stringify(journal.map((f) => [f.name, f.size]))}`);
  for (const name of [...NAMES, 'Samira Nieuw', 'Dennis', 'Karin']) {
    assert.ok(!stored.includes(name), `${name} is readable in IndexedDB or localStorage`);
    for (const file of journal) assert.ok(!file.text.includes(name), `${name} is readable in ${file.name}`);
  }
  shown = await everythingShown(page);
  for (const name of NAMES) assert.ok(!shown.includes(name), `${name} is in the locked page`);

  await page.reload();
  await unlock(page, PASSPHRASE);
  await page.getByRole('button', { name: /^Samira Nieuw,/ }).waitFor();

  // Removing the lock (with the passphrase) writes everything back in the open.
  dialog = await openLockDialog(page);
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Remove the lock' }).click()]);
  await page.getByRole('button', { name: /^Samira Nieuw,/ }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Kring is locked' }).count(), 0);
  assert.ok((await everythingStored(page)).includes('Samira Nieuw'), 'the map is stored in the open again');
  await context.close();
});

test('quick exit with a lock leaves Kring locked', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await setLock(page, PASSPHRASE);
  await unlock(page, PASSPHRASE);
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await assertNothingShown(page);
  await page.locator('#quick-exit-back').click();
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor();
  const shown = await everythingShown(page);
  for (const name of NAMES) assert.ok(!shown.includes(name), `${name} is in the locked page`);
  await context.close();
});

test('the lock holds when its description is lost with localStorage (as after a kill)', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await setLock(page, PASSPHRASE);
  // localStorage lost: IndexedDB's settings still say it. Both lost: the records do.
  for (const alsoSettings of [false, true]) {
    await page.evaluate(async (alsoSettings) => {
      localStorage.removeItem('kring.lock');
      if (!alsoSettings) return;
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open('kring');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise((ok, fail) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').delete('lock');
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, alsoSettings);
    await page.reload();
    await unlock(page, PASSPHRASE);
    await page.getByRole('button', { name: /^Samira,/ }).waitFor();
    const shown = await page.evaluate(() => document.title);
    assert.equal(shown, 'Kring');
    await page.reload();
  }
  await context.close();
});

test('a forgotten passphrase is not a dead end: the locked screen can remove every map and the lock', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await setLock(page, PASSPHRASE);
  await page.getByText('Forgot the passphrase?').click();
  page.once('dialog', (d) => d.accept());
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Remove all maps and the lock' }).click()]);
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Kring is locked' }).count(), 0);
  const stored = await everythingStored(page);
  assert.ok(!stored.includes('sealed') && !stored.includes('Samira'), 'nothing of the locked maps is left');
  await context.close();
});

test('Kring locks itself after the chosen time without use', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await setLock(page, PASSPHRASE, { idleMinutes: 5 });
  await page.clock.install();
  await unlock(page, PASSPHRASE);
  await page.getByRole('button', { name: /^Samira,/ }).waitFor();
  // Four minutes: still open. Past five: locked, with no name left in the page.
  await page.clock.fastForward('04:00');
  assert.equal(await page.getByRole('heading', { name: 'Kring is locked' }).count(), 0);
  await page.clock.fastForward('01:30');
  await page.getByRole('heading', { name: 'Kring is locked' }).waitFor();
  const shown = await everythingShown(page);
  for (const name of NAMES) assert.ok(!shown.includes(name), `${name} is in the locked page`);
  await context.close();
});

test('in Dutch: the lock is set, its idle time changed while set, and a lock that only the journal still knows of holds', async () => {
  const { context, page } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, fixture('bakker.kring.json'));
  let dialog = await openLockDialog(page);
  await dialog.getByText(/ben je de wachtzin kwijt, dan zijn de kaarten op dit apparaat weg/i).waitFor();
  await dialog.getByLabel('Wachtzin', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Wachtzin nog een keer').fill(PASSPHRASE);
  await dialog.getByLabel('Op slot na zoveel minuten niet gebruiken').selectOption('5');
  await dialog.getByRole('button', { name: 'Slot zetten' }).click();
  const unlockNl = async () => {
    await page.getByRole('heading', { name: 'Kring is op slot' }).waitFor();
    await page.getByLabel('Wachtzin', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Openen', exact: true }).click();
  };
  await unlockNl();
  await page.getByRole('button', { name: /^Samira,/ }).click();
  await page.locator('#edit-name').fill('Samira Nieuw');
  await page.keyboard.press('Tab');
  await waitSaved(page);

  // Another idle time, chosen with the lock set, is kept at once and shown next time.
  dialog = await openLockDialog(page);
  await dialog.getByRole('heading', { name: 'Kring heeft een slot' }).waitFor();
  await dialog.getByLabel('Op slot na zoveel minuten niet gebruiken').selectOption('30');
  await dialog.getByRole('status').filter({ hasText: 'Opgeslagen. Dit telt vanaf nu.' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the lock dialog with a lock set');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('kring.lock')).idle_minutes), 30);
  await page.reload();
  await unlockNl();
  dialog = await openLockDialog(page);
  assert.equal(await dialog.getByLabel('Op slot na zoveel minuten niet gebruiken').inputValue(), '30');

  // The journal holds the map, encrypted.
  for (let tries = 0; !(await journalFiles(page)).some((f) => f.size > 0); tries++) {
    assert.ok(tries < 50, 'the journal was never written');
    await page.waitForTimeout(100);
  }
  // As after a kill that took IndexedDB and the lock's description in localStorage: the
  // journal's encrypted files still say that a lock is set. Kring stays locked (it does
  // not open empty and unlocked), and the passphrase brings the map back from the journal.
  for (const open of context.pages()) await open.close();
  const bare = await context.newPage();
  await bare.goto(`${origin}/manifest.webmanifest`);
  await bare.evaluate(() => new Promise((ok, fail) => {
    localStorage.removeItem('kring.lock');
    const request = indexedDB.deleteDatabase('kring');
    request.onsuccess = ok;
    request.onerror = () => fail(request.error);
    request.onblocked = () => fail(new Error('a Kring page still had the database open'));
  }));
  await bare.close();
  const again = await context.newPage();
  await again.goto(`${origin}/?lang=nl`);
  await again.getByRole('heading', { name: 'Kring is op slot' }).waitFor();
  assert.equal(await again.locator('svg.map').count(), 0, 'no map is shown before the passphrase');
  await again.getByLabel('Wachtzin', { exact: true }).fill(PASSPHRASE);
  await again.getByRole('button', { name: 'Openen', exact: true }).click();
  await again.getByRole('button', { name: /^Samira Nieuw,/ }).waitFor();
  await context.close();
});
