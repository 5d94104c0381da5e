// Over time in the browser: perspectives that disagree are marked on the map and named in a
// list; a snapshot and three edits compare to exactly those three changes; snapshots and
// perspectives survive a reload and come along when a map is merged (one undo step).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, waitSaved, axeViolations, seedMap, fixture, storedDocument } from './harness.mjs';

let server, origin, browser, downloads;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  downloads = mkdtempSync(join(tmpdir(), 'kring-timeline-'));
});
after(async () => {
  await browser?.close();
  server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const WIDE = { viewport: { width: 1400, height: 1000 } };

async function openPanel(page) {
  await page.getByRole('tab', { name: 'Over time' }).click();
  const toggle = page.getByRole('button', { name: 'Over time' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('heading', { name: 'Snapshots' }).waitFor();
}

async function makePerspective(page, holder) {
  await page.getByLabel('Is this person on the map?').selectOption({ label: holder });
  await page.getByRole('button', { name: 'Make perspective' }).click();
  await page.getByRole('heading', { name: `${holder}'s perspective` }).waitFor();
}

async function saveSnapshot(page, label, date) {
  await page.getByLabel('Why now?').fill(label);
  if (date) await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByRole('list', { name: 'Snapshots by date' }).getByRole('button', { name: new RegExp(label) }).waitFor();
}

test('two perspectives that disagree on one tie: a mark on the map and one sentence in the list', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: WIDE });
  await seedMap(page, fixture('bakker.kring.json'));
  await openPanel(page);

  await makePerspective(page, 'Noah');
  // The map now shows Noah's view, and says so.
  await page.locator('svg.map text.lens-caption', { hasText: 'As Noah sees it' }).waitFor();
  await makePerspective(page, 'Linda');
  // Linda sees Oma Ria as a risk to Mila, where Noah (and the shared map) see support.
  await page.getByLabel('Kind of tie from Oma Ria to Mila').selectOption({ label: 'Risk' });
  await page.locator('svg.map g.tie-group[data-tie-id="6"] path.tie.tie-risk').waitFor();

  await page.getByRole('group', { name: 'Whose view does the map show?' }).getByRole('button', { name: 'All together' }).click();
  const marks = page.locator('svg.map g.disagreement-mark');
  await marks.first().waitFor();
  assert.equal(await marks.count(), 1, 'exactly one disagreement is marked');
  assert.equal(await marks.getAttribute('data-persons'), '3 5', 'between Mila and Oma Ria');
  // Black-and-white safe: a sign and a dash pattern, not a colour.
  assert.equal((await marks.locator('text').textContent()).trim(), '≠');
  assert.ok(await marks.locator('line').getAttribute('stroke-dasharray'));

  const items = page.locator('.disagreement-list li');
  assert.equal(await items.count(), 1);
  assert.equal(
    (await items.locator('.disagreement-text').textContent()).trim(),
    'According to Noah, Oma Ria supports Mila; according to Linda, there are worries about what Oma Ria does to Mila.');
  // The shared map itself is untouched: the tie is still support there.
  await page.locator('svg.map g.tie-group[data-tie-id="6"] path.tie.tie-support').waitFor();

  assert.deepEqual(await axeViolations(page), [], 'panel open with perspectives and a disagreement');
  assert.deepEqual(errors, []);
  await context.close();
});

test('closeness can differ per perspective: the view moves the person, the list names the difference', async () => {
  const { context, page } = await openApp(browser, origin, { context: WIDE });
  await seedMap(page, fixture('bakker.kring.json'));
  await openPanel(page);
  await makePerspective(page, 'Noah');
  // Coach Bas is "Further away" on the shared map; Noah sees him very close.
  await page.getByLabel('Coach Bas', { exact: true }).selectOption({ label: 'Very close' });
  await page.getByRole('button', { name: 'Coach Bas, Neighbours & community, Very close' }).waitFor();
  await makePerspective(page, 'Linda');
  await page.getByRole('group', { name: 'Whose view does the map show?' }).getByRole('button', { name: 'All together' }).click();
  const sentence = page.locator('.disagreement-list li', { hasText: 'Coach Bas' });
  await sentence.waitFor();
  // On the shared map Coach Bas has not moved.
  await page.getByRole('button', { name: 'Coach Bas, Neighbours & community, Further away' }).waitFor();
  const stored = await storedDocument(page);
  const noah = stored.perspectives.find((p) => p.holder === 2);
  assert.equal(noah.closeness['8'], 1, 'saved in Noah\'s perspective');
  await context.close();
});

test('a snapshot, three edits, and the comparison lists exactly those three changes', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: WIDE });
  await seedMap(page, fixture('bakker.kring.json'));
  await openPanel(page);
  await saveSnapshot(page, 'before the network meeting');

  // 1. Someone new.
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Tante Els');
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Family' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: /^Tante Els,/ }).waitFor();
  // 2. Opa Henk moves one ring closer (arrow key on the map).
  await page.getByRole('button', { name: /^Opa Henk,/ }).focus();
  await page.keyboard.press('ArrowUp');
  // (The fixture is an old file: Opa Henk's tension with Linda is now his own condition.)
  await page.getByRole('button', { name: /^Opa Henk, Family, Close, plays a role: tension or quarrels$/ }).waitFor();
  // 3. Dennis's risk to Linda becomes support.
  await page.getByRole('tab', { name: 'List view' }).click();
  await page.getByRole('button', { name: /^Edit Dennis to Linda: Risk/ }).click();
  await page.getByRole('region', { name: 'Tie', exact: true }).getByLabel('Kind').selectOption({ label: 'Support' });
  await waitSaved(page);
  await openPanel(page);

  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const changes = page.locator('.change-list li');
  await changes.first().waitFor();
  // Persons in the order they were added, then ties.
  assert.deepEqual(await changes.allTextContents(), [
    'Opa Henk moved closer (ring 3 → 2).',
    'New on the map: Tante Els (Family).',
    'Dennis: from risk to support for Linda.',
  ]);
  assert.equal(await page.locator('.change-count').textContent(), '3 changes');
  assert.match(await page.locator('.protective-list').innerText(), /Noah: safe adults outside the household: then \d+, now \d+\./);

  // The drawing of the later map carries one sign per change, each explained in the legend.
  const picture = page.locator('.comparison .map-picture');
  assert.equal(await picture.locator('svg[role="img"] .change-sign').count(), 3);
  // Each legend entry: the sign as drawn, then what it means.
  assert.deepEqual(await picture.locator('.sign-legend li').allTextContents(),
    ['+New on the map', '><Moved closer', '✓From risk to support']);
  assert.match(await picture.locator('svg[role="img"]').getAttribute('aria-label'), /3 changes/);

  assert.deepEqual(await axeViolations(page), [], 'with a comparison shown');
  assert.deepEqual(errors, []);
  await context.close();
});

test('snapshots and perspectives survive a reload and an export and re-import; the strip works by keyboard', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: WIDE });
  await seedMap(page, fixture('bakker.kring.json'));
  await openPanel(page);
  await saveSnapshot(page, 'first meeting', '2026-03-12');
  await saveSnapshot(page, 'second meeting', '2026-06-04');
  await makePerspective(page, 'Noah');
  await makePerspective(page, 'Karin');
  await waitSaved(page);

  const strip = page.getByRole('list', { name: 'Snapshots by date' });
  const lens = page.getByRole('group', { name: 'Whose view does the map show?' });
  const expectBoth = async () => {
    assert.deepEqual(await strip.getByRole('button').allTextContents(),
      ['12 March 2026first meeting', '4 June 2026second meeting']);
    assert.deepEqual(await lens.getByRole('button').allTextContents(), ['All together', 'Noah', 'Karin']);
    const stored = await storedDocument(page);
    assert.equal(stored.version, 5);
    assert.deepEqual(stored.snapshots.map((s) => [s.date, s.label]),
      [['2026-03-12', 'first meeting'], ['2026-06-04', 'second meeting']]);
    assert.deepEqual(stored.perspectives.map((p) => [p.name, p.holder, p.ties.length]), [['Noah', 2, 19], ['Karin', 11, 19]]);
  };

  // A reload reads the stored Kring document back.
  await page.reload();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  await openPanel(page);
  await expectBoth();

  // Export as a Kring file, import it again: it opens as a new map with both kept.
  await page.locator('#menu-button').click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kring file', exact: true }).click();
  const download = await downloading;
  await page.locator('#menu-button').click();
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  await page.getByLabel('Import', { exact: true }).setInputFiles(path);
  await page.locator('.files-report').filter({ hasText: 'was opened as a new map' }).waitFor();
  await waitSaved(page);
  await openPanel(page);
  await expectBoth();

  // Step through the strip with the keyboard: Enter shows one, the arrow goes to the next.
  await strip.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'The map on 12 March 2026: first meeting' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { name: 'The map on 4 June 2026: second meeting' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed')), 'true');
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /second meeting/);
  assert.ok(await page.getByRole('img', { name: /Drawing of the map on 4 June 2026/ }).isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('merging a map from another device asks about conflicts, brings its perspectives, and undoes in one step', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: WIDE });
  await seedMap(page, fixture('bakker.kring.json'));
  await openPanel(page);

  // Their copy: the same family with one new person and tie, another role for Oma Ria,
  // and the perspective of Noah.
  const theirs = JSON.parse(fixture('bakker.kring.json'));
  theirs.version = 2;
  theirs.persons.find((p) => p.name === 'Oma Ria').role = 'grandmother';
  theirs.persons.push({ id: 16, name: 'Tante Sanne', sector: 'family', ring: 2 });
  theirs.ties.push({ id: 20, from: 16, to: 3, kind: 'support' });
  theirs.perspectives = [{ id: 1, name: 'Noah', holder: 2, ties: [{ id: 1, from: 4, to: 2, kind: 'risk' }] }];
  theirs.next_person = 17;
  theirs.next_tie = 21;
  await page.getByLabel('Merge a map').setInputFiles({
    name: 'bakker-tablet.kring', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)),
  });
  await page.getByText('New from the other file: 1 person, 1 tie and 1 perspective.').waitFor();
  const question = page.locator('.merge-question', { hasText: 'Role of Oma Ria' });
  await question.waitFor();
  assert.equal(await page.locator('.merge-question').count(), 1, 'one conflict, nothing else asked');
  assert.deepEqual(await axeViolations(page), [], 'with the merge questions shown');

  // Merging without an answer is refused; nothing changed.
  const steps = await page.getByRole('button', { name: 'Undo' }).getAttribute('data-steps');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.getByText('First answer every question.').waitFor();
  assert.equal(await page.getByRole('button', { name: /^Tante Sanne,/ }).count(), 0);

  await question.getByLabel('Take from the other file').check();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.getByText('The maps are merged.', { exact: false }).waitFor();
  await page.getByRole('button', { name: /^Tante Sanne,/ }).waitFor();
  assert.equal(Number(await page.getByRole('button', { name: 'Undo' }).getAttribute('data-steps')), Number(steps) + 1,
    'the merge is one undo step');
  const lens = page.getByRole('group', { name: 'Whose view does the map show?' });
  assert.deepEqual(await lens.getByRole('button').allTextContents(), ['All together', 'Noah']);
  await waitSaved(page);
  const merged = await storedDocument(page);
  assert.equal(merged.persons.find((p) => p.name === 'Oma Ria').role, 'grandmother');
  assert.deepEqual(merged.perspectives[0].ties.map((t) => [t.from, t.to, t.kind]), [[4, 2, 'risk']]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: /^Tante Sanne,/ }).waitFor({ state: 'detached' });
  assert.equal(await lens.count(), 0, 'the perspective went with the same undo');
  await waitSaved(page);
  assert.equal((await storedDocument(page)).persons.find((p) => p.name === 'Oma Ria').role, 'oma (moeder van Linda)');
  assert.deepEqual(errors, []);
  await context.close();
});
