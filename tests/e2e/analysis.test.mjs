// Issue 18: a shared analysis on the map. What plays a role per person (shown on the person
// as a number in a square, named in its accessible name, counted in the insights), an older
// file's tension moved from a tie onto the person, and in the meeting: a new item refused
// while one is still empty, and the invitation copied with one button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, waitSaved, axeViolations, seedMap, fixture, storedDocument, fromMenu } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const person = (page, name) => page.locator(`svg.map g.person[aria-label^="${name},"]`);
/** The square beside a person (drawn outside their button, which names the things). */
async function badge(page, name) {
  const id = await person(page, name).getAttribute('data-person-id');
  return page.locator(`svg.map .factor-badge[data-person-id="${id}"] text`);
}

test('what plays a role is marked on the person and counted in the insights', async () => {
  const { context, page, errors } = await openApp(browser, origin, { path: '/?lang=nl', context: { viewport: { width: 1400, height: 1000 } } });
  // The Bakker fixture is a version 1 file: Opa Henk's "conflict" with Linda was a risk tie.
  await seedMap(page, fixture('bakker.kring.json'));
  assert.match(await person(page, 'Opa Henk').getAttribute('aria-label'), /speelt: spanning of ruzie$/);
  assert.equal(await (await badge(page, 'Opa Henk')).textContent(), '1');
  assert.equal(await (await badge(page, 'Linda')).count(), 0, 'no square where nothing is marked');

  // Linda: debts and stress from work.
  await person(page, 'Linda').click();
  const role = page.getByRole('group', { name: 'Wat speelt er?' });
  await role.getByLabel('Schulden').check();
  await role.getByLabel('Stress door werk').check();
  await (await badge(page, 'Linda')).filter({ hasText: '2' }).waitFor();
  assert.match(await person(page, 'Linda').getAttribute('aria-label'), /speelt: schulden, stress door werk$/);
  // The debt counsellor is a professional: the same list asks what they are there for.
  await person(page, 'Schuldhulp').click();
  await page.getByRole('group', { name: 'Waarvoor is deze professional er?' }).getByLabel('Schulden').check();
  await (await badge(page, 'Schuldhulp')).filter({ hasText: '1' }).waitFor();

  await page.getByRole('tab', { name: 'Wat valt op?' }).click();
  const insights = page.getByRole('region', { name: 'Wat valt op?' });
  await insights.getByText('Schulden: speelt bij Linda. 1 van de 5 professionals is hiervoor: Schuldhulp.').waitFor();
  await insights.getByText('Stress door werk: speelt bij Linda. Geen van de 5 professionals is hiervoor.').waitFor();
  await insights.getByText('Spanning of ruzie: speelt bij Opa Henk.', { exact: false }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the map with squares and the insights');
  await waitSaved(page);

  const stored = await storedDocument(page);
  assert.equal(stored.version, 5);
  const factors = (name) => stored.persons.find((p) => p.name === name).factors ?? [];
  assert.deepEqual(factors('Linda'), ['debts', 'work_stress']);
  assert.deepEqual(factors('Opa Henk'), ['tension']);
  const henkLinda = stored.ties.filter((t) => t.from === 6 && t.to === 1);
  assert.ok(henkLinda.every((t) => t.kind !== 'risk'), 'tension is no longer an act against Linda');
  assert.ok(!JSON.stringify(stored).includes('"conflict"'));
  assert.deepEqual(errors, []);
  await context.close();
});

/** The Bakker map with a meeting that invites Linda. */
function withMeeting() {
  const map = JSON.parse(fixture('bakker.kring.json'));
  map.meetings = [{
    id: 1,
    date: '2026-03-12',
    place: 'Wijkcentrum De Linde',
    participants: [{ id: 1, person: 1, role: 'family_member' }, { id: 2, person: 11, role: 'professional' }],
  }];
  return JSON.stringify(map);
}

test('a new worry waits for the empty one, and the invitation is copied with one button', async () => {
  const { context, page, errors } = await openApp(browser, origin, { path: '/?lang=nl', context: { viewport: { width: 1400, height: 1000 } } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await seedMap(page, withMeeting(), { id: 'map-meeting' });
  await fromMenu(page, 'Netwerkberaad');
  await page.locator('#mt-date').waitFor();

  const add = page.getByRole('button', { name: 'Zorg toevoegen' });
  await add.click();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-w0-text');
  // Once more while Zorg 1 is empty: refused, in words, and the cursor goes back to it.
  await page.locator('#mt-add-worry').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: 'Zorg 1 is nog leeg. Schrijf daar eerst iets in; daarna kun je er nog een toevoegen.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-w0-text');
  assert.equal(await page.locator('[id^="mt-w"][id$="-text"]').count(), 1, 'no second, empty worry');
  await page.keyboard.type('De rekeningen stapelen zich op.');
  await add.click();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-w1-text');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'nog leeg' }).count(), 0, 'the message goes once it is dealt with');

  // Linda's invitation: copy it.
  await page.locator('#mt-p1-prep-invitation').click();
  const letter = await page.locator('#mt-p1-prep-letter').inputValue();
  assert.ok(letter.includes('12 maart 2026'), letter);
  await page.locator('#mt-p1-prep-copy').click();
  const status = page.locator('#mt-p1-prep-copy + .status');
  await status.filter({ hasText: /./ }).waitFor();
  const said = await status.textContent();
  if (said.startsWith('Gekopieerd')) {
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), letter, 'the clipboard holds the invitation');
  } else {
    // Where the browser refuses the clipboard, the text is selected for Ctrl+C.
    assert.match(said, /^Kopiëren lukte niet vanzelf/);
    assert.equal(await page.evaluate(() => {
      const field = document.activeElement;
      return field.value.substring(field.selectionStart, field.selectionEnd);
    }), letter);
  }
  assert.deepEqual(await axeViolations(page), [], 'the meeting form with a refusal and the copy button');
  await waitSaved(page);
  const stored = await storedDocument(page);
  assert.deepEqual(stored.meetings[0].worries.map((w) => w.text), ['De rekeningen stapelen zich op.', '']);
  assert.deepEqual(errors, []);
  await context.close();
});
