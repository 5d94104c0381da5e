// The crash journal. Every change is also appended, flushed, to a file in the
// Origin Private File System (journal-worker.js); when the browser comes back with
// IndexedDB empty, the journal brings back every edit that was shown as saved, undo
// history included. Deleted maps stay deleted, and a browser without OPFS says once,
// quietly, that its crash protection is limited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, waitSaved, fromMenu } from './harness.mjs';
import { addPerson, view, journalFiles } from './soak.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Deletes Kring's IndexedDB database while no Kring page is open, then opens Kring. */
async function reopenWithoutIndexedDb(context) {
  for (const open of context.pages()) await open.close();
  const bare = await context.newPage();
  await bare.goto(`${origin}/manifest.webmanifest`);
  await bare.evaluate(() => new Promise((ok, fail) => {
    const request = indexedDB.deleteDatabase('kring');
    request.onsuccess = ok;
    request.onerror = () => fail(request.error);
    request.onblocked = () => fail(new Error('a Kring page still had the database open'));
  }));
  assert.deepEqual(await bare.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [],
    'IndexedDB is empty before Kring opens again');
  await bare.close();
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  return page;
}

const personNamed = (page, name) => page.locator(`svg.map g.person[aria-label^=${JSON.stringify(`${name},`)}]`);

test('IndexedDB deleted while the page is closed: the journal brings back every saved edit, with its undo history', async () => {
  const { context, page } = await openApp(browser, origin);
  const states = [];
  const saved = async () => {
    await waitSaved(page);
    states.push((await view(page)).persons);
  };
  await addPerson(page, 'Oma Ria');
  await saved();
  await addPerson(page, 'Buurman Kees', 'community');
  await saved();
  // Closer by keyboard (a move), then a delete with confirmation.
  await personNamed(page, 'Buurman Kees').focus();
  await page.keyboard.press('ArrowUp');
  await saved();
  await addPerson(page, 'Juf Anna', 'school_work');
  await saved();
  await personNamed(page, 'Juf Anna').focus();
  await page.keyboard.press('Delete');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-person');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-delete-person');
  await page.keyboard.press('Enter');
  await personNamed(page, 'Juf Anna').waitFor({ state: 'detached' });
  await saved();
  // Undo and redo are edits too: undo the delete, undo the add, redo the add.
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved();
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved();
  await page.getByRole('button', { name: 'Redo' }).click();
  await saved();
  const last = states.at(-1);
  assert.ok(last.some((p) => p.startsWith('Juf Anna,')), 'the last state has Juf Anna again');
  const files = await journalFiles(page);
  assert.equal(files.length, 2, `two journal files for the map: ${JSON.stringify(files)}`);

  const back = await reopenWithoutIndexedDb(context);
  await personNamed(back, 'Juf Anna').waitFor();
  assert.deepEqual((await view(back)).persons, last, 'the map as last saved');
  await back.locator('#safety-note').filter({ hasText: 'safety log' }).waitFor();
  // The undo history came back too: from the redone add, undo goes back to before Juf
  // Anna, then to Buurman Kees not moved yet, then to Oma Ria alone.
  for (const expected of [states[6], states[1], states[0]]) {
    await back.getByRole('button', { name: 'Undo' }).click();
    await waitSaved(back);
    assert.deepEqual((await view(back)).persons, expected);
  }
  // And IndexedDB holds it again: the next start says nothing.
  await back.reload();
  await back.getByRole('group', { name: 'Network map' }).waitFor();
  await personNamed(back, 'Oma Ria').waitFor();
  assert.equal(await back.locator('#safety-note').count(), 0, 'put back once');
  await context.close();
});

test('an edit seen as saved survives, even if only the journal had it when the page went', async () => {
  const { context, page } = await openApp(browser, origin);
  await addPerson(page, 'Tante Lies');
  await waitSaved(page);
  // From now on IndexedDB takes no more writes (its transactions never finish): only the
  // journal can make "Saved" appear.
  await page.evaluate(() => {
    IDBDatabase.prototype.transaction = function stalled() {
      throw new DOMException('stalled for the test', 'UnknownError');
    };
  });
  await addPerson(page, 'Neef Sem', 'family');
  await page.getByRole('alert').filter({ hasText: 'Saving did not work' }).waitFor();
  // IndexedDB's failure stays on screen, but the journal holds the edit.
  const files = await journalFiles(page);
  assert.ok(files.some((f) => f.persons === 2 || f.ops > 0), `the journal has the edit: ${JSON.stringify(files)}`);
  const back = await reopenWithoutIndexedDb(context);
  await personNamed(back, 'Neef Sem').waitFor();
  await personNamed(back, 'Tante Lies').waitFor();
  await context.close();
});

test('a deleted map does not come back from its journal, and its journal files are gone', async () => {
  const { context, page } = await openApp(browser, origin);
  await addPerson(page, 'Weg Ermee');
  await waitSaved(page);
  assert.ok((await journalFiles(page)).length > 0);
  await fromMenu(page, 'My maps');
  const title = (await page.locator('.map-name').first().textContent()).trim();
  await page.getByRole('button', { name: `Delete ${title}` }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.locator('.map-name', { hasText: title }).waitFor({ state: 'detached' });
  await page.waitForFunction(async () => {
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle('kring-journal', { create: true });
    // eslint-disable-next-line no-unused-vars
    for await (const _ of dir.entries()) return false;
    return true;
  });
  const back = await reopenWithoutIndexedDb(context);
  await back.waitForTimeout(300);
  assert.equal(await personNamed(back, 'Weg Ermee').count(), 0, 'the deleted map does not come back');
  assert.equal(await back.locator('#safety-note').count(), 0);
  await context.close();
});

test('the journal stays small: a checkpoint every 50 operations empties the chain before it', async () => {
  const { context, page } = await openApp(browser, origin);
  await addPerson(page, 'Eerste');
  await waitSaved(page);
  const sizes = [];
  for (let i = 0; i < 60; i++) {
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Redo' }).click();
    if (i % 10 === 9) {
      await waitSaved(page);
      sizes.push((await journalFiles(page)).reduce((n, f) => n + f.bytes, 0));
    }
  }
  await waitSaved(page);
  const files = await journalFiles(page);
  assert.equal(files.filter((f) => f.bytes > 0).length, 1, `one chain after compaction: ${JSON.stringify(files)}`);
  assert.ok(files.every((f) => f.ops < 50), `at most 49 operations after a checkpoint: ${JSON.stringify(files)}`);
  assert.ok(Math.max(...sizes) < 60_000, `journal sizes ${sizes}`);
  await context.close();
});

test('without OPFS, Kring says once and quietly that crash protection is limited, and works as before', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete StorageManager.prototype.getDirectory; });
  const page = await context.newPage();
  await page.goto(`${origin}/?lang=en`);
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  const note = page.getByRole('status').filter({ hasText: 'cannot fully protect' });
  await note.waitFor();
  await addPerson(page, 'Zonder Logboek');
  await waitSaved(page);
  await page.reload();
  await personNamed(page, 'Zonder Logboek').waitFor();
  assert.equal(await note.count(), 0, 'said once, not on every start');
  await context.close();
});

test('IndexedDB does not open: the map opens from the journal, changes are kept there, and go back once it opens', async () => {
  const { context, page } = await openApp(browser, origin);
  await context.addInitScript(() => {
    if (localStorage.getItem('test.indexeddb-refused')) {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      };
    }
  });
  await addPerson(page, 'Voor De Storing');
  await waitSaved(page);
  await page.evaluate(() => localStorage.setItem('test.indexeddb-refused', '1'));
  await page.reload();
  await personNamed(page, 'Voor De Storing').waitFor();
  await page.locator('#safety-note').filter({ hasText: 'did not open' }).waitFor();
  await addPerson(page, 'Tijdens De Storing', 'friends');
  await waitSaved(page); // the journal holds it
  assert.equal(await page.getByRole('alert').filter({ hasText: 'does not let Kring keep anything' }).count(), 0);
  await page.evaluate(() => localStorage.removeItem('test.indexeddb-refused'));
  await page.reload();
  await personNamed(page, 'Tijdens De Storing').waitFor();
  await page.locator('#safety-note').filter({ hasText: 'safety log' }).waitFor();
  await context.close();
});
