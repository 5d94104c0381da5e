// Files in and out through the UI. Every export format downloads (named after the
// map and the date) and is what it claims to be; the Kring file and the encrypted file come
// back as the same map; pseudonymised files hold no names; every hostile file gets a clear
// message and leaves the open map as it was; easyNWK and dropped files open as new maps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, tabTo, axeViolations, seedMap, fixture, foreignRequests, storedDocument, fromMenu } from './harness.mjs';

let server, origin, browser, downloads;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'kring-files-'));
});
after(async () => {
  await browser?.close();
  server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const DATE = /\d{4}-\d{2}-\d{2}/.source;
const hostileDir = new URL('../hostile/', import.meta.url);
const easynwkDir = new URL('../fixtures/easynwk/', import.meta.url);

/** Everything a person sees of the open map, in a form two moments can be compared by. */
async function mapState(page) {
  const title = await page.locator('.map-title').textContent();
  const persons = await page.locator('svg.map g.person').evaluateAll((nodes) =>
    nodes.map((n) => n.getAttribute('aria-label')).sort());
  const listed = await page.locator('.list-view table.persons tbody th').allTextContents();
  const ties = await page.locator('.list-view table.ties tbody td:first-child').allTextContents();
  return { title, persons, listed: listed.sort(), ties: ties.sort() };
}

async function openExportMenu(page) {
  if (await page.locator('#menu-button').getAttribute('aria-expanded') !== 'true') await page.locator('#menu-button').click();
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('#export-choices').waitFor();
}

/** Chooses an export format and returns the saved download(s): { name, path, bytes }. */
async function exportAs(page, format, { count = 1 } = {}) {
  await openExportMenu(page);
  const got = [];
  const done = new Promise((resolve) => {
    const onDownload = async (download) => {
      const path = join(downloads, `${Date.now()}-${got.length}-${download.suggestedFilename()}`);
      got.push({ download, path });
      if (got.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    };
    page.on('download', onDownload);
  });
  await page.getByRole('button', { name: format, exact: true }).click();
  await done;
  const files = [];
  for (const { download, path } of got) {
    await download.saveAs(path);
    files.push({ name: download.suggestedFilename(), path, bytes: readFileSync(path) });
  }
  return files;
}

/** Chooses files in the Import control (as the file picker would). */
async function importFiles(page, files) {
  await page.getByLabel('Import', { exact: true }).setInputFiles(files);
}

const report = (page) => page.locator('.files-report');

async function expectOpenedAsNew(page) {
  await report(page).filter({ hasText: 'was opened as a new map' }).waitFor();
  assert.equal(await report(page).getAttribute('role'), 'status');
}

async function closeReport(page) {
  await report(page).getByRole('button', { name: 'Close' }).click();
  await report(page).waitFor({ state: 'detached' });
}

test('every format downloads with a neutral name (kring-date), and the Kring file comes back the same', async () => {
  const { context, page, requests, errors } = await openApp(browser, origin, { context: { viewport: { width: 1400, height: 1000 } } });
  await seedMap(page, fixture('bakker.kring.json'));
  const before = await mapState(page);
  assert.equal(before.persons.length, 15);

  const [kring] = await exportAs(page, 'Kring file');
  assert.match(kring.name, new RegExp(`^kring-${DATE}\\.kring\\.json$`));
  const document = JSON.parse(kring.bytes.toString('utf8'));
  assert.equal(document.format, 'kring');
  assert.equal(document.persons.length, 15);
  await report(page).filter({ hasText: `Saved as ${kring.name}` }).waitFor();

  const [graphml] = await exportAs(page, 'GraphML');
  assert.match(graphml.name, new RegExp(`^kring-${DATE}\\.graphml$`));

  const csv = await exportAs(page, 'CSV', { count: 2 });
  const csvNames = csv.map((f) => f.name).sort();
  assert.match(csvNames[0], new RegExp(`^kring-${DATE} persons\\.csv$`));
  assert.match(csvNames[1], new RegExp(`^kring-${DATE} ties\\.csv$`));
  const persons = csv.find((f) => f.name.endsWith('persons.csv')).bytes.toString('utf8').replace(/^\uFEFF/, '');
  const ties = csv.find((f) => f.name.endsWith('ties.csv')).bytes.toString('utf8').replace(/^\uFEFF/, '');
  assert.match(persons.split('\r\n')[0], /^id,name,kind,sector,ring/);
  assert.equal(persons.trim().split('\r\n').length, 1 + 15, 'a header and one row per person');
  assert.equal(ties.trim().split('\r\n').length, 1 + document.ties.length, 'a header and one row per tie');

  const [svg] = await exportAs(page, 'SVG picture');
  assert.match(svg.name, new RegExp(`^kring-${DATE}\\.svg$`));
  const [png] = await exportAs(page, 'PNG picture');
  assert.match(png.name, new RegExp(`^kring-${DATE}\\.png$`));
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  const pngWidth = png.bytes.readUInt32BE(16);
  const pngHeight = png.bytes.readUInt32BE(20);

  // Independent parsers: Chromium's own DOMParser on a blank page, not Kring's reader.
  const blank = await context.newPage();
  const checked = await blank.evaluate(({ graphmlText, svgText }) => {
    const xml = new DOMParser().parseFromString(graphmlText, 'application/xml');
    const keys = [...xml.getElementsByTagName('key')];
    const declared = new Set(keys.map((k) => k.getAttribute('id')));
    const used = [...xml.getElementsByTagName('data')].map((d) => d.getAttribute('key'));
    const picture = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const root = picture.documentElement;
    return {
      graphmlError: xml.getElementsByTagName('parsererror').length,
      keyNames: keys.map((k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`),
      undeclared: used.filter((k) => !declared.has(k)),
      nodes: xml.getElementsByTagName('node').length,
      edges: xml.getElementsByTagName('edge').length,
      svgError: picture.getElementsByTagName('parsererror').length,
      svgWidth: Number(root.getAttribute('width')),
      svgHeight: Number(root.getAttribute('height')),
      svgTitle: picture.getElementsByTagName('title')[0]?.textContent,
      svgText: [...picture.getElementsByTagName('text')].map((t) => t.textContent).join(' '),
      scripts: picture.getElementsByTagName('script').length,
    };
  }, { graphmlText: graphml.bytes.toString('utf8'), svgText: svg.bytes.toString('utf8') });
  await blank.close();
  assert.equal(checked.graphmlError, 0, 'GraphML is well-formed XML');
  assert.deepEqual(checked.undeclared, [], 'every <data> refers to a declared <key>');
  for (const name of ['node:name', 'node:label', 'node:sector', 'node:ring', 'node:household', 'node:child', 'node:kind',
    'node:role', 'node:age', 'node:x', 'node:y', 'edge:kind', 'edge:support', 'edge:risk', 'edge:direction',
    'edge:strength', 'edge:according_to', 'edge:mutual']) {
    assert.ok(checked.keyNames.includes(name), `GraphML declares <key> ${name}`);
  }
  assert.equal(checked.nodes, 15);
  assert.equal(checked.edges, document.ties.length);
  assert.equal(checked.svgError, 0, 'SVG is well-formed');
  assert.equal(checked.scripts, 0);
  assert.equal(checked.svgTitle, 'Familie Bakker');
  assert.match(checked.svgText, /Linda/);
  assert.equal(pngWidth, checked.svgWidth * 2, 'the PNG is twice as wide as the picture');
  assert.equal(pngHeight, checked.svgHeight * 2, 'and twice as high');

  // The Kring file opens as a new map with exactly the same persons and ties.
  await importFiles(page, kring.path);
  await expectOpenedAsNew(page);
  assert.deepEqual(await mapState(page), before);
  const reopened = await storedDocument(page);
  assert.deepEqual(reopened.persons, document.persons, 'ids, positions and every attribute');
  assert.deepEqual(reopened.ties, document.ties);
  await fromMenu(page, 'My maps');
  await page.locator('.map-list li').nth(1).waitFor();
  assert.equal(await page.locator('.map-list li').count(), 2, 'the old map is still there beside the new one');

  assert.deepEqual(foreignRequests(requests, origin), [], 'nothing left the device');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the export menu works by keyboard alone and has no axe violations when open', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await tabTo(page, 'Menu');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Export');
  await page.keyboard.press('Enter');
  const button = page.getByRole('button', { name: 'Export', exact: true });
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'export-kring');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Encrypted Kring file');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // The last choice: the plan of the latest meeting as text.
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'The plan (text)');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'PNG picture');
  assert.deepEqual(await axeViolations(page), [], 'export menu open');

  await page.getByLabel('Pseudonymise').check();
  await page.locator('.pseudonym-preview').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'export menu open with the pseudonymise preview');

  await page.getByRole('button', { name: 'Kring file', exact: true }).focus();
  await page.keyboard.press('Escape');
  await page.locator('#export-choices').waitFor({ state: 'detached' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await page.waitForFunction(() => document.activeElement?.id === 'export-button');

  // Enter on a format downloads it.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'export-kring');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  assert.match((await download).suggestedFilename(), /\.kring\.json$/);

  // A click elsewhere closes the menu, as does tabbing out of it; Import is the next stop.
  await button.click();
  await page.locator('#export-choices').waitFor();
  await page.locator('.map-title').click();
  await page.locator('#export-choices').waitFor({ state: 'detached' });
  await page.locator('#menu-button').click();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'export-kring');
  for (let i = 0; i < 30 && await page.evaluate(() => document.activeElement?.id) !== 'import-file'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file', 'Import is reached by Tab');
  await page.locator('#export-choices').waitFor({ state: 'detached' });
  await context.close();
});

test('pseudonymise: the preview shows what will be written, and no name reaches the file', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  const before = await mapState(page);
  await openExportMenu(page);
  await page.getByLabel('Pseudonymise').check();
  const preview = page.locator('.pseudonym-preview');
  // Numbers by default; initials on request.
  await preview.getByRole('cell', { name: 'Person 1', exact: true }).waitFor();
  await preview.getByText('The map is called ‘Network map’ in the file.').waitFor();
  await preview.getByText(/Notes and contact details are left out/).waitFor();
  // Children's safety marks stay out unless asked for.
  await preview.getByText(/What is noted about children's safety is left out/).waitFor();
  assert.equal(await page.getByLabel(/^Also include children's safety/).isChecked(), false);

  await page.getByLabel(/^Initials/).check();
  await preview.getByRole('cell', { name: 'L.', exact: true }).waitFor();
  await page.getByLabel(/^Number/).check();
  await preview.getByRole('cell', { name: 'Person 1', exact: true }).waitFor();
  const [file] = await exportAs(page, 'Kring file');
  assert.match(file.name, new RegExp(`^kring-${DATE}\\.kring\\.json$`), 'the file name does not name the family');
  const text = file.bytes.toString('utf8');
  const original = JSON.parse(fixture('bakker.kring.json'));
  for (const person of original.persons) {
    assert.ok(!text.includes(`"${person.name}"`), `${person.name} is not in the file`);
    if (person.role) assert.ok(!text.includes(`"${person.role}"`), `the role ${person.role} is not in the file`);
  }
  assert.ok(!text.includes('Bakker'));
  const written = JSON.parse(text);
  assert.deepEqual(written.persons.map((p) => [p.id, p.sector, p.ring]), original.persons.map((p) => [p.id, p.sector, p.ring]));
  assert.equal(written.ties.length, original.ties.length);
  assert.ok(original.persons.some((p) => Object.keys(p.child_safety ?? {}).length > 0), 'the fixture has safety marks');
  assert.ok(written.persons.every((p) => Object.keys(p.child_safety ?? {}).length === 0), 'no safety mark in the file');

  const [svg] = await exportAs(page, 'SVG picture');
  assert.match(svg.name, new RegExp(`^kring-${DATE}\\.svg$`));
  const picture = svg.bytes.toString('utf8');
  assert.ok(!picture.includes('Linda'), `the picture is pseudonymised too: ${picture.slice(picture.indexOf('Linda') - 300, picture.indexOf('Linda') + 100)}`);
  assert.deepEqual(await mapState(page), before, 'the open map keeps its names');
  await context.close();
});

test('the encrypted file opens with the right password, and says so clearly when it is wrong or damaged', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  const before = await mapState(page);
  await openExportMenu(page);
  await page.getByRole('button', { name: 'Encrypted Kring file', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Protect the file with a password' });
  await dialog.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'password dialog open');

  await dialog.getByLabel('Password', { exact: true }).fill('kort');
  await dialog.getByLabel('Password again').fill('kort');
  await dialog.getByRole('button', { name: 'Protect and save' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'too short' }).waitFor();
  await dialog.getByLabel('Password', { exact: true }).fill('oma-ria-1957');
  await dialog.getByLabel('Password again').fill('oma-ria-1958');
  await dialog.getByRole('button', { name: 'Protect and save' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'not the same' }).waitFor();

  await dialog.getByLabel('Password again').fill('oma-ria-1957');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Protect and save' }).click();
  const sealed = await download;
  assert.match(sealed.suggestedFilename(), new RegExp(`^kring-${DATE}\\.kring$`));
  const path = join(downloads, 'sealed.kring');
  await sealed.saveAs(path);
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(0, 12).toString('latin1'), 'KRING-SEALED');
  assert.ok(!bytes.includes('Linda') && !bytes.includes('Bakker'), 'nothing readable inside');
  await dialog.waitFor({ state: 'detached' });

  // A wrong password: a clear message, and it may be typed again.
  await importFiles(page, path);
  const ask = page.getByRole('dialog', { name: 'This file has a password' });
  await ask.waitFor();
  assert.deepEqual(await axeViolations(page), [], 'open-with-password dialog');
  await ask.getByLabel('Password', { exact: true }).fill('oma-ria-1958');
  await ask.getByRole('button', { name: 'Open' }).click();
  await ask.getByRole('alert').filter({ hasText: 'The password is not right.' }).waitFor();
  assert.deepEqual(await mapState(page), before, 'nothing changed');

  await ask.getByLabel('Password', { exact: true }).fill('oma-ria-1957');
  await ask.getByRole('button', { name: 'Open' }).click();
  await ask.waitFor({ state: 'detached' });
  await expectOpenedAsNew(page);
  assert.deepEqual(await mapState(page), before, 'the same map came back');
  await closeReport(page);

  // One changed byte in the contents: refused, with its own message.
  const damaged = Buffer.from(bytes);
  damaged[damaged.length - 5] ^= 0x01;
  const opened = await mapState(page);
  await importFiles(page, { name: 'damaged.kring', mimeType: 'application/octet-stream', buffer: damaged });
  await ask.waitFor();
  await ask.getByLabel('Password', { exact: true }).fill('oma-ria-1957');
  await ask.getByRole('button', { name: 'Open' }).click();
  await report(page).filter({ hasText: 'the file is damaged or was changed' }).waitFor();
  assert.equal(await report(page).getAttribute('role'), 'alert');
  assert.deepEqual(await mapState(page), opened);
  await context.close();
});

// The English message each hostile file must give (tests/io_graphml.rs checks the error).
const HOSTILE = {
  'truncated.json': /damaged or not complete/,
  'not-utf8.json': /cannot read the characters/,
  'not-utf8.graphml': /cannot read the characters/,
  'not-utf8.csv': /cannot read the characters/,
  'future-version.json': /newer version of Kring/,
  'dangling-tie.json': /points to someone who is not in the file/,
  'duplicate-ids.json': /Person p1 appears twice|appears twice/,
  'empty-name.json': /without a name/,
  'doctype.graphml': /DOCTYPE/,
  'billion-laughs.graphml': /DOCTYPE/,
  'external-entity.graphml': /DOCTYPE/,
  'deep-nesting.graphml': /nested too deeply/,
  'truncated.graphml': /not complete/,
  'unclosed-quote.csv': /not complete/,
  'unknown-entity.graphml': /damaged or is not a GraphML file/,
  'dangling-tie.graphml': /A tie points to ‘p9’/,
  'duplicate-ids.graphml': /‘p1’ appears twice/,
  'not-graphml.graphml': /not a GraphML file/,
  'extra-cells.csv': /more cells than there are columns/,
  'bad-ring.csv': /line 2, column ‘ring’/,
  'missing-name.csv': /column ‘name’ is missing/,
  // Limits, nesting and ids.
  'easynwk-version-bomb.json': /it holds 1000 versions\. A map in Kring has at most 200/,
  'nested-snapshots.json': /snapshot inside a snapshot/,
  'too-many-persons.csv': /it holds 2001 persons/,
  'too-many-ties.json': /it holds 10001 ties/,
  'too-many-snapshots.json': /it holds 201 snapshots/,
  'max-id.json': /the number 4294967295 is too high/,
};
// These open as a new map (tests/io_graphml.rs checks what they open to).
const OPENS = ['max-id.graphml', 'meeting-unknown-person.json'];
// Asks for a password first, then is refused before any key derivation.
const SEALED = { 'kdf-max.kring': /far more work to open than a Kring file ever does/ };
// These open (as a new map): their names are markup or formulas, shown as plain text.
const OPENS_AS_TEXT = {
  'markup-names.graphml': '"><svg onload=alert(1)>',
  'formula.csv': '=HYPERLINK(',
};

test('every hostile file gets a clear message and the open map stays as it was', async () => {
  const { context, page, errors } = await openApp(browser, origin);
  let popups = 0;
  page.on('dialog', async (d) => { popups++; await d.dismiss(); });
  await seedMap(page, fixture('bakker.kring.json'));
  const before = await mapState(page);
  const files = readdirSync(hostileDir).sort();
  assert.ok(files.length >= 20);
  for (const file of files) {
    if (file in OPENS_AS_TEXT || OPENS.includes(file) || file in SEALED) continue;
    assert.ok(file in HOSTILE, `${file} has no expected message in this test`);
    await importFiles(page, new URL(file, hostileDir).pathname);
    const alert = report(page).filter({ hasText: HOSTILE[file] });
    await alert.waitFor({ timeout: 5000 }).catch(async () => {
      assert.fail(`${file}: expected ${HOSTILE[file]}, saw “${await report(page).textContent().catch(() => 'nothing')}”`);
    });
    assert.equal(await report(page).getAttribute('role'), 'alert', file);
    assert.deepEqual(await mapState(page), before, `${file} changed the open map`);
    await closeReport(page);
  }

  // Too large: refused from its size alone, before it is read.
  await importFiles(page, { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) });
  await report(page).filter({ hasText: 'This file is too large (21 MB). Kring opens files up to 20 MB.' }).waitFor();
  await closeReport(page);
  await importFiles(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just some notes.') });
  await report(page).filter({ hasText: 'Kring does not know this kind of file' }).waitFor();
  await closeReport(page);
  await importFiles(page, { name: 'Familie Bakker ties.csv', mimeType: 'text/csv', buffer: Buffer.from('id,from,to,kind\r\n1,1,2,support\r\n') });
  await report(page).filter({ hasText: 'This is the table of ties' }).waitFor();
  await closeReport(page);
  assert.deepEqual(await mapState(page), before);

  for (const [file, message] of Object.entries(SEALED)) {
    await importFiles(page, new URL(file, hostileDir).pathname);
    const ask = page.getByRole('dialog', { name: 'This file has a password' });
    await ask.getByLabel('Password', { exact: true }).fill('any password at all');
    const started = Date.now();
    await ask.getByRole('button', { name: 'Open' }).click();
    await report(page).filter({ hasText: message }).waitFor();
    assert.ok(Date.now() - started < 3000, `${file} was refused before any work`);
    await ask.waitFor({ state: 'detached' });
    await closeReport(page);
    assert.deepEqual(await mapState(page), before);
  }

  for (const [file, shown] of Object.entries(OPENS_AS_TEXT)) {
    await importFiles(page, new URL(file, hostileDir).pathname);
    await expectOpenedAsNew(page);
    const listed = await page.locator('.list-view table.persons tbody th').allTextContents();
    assert.ok(listed.some((name) => name.startsWith(shown)), `${file}: ${shown} is shown as text (${listed})`);
    await closeReport(page);
  }
  assert.equal(await page.evaluate(() => document.querySelectorAll('svg.map script, .list-view script, .list-view svg').length), 0);
  assert.equal(popups, 0, 'no markup from a file ran');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an easyNWK file opens as a new map with every version kept as a snapshot', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  await importFiles(page, new URL('sandra-versions.json', easynwkDir).pathname);
  await expectOpenedAsNew(page);
  for (const name of ['Sandra', 'Oma Gerti', 'Frau Huber', 'Neue Nachbarin']) {
    await page.getByRole('button', { name: new RegExp(`^${name},`) }).waitFor();
  }
  const stored = await storedDocument(page);
  assert.deepEqual(stored.snapshots.map((s) => [s.date, s.label]),
    [['2024-03-04', 'easyNWK version: Erstgespräch'], ['2024-09-16', 'easyNWK version: Nach 6 Monaten']]);
  assert.ok(stored.snapshots[0].map.persons.length < stored.persons.length, 'the first version had fewer persons');
  await closeReport(page);

  // The bare easyNWK object (one version, no date) opens too.
  await importFiles(page, new URL('mehmet-bare.json', easynwkDir).pathname);
  await expectOpenedAsNew(page);
  await context.close();
});

test('dropping a file on the app opens it as a new map; dropping two CSV tables reads both', async () => {
  const { context, page } = await openApp(browser, origin);
  await seedMap(page, fixture('bakker.kring.json'));
  const before = await mapState(page);
  const [persons, ties] = await exportAs(page, 'CSV', { count: 2 }).then((files) =>
    [files.find((f) => f.name.endsWith('persons.csv')), files.find((f) => f.name.endsWith('ties.csv'))]);

  const drop = (files) => page.evaluate(async (files) => {
    const data = new DataTransfer();
    for (const { name, text, type } of files) data.items.add(new File([text], name, { type }));
    const target = document.querySelector('svg.map');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    }
  }, files);

  await drop([{ name: 'kaart.kring.json', text: fixture('bakker.kring.json'), type: 'application/json' }]);
  await expectOpenedAsNew(page);
  assert.deepEqual(await mapState(page), before);
  await closeReport(page);

  await drop([
    { name: ties.name, text: ties.bytes.toString('utf8'), type: 'text/csv' },
    { name: persons.name, text: persons.bytes.toString('utf8'), type: 'text/csv' },
  ]);
  await expectOpenedAsNew(page);
  const fromCsv = await mapState(page);
  assert.deepEqual([fromCsv.persons, fromCsv.ties], [before.persons, before.ties], 'the two tables make the same map');
  await context.close();
});
