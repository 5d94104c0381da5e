// A shared analysis on the map. What plays a role per person (shown on the person
// as a number in a square, named in its accessible name, counted in the insights), an older
// file's tension moved from a tie onto the person, and in the meeting: a new item refused
// while one is still empty (worries, the child's words, notes, the steps of a red flag), and the invitation copied with one button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, waitSaved, axeViolations, seedMap, fixture, storedDocument, fromMenu, meetingStep } from './harness.mjs';

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
  return page.locator(`svg.map .factor-badge[data-factors-of="${id}"] text`);
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
  assert.match(await person(page, 'Linda').getAttribute('aria-label'), /speelt: schulden, stress door werk; 34 jaar$/);
  // The debt counsellor is a professional: the same list asks what they are there for.
  await person(page, 'Schuldhulp').click();
  await page.getByRole('group', { name: 'Waarvoor is deze professional er?' }).getByLabel('Schulden').check();
  await (await badge(page, 'Schuldhulp')).filter({ hasText: '1' }).waitFor();

  // Dragged, Linda's copy carries her square along, as it carries her name.
  const stepsBefore = await page.getByRole('button', { name: 'Ongedaan maken' }).getAttribute('data-steps');
  const lindaBox = await person(page, 'Linda').locator('.person-dot').boundingBox();
  const grab = { x: lindaBox.x + lindaBox.width / 2, y: lindaBox.y + lindaBox.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 150, grab.y + 90, { steps: 12 });
  await page.locator('svg.map-drag .drop-target').waitFor({ state: 'attached' });
  const copy = await page.locator('svg.map-drag .person .person-dot').boundingBox();
  const square = page.locator('svg.map-drag .factor-badge');
  assert.equal(await square.locator('text').textContent(), '2', 'the square goes along with the copy');
  const squareBox = await square.boundingBox();
  assert.ok(Math.hypot(squareBox.x - copy.x, squareBox.y + squareBox.height - copy.y - copy.height) < 40,
    'the square stays at the copy\'s lower left while dragging');
  await page.mouse.up();
  await page.locator('svg.map-drag').waitFor({ state: 'detached' });
  // The drop is one step: undone, Linda is back in the centre.
  const undo = page.getByRole('button', { name: 'Ongedaan maken' });
  const steps = Number(await undo.getAttribute('data-steps'));
  await undo.click();
  assert.equal(steps, Number(stepsBefore) + 1, 'the drop is one step');
  await page.waitForFunction((n) => document.querySelector('[data-steps]')?.getAttribute('data-steps') === String(n), steps - 1);

  // The list says in words what plays a role for whom.
  await page.getByRole('tab', { name: 'Lijst' }).click();
  const row = (name) => page.locator('.list-view table.persons tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await row('Linda').locator('td.factors', { hasText: 'Schulden, Stress door werk' }).waitFor();
  assert.equal(await row('Opa Henk').locator('td.factors').textContent(), 'Spanning of ruzie');
  assert.equal(await row('Schuldhulp').locator('td.factors').textContent(), 'Is er voor: Schulden');
  assert.equal(await row('Noah').locator('td.factors').textContent(), '', 'nothing where nothing is marked');
  assert.equal(await page.locator('.list-view table.persons thead th', { hasText: 'Wat speelt er?' }).count(), 1);

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

  await meetingStep(page, 'situation');
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

  // The same for the child's words and the notes: no second one while the first is empty.
  await meetingStep(page, 'voice');
  for (const [button, field, items] of [
    ['#mt-add-voice', 'mt-v0-words', '[id^="mt-v"][id$="-words"]'],
    ['#mt-add-note', 'mt-n0-text', '[id^="mt-n"][id$="-text"]'],
  ]) {
    await page.locator(button).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, field);
    await page.locator(button).click();
    await page.getByRole('alert').filter({ hasText: /1 is nog leeg\. Schrijf daar eerst iets in/ }).waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === id, field);
    assert.equal(await page.locator(items).count(), 1, `no second, empty item from ${button}`);
  }
  // And for the steps of a red flag: a step says what someone does before the next one.
  await meetingStep(page, 'safety');
  await page.locator('#mt-add-red-flag').click();
  await page.locator('#mt-r0-sign').fill('Noah komt niet thuis na school.');
  const addStep = page.getByRole('button', { name: 'Wie doet wat toevoegen: Signaal 1' });
  await addStep.click();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-r0-s0-who');
  await addStep.click();
  await page.getByRole('alert').filter({ hasText: 'Stap 1 bij Signaal 1 is nog leeg.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-r0-s0-does');
  assert.equal(await page.locator('[id^="mt-r0-s"][id$="-does"]').count(), 1, 'no second, empty step');
  await page.keyboard.type('Belt eerst Noah zelf.');
  await addStep.click();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-r0-s1-who');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'nog leeg' }).count(), 0);

  // Linda's invitation: copy it.
  await meetingStep(page, 'participants');
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
