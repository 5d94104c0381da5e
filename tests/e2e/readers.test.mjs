// Who may read what. The Bakker family with items restricted in every way
// (tests/fixtures/bakker-readers.kring.json, made by tests/visibility.rs), each carrying a
// unique marker word. Printed for Dennis and for the network to PDF and read back with
// pdftotext; the child's answer is not in Dennis's printout; the "Show as" lens holds
// nothing that is not for its reader, in the DOM or in any accessible name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, openApp, axeViolations, seedMap, fixture, fromMenu, waitSaved, storedDocument, leaveChildMode,
} from './harness.mjs';

let server, origin, browser, dir;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  dir = process.env.KRING_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kring-readers-'));
});
after(async () => {
  await browser?.close();
  server?.close();
  if (dir && !process.env.KRING_PDF_DIR) rmSync(dir, { recursive: true, force: true });
});

// Which marker is for whom (see `fixture()` in tests/visibility.rs).
const NOT_FOR_DENNIS = ['mkalpha', 'mkbravo', 'mkecho', 'mkoscar', 'mkhotel', 'mklima', // not for Dennis
  'mkquebec', 'mkvictor', 'mksierra', // the place, what 0 means, Linda's score
  'mkcharlie', 'mkgolf', 'mkjuliet', 'mkkilo', 'mknovember', 'mkmike', // professionals only
  'mktango', 'mkuniform']; // Noah's score, what happens if the plan is not kept
const FOR_DENNIS = ['mkdelta', 'mkfoxtrot', 'mkpapa', 'mkindia', 'mkromeo', 'mkwhiskey'];
const RESTRICTED = [...NOT_FOR_DENNIS, 'mkindia'];

const flat = (text) => text.replace(/\s+/g, ' ');

async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** Every text on the page and every accessible name or description an assistive technology could read. */
async function everythingReadable(page) {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of ['aria-label', 'aria-description', 'title', 'alt', 'value', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v) parts.push(v);
      }
      if (el.tagName === 'title' || el.tagName === 'desc' || el.tagName === 'text') parts.push(el.textContent);
    }
    return parts.join('\n');
  });
}

test('each reader gets a printout with only what is for them, and the preview counts the rest', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seedMap(page, fixture('bakker-readers.kring.json'), { id: 'map-readers' });
  await fromMenu(page, 'Netwerkberaad');

  // --- Dennis ---
  await page.getByRole('button', { name: 'Voor Dennis', exact: true }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — Persoonlijke versie' }).waitFor();
  await page.getByText('9 onderdelen zijn niet voor Dennis.').waitFor();
  await page.getByText('7 onderdelen zijn alleen voor professionals.').waitFor();
  await page.getByText('1 antwoord van een kind is niet voor Dennis.').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the preview for Dennis passes axe');
  const dennis = await printToPdf(page, 'dennis');
  for (const marker of NOT_FOR_DENNIS) assert.ok(!dennis.includes(marker), `Dennis's printout holds ${marker}`);
  for (const marker of FOR_DENNIS) assert.ok(dennis.includes(marker), `Dennis's printout misses ${marker}`);
  assert.ok(dennis.includes('Voor: Dennis') || dennis.includes('Voor Dennis'), 'says whom it is for');
  assert.ok(!dennis.includes('onderdelen zijn') && !dennis.includes('antwoord van een kind'), 'the counts are for the screen, not the paper');
  assert.ok(!dennis.includes('liever niet dichtbij'), "Noah's answer is not in Dennis's printout");

  // --- The network ---
  await page.getByRole('button', { name: 'Voor het netwerk', exact: true }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — Voor het netwerk' }).waitFor();
  await page.getByText(/onderdelen zijn niet voor iedereen/).waitFor();
  const network = await printToPdf(page, 'network');
  for (const marker of RESTRICTED) assert.ok(!network.includes(marker), `the network printout holds ${marker}`);
  assert.ok(network.includes('mkfoxtrot'), 'a worry for everyone is in the network printout');

  // --- Noah's own plan: his words are his; the one he would rather not have near is not sent to him ---
  await page.getByRole('button', { name: 'Voor het kind: Noah' }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — Mijn plan' }).waitFor();
  const noah = await printToPdf(page, 'noah-child');
  assert.ok(noah.includes('mkjuliet'), "Noah's own words are in his plan");
  assert.ok(!noah.includes('Dennis'), 'Dennis is not in "who can I go to"');
  for (const marker of ['mkalpha', 'mkcharlie', 'mkgolf', 'mkkilo', 'mkindia']) {
    assert.ok(!noah.includes(marker), `Noah's plan holds ${marker}`);
  }

  // --- The full version says it is for professionals only ---
  await page.getByRole('button', { name: 'Voor professionals (alles)' }).click();
  const full = await printToPdf(page, 'professionals');
  assert.ok(full.includes('Alleen voor professionals'), 'the full version says whom it is for');
  for (const marker of NOT_FOR_DENNIS.filter((m) => m !== 'mkmike')) assert.ok(full.includes(marker), `full version misses ${marker}`);
  assert.deepEqual(errors, []);
});

test("the meeting's purpose gets a readership by keyboard; Dennis's printout follows, and it is saved", async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seedMap(page, fixture('bakker-readers.kring.json'), { id: 'map-purpose-readers' });
  await fromMenu(page, 'Netwerkberaad');
  // The place is kept from Dennis already (in the fixture): the form says so.
  assert.equal(await page.locator('#mt-place-readers').inputValue(), 'not_for');
  const purpose = page.locator('#mt-purpose-readers');
  await purpose.focus();
  await purpose.selectOption('not_for');
  const dennisBox = page.locator('#mt-purpose-nf-4');
  await dennisBox.focus();
  await page.keyboard.press('Space');
  assert.ok(await dennisBox.isChecked());
  await page.locator('#mt-purpose-reason').fill('Hij weet nog niet van de opvang');
  await page.keyboard.press('Tab');
  await waitSaved(page);
  await page.getByRole('button', { name: 'Voor Dennis', exact: true }).click();
  await page.getByText('10 onderdelen zijn niet voor Dennis.').waitFor();
  const preview = flat(await page.locator('.pack-print').innerText());
  for (const marker of ['mkromeo', 'mkquebec']) assert.ok(!preview.includes(marker), `Dennis's preview holds ${marker}`);
  assert.ok(preview.includes('mkwhiskey'), "Oma Ria's score is for everyone");
  // The reason is saved once its field is left; under load that save can still be on its way.
  let meeting = null;
  for (let i = 0; i < 50; i++) {
    meeting = (await storedDocument(page)).meetings[0];
    if (meeting.purpose_readers?.reason) break;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(meeting.purpose_readers, { kind: 'not_for', persons: [4], reason: 'Hij weet nog niet van de opvang' });
  assert.deepEqual(await axeViolations(page), [], 'the form with its readerships passes axe');
  assert.deepEqual(errors, []);
});

test('the Show as lens holds nothing that is not for its reader, and returns in one step', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, fixture('bakker-readers.kring.json'), { id: 'map-lens' });
  await page.getByRole('tab', { name: 'Wat valt op?' }).click();
  const insights = page.locator('section.insights');
  await insights.waitFor();
  assert.ok((await insights.innerText()).includes('doet tegen Linda'), 'the whole map names the risk to Linda first');

  // Chosen by keyboard, as in a meeting room.
  const showAs = page.getByLabel('Laat zien als');
  await showAs.focus();
  await showAs.selectOption({ label: 'Dennis' });
  await page.getByText('Je ziet de kaart zoals Dennis die krijgt.').waitFor();
  const back = page.getByRole('button', { name: 'Terug naar de hele kaart' });
  assert.equal(await back.evaluate((el) => el === document.activeElement), true, 'focus goes to the way back');
  const readable = await everythingReadable(page);
  for (const marker of NOT_FOR_DENNIS) assert.ok(!readable.includes(marker), `the lens for Dennis holds ${marker}`);
  assert.ok(!readable.includes('doet tegen Linda'), 'the lens for Dennis does not show the risk reported by Linda');
  assert.ok(!readable.includes('liever niet dichtbij'), "the lens for Dennis does not show Noah's answer");
  assert.deepEqual(await axeViolations(page), [], 'the lens passes axe');

  // One step back, by keyboard.
  await page.keyboard.press('Enter');
  await page.getByLabel('Laat zien als').waitFor();
  assert.ok((await page.locator('section.insights').innerText()).includes('doet tegen Linda'));

  // The network's lens.
  await page.getByLabel('Laat zien als').selectOption({ label: 'het netwerk' });
  await page.getByText('Je ziet de kaart zoals het netwerk die krijgt.').waitFor();
  const networkReadable = await everythingReadable(page);
  for (const marker of RESTRICTED) assert.ok(!networkReadable.includes(marker), `the network lens holds ${marker}`);
});

test('under the lens the plan is the reader\'s printout, and the menu opens nothing else', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seedMap(page, fixture('bakker-readers.kring.json'), { id: 'map-lens-plan' });
  await page.getByLabel('Laat zien als').selectOption({ label: 'Dennis' });
  await page.getByText('Je ziet de kaart zoals Dennis die krijgt.').waitFor();
  if (await page.locator('#side-pane').isHidden()) await page.locator('#panel-toggle').click();
  // Only the tabs that follow the lens; the list and who-does-what (the whole map) wait.
  const tabs = await page.getByRole('tab').allTextContents();
  assert.deepEqual(tabs, ['Wat valt op?', 'Plan', 'Uitleg']);
  // By keyboard: arrows move between the tabs.
  await page.getByRole('tab', { name: 'Wat valt op?' }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Plan' }).evaluate((el) => el === document.activeElement), true);
  const plan = page.locator('#panel-body .pack-print');
  await plan.waitFor();
  const text = flat(await plan.innerText());
  for (const marker of FOR_DENNIS.filter((m) => m !== 'mkdelta')) assert.ok(text.includes(marker), `the plan misses ${marker}`);
  assert.ok(text.includes('Dennis'), 'it says whom it is for');
  const readable = await everythingReadable(page);
  for (const marker of NOT_FOR_DENNIS) assert.ok(!readable.includes(marker), `the lens with its plan holds ${marker}`);
  assert.ok(!readable.includes('onderdelen zijn'), 'no counts of what is kept from Dennis on the shared screen');
  assert.deepEqual(await axeViolations(page), [], 'the lens with its plan passes axe');

  // No Add person or Connect; the menu offers no other screen and no file.
  assert.equal(await page.locator('#add-person').count(), 0);
  assert.equal(await page.locator('#connect').count(), 0);
  await page.locator('#menu-button').click();
  await page.getByText('Het menu is dicht zolang je de kaart laat zien als iemand anders.').waitFor();
  for (const id of ['#open-meeting', '#my-maps', '#open-child', '#open-guided', '#export-button']) {
    assert.equal(await page.locator(id).count(), 0, `${id} is not offered under the lens`);
  }
  await page.keyboard.press('Escape');

  // One step back: the whole map's tabs and menu again.
  await page.getByRole('button', { name: 'Terug naar de hele kaart' }).click();
  await page.getByRole('tab', { name: 'Lijst' }).waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Plan' }).count(), 0);
  await page.locator('#menu-button').click();
  await page.locator('#open-meeting').waitFor();
  assert.deepEqual(errors, []);
});

test('export for Dennis: the plan as text holds only his printout, and the dialog counts the rest', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, fixture('bakker-readers.kring.json'), { id: 'map-export-plan' });
  await page.locator('#menu-button').click();
  await page.locator('#export-button').click();
  await page.getByLabel('Exporteren voor').selectOption({ label: 'Dennis' });
  await page.locator('#export-left-out').getByText('9 onderdelen zijn niet voor Dennis.').waitFor();
  await page.locator('#export-left-out').getByText('7 onderdelen zijn alleen voor professionals.').waitFor();
  await page.locator('#export-left-out').getByText('1 antwoord van een kind is niet voor Dennis.').waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Het plan (tekst)' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^kring-\d{4}-\d{2}-\d{2} Plan\.txt$/);
  const path = join(dir, 'plan-dennis.txt');
  await file.saveAs(path);
  const text = flat(readFileSync(path, 'utf8'));
  for (const marker of NOT_FOR_DENNIS) assert.ok(!text.includes(marker), `Dennis's plan file holds ${marker}`);
  for (const marker of ['mkfoxtrot', 'mkpapa', 'mkindia', 'mkromeo', 'mkwhiskey']) assert.ok(text.includes(marker), `Dennis's plan file misses ${marker}`);
  assert.ok(!text.includes('onderdelen zijn') && !text.includes('antwoord van een kind'), 'the counts are for the screen, not the file');
});

test('export for Dennis, pseudonymised: the preview lists only what his file holds', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, fixture('bakker-readers.kring.json'), { id: 'map-export-pseudo' });
  await page.locator('#menu-button').click();
  await page.locator('#export-button').click();
  await page.getByLabel('Namen vervangen (pseudoniem)').check();
  // The whole map: two notes on persons and three on ties.
  await page.getByText('Notities en contactgegevens gaan niet mee (5 notities).').waitFor();
  await page.getByLabel('Exporteren voor').selectOption({ label: 'Dennis' });
  // Dennis's file: Linda's and Oma Ria's notes and two notes on ties are not for him.
  await page.getByText('Notities en contactgegevens gaan niet mee (1 notitie).').waitFor();
  const preview = flat(await page.locator('.pseudonym-preview').innerText());
  for (const marker of NOT_FOR_DENNIS) assert.ok(!preview.includes(marker), `the preview holds ${marker}`);
});

test('a child chooses who may know each answer; the lens follows the choice', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=nl', context: { viewport: { width: 1024, height: 768 } } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await seedMap(page, fixture('bakker.kring.json'), { id: 'map-child-shares' });
  await fromMenu(page, 'Voor kinderen');
  await page.locator('.who-are-you .person-toggle', { hasText: 'Noah' }).click();
  await page.getByRole('button', { name: 'Mijn huis' }).click();
  await page.getByRole('button', { name: 'Dennis: Niet dichtbij' }).click();
  await page.getByRole('button', { name: 'Oma Ria: Helpt mij' }).click();
  await page.getByRole('button', { name: 'Wie mag het weten?' }).click();

  const notNear = page.getByRole('group', { name: 'Ik wil Dennis liever niet dichtbij' });
  await notNear.waitFor();
  await notNear.getByText('Dennis hoort dit nooit.').waitFor();
  const ria = page.getByRole('group', { name: 'Oma Ria geeft mij een veilig gevoel' });
  // At first only the helpers know.
  assert.equal(await notNear.getByLabel('Alleen de hulpverleners').isChecked(), true);
  assert.equal(await ria.getByLabel('Alleen de hulpverleners').isChecked(), true);
  assert.equal(await notNear.getByRole('button', { name: 'Niet voor Dennis' }).count(), 0, 'Dennis is not even offered');

  // By keyboard: from "only the helpers" one arrow to "everyone".
  await notNear.getByLabel('Alleen de hulpverleners').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await notNear.getByLabel('Iedereen', { exact: true }).isChecked(), true);
  // By tap: Oma Ria's answer for everyone but Linda.
  await ria.getByText('Iedereen, maar niet:').click();
  await ria.getByRole('button', { name: 'Niet voor Linda' }).click();
  await ria.getByRole('button', { name: 'Niet voor Linda', pressed: true }).waitFor();
  const words = (await page.locator('main.child-mode').innerText()).toLowerCase();
  for (const risky of ['risico', 'gevaar', 'geweld', 'zorg', 'bedreig']) assert.ok(!words.includes(risky), `child mode shows ${risky}`);
  assert.deepEqual(await axeViolations(page), [], 'who may know passes axe');
  await waitSaved(page);
  // The same choices in English.
  await page.locator('.child-room-bar').getByRole('button', { name: 'English' }).click();
  const notNearEn = page.getByRole('group', { name: 'I would rather not have Dennis near' });
  await notNearEn.getByText('Dennis is never told this.').waitFor();
  assert.equal(await notNearEn.getByLabel('Everyone', { exact: true }).isChecked(), true);
  const riaEn = page.getByRole('group', { name: 'Oma Ria makes me feel safe' });
  assert.equal(await riaEn.getByLabel('Everyone, but not:').isChecked(), true);
  await riaEn.getByRole('button', { name: 'Not for Linda', pressed: true }).waitFor();
  await page.locator('.child-room-bar').getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Wie mag het weten?' }).waitFor();

  const stored = await storedDocument(page);
  const view = stored.perspectives.find((p) => p.holder === 2);
  const tie = (from, to, answer) => view.ties.find((t) => t.from === from && t.to === to && t.answer === answer);
  assert.deepEqual(tie(4, 2, 'not_near').readers, { kind: 'not_for', persons: [4], reason: '' },
    'everyone, and never Dennis');
  assert.deepEqual(tie(5, 2, 'support').readers, { kind: 'not_for', persons: [1], reason: '' }, 'everyone but Linda');

  // Back to the map the adult way; after a reload the choice is still there.
  await leaveChildMode(page);
  await page.reload();
  await page.getByRole('group', { name: 'Netwerkkaart' }).waitFor();
  if (await page.locator('#side-pane').isHidden()) await page.locator('#panel-toggle').click();

  // Linda's view now holds Noah's wish, said as a wish; Dennis's never.
  const insightsText = async () => flat(await page.locator('#panel-body').innerText());
  await page.getByLabel('Laat zien als').selectOption({ label: 'Linda' });
  await page.getByText('Je ziet de kaart zoals Linda die krijgt.').waitFor();
  await page.getByRole('tab', { name: 'Wat valt op?' }).click();
  await page.locator('section.insights').waitFor();
  assert.ok((await insightsText()).includes('Noah wil Dennis liever niet dichtbij'), await insightsText());
  await page.getByRole('button', { name: 'Terug naar de hele kaart' }).click();
  await page.getByLabel('Laat zien als').selectOption({ label: 'Dennis' });
  await page.getByText('Je ziet de kaart zoals Dennis die krijgt.').waitFor();
  await page.locator('section.insights').waitFor();
  const dennis = await everythingReadable(page);
  assert.ok(!dennis.includes('liever niet dichtbij'), "Noah's wish never reaches Dennis");
  assert.deepEqual(errors, []);
});
