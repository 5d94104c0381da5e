// For every family member. The guided session builds a map step by step; child
// mode builds the child's own perspective; Kring opens and saves with the network cut; a
// keyboard-only session; axe, touch targets and tablet widths on the new screens; and a
// right-to-left smoke test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, openApp, tabTo, chooseByKeyboard, waitSaved, axeViolations, seedMap, fixture, storedDocument, fromMenu, leaveChildMode } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const TABLET = { width: 768, height: 1024 };
const TABLET_LANDSCAPE = { width: 1024, height: 768 };

/** Adds a person in a "who do you know" step of the guided session. */
async function guidedAdd(page, name, { role = '', ring = null, child = false } = {}) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (role) await page.getByLabel(/^Who are they to you\?/).fill(role);
  if (ring) await page.getByLabel('How close?').selectOption({ label: ring });
  if (child) await page.getByLabel('This is a child').check();
  await page.getByRole('button', { name: 'Put on the map' }).click();
  await page.locator('ul.added li', { hasText: name }).waitFor();
}

async function nextStep(page, question) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: question }).waitFor();
}

/** Every visible control smaller than `min` CSS pixels (a checkbox, radio or file input counts
 * by its label, which is what a finger taps). */
async function smallTargets(page, scope, min) {
  return page.locator(scope).evaluate((root, min) => {
    const small = [];
    for (const el of root.querySelectorAll('button, select, input, textarea, a[href], [role="button"]')) {
      let target = el;
      if (el.matches('input[type="checkbox"], input[type="radio"], input[type="file"]') && el.labels?.length) target = el.labels[0];
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        small.push(`${(target.getAttribute('aria-label') || target.textContent || target.tagName).trim().slice(0, 40)} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, min);
}

/** Drags a card with the mouse onto a place that is (at least partly) on screen with it. */
async function dragCard(page, card, place) {
  await card.scrollIntoViewIfNeeded();
  const from = await card.locator('.card-name').boundingBox();
  const to = await place.boundingBox();
  const { height } = page.viewportSize();
  const y = Math.max(to.y + 20, Math.min(to.y + to.height - 20, height - 10));
  assert.ok(y > 0 && y < height && y < to.y + to.height, 'the drop place is on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, y, { steps: 15 });
  await page.mouse.up();
}

/** How far the page is wider than the window (0 when nothing sticks out sideways). */
async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('the guided session builds a 10-person map, one question at a time, with skip and revisit', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: TABLET } });
  await fromMenu(page, 'Guided session');
  const heading = page.getByRole('heading', { name: 'Who lives with you?' });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-question');
  assert.equal(await page.getByText('Step 1 of 10').count(), 1);
  const preview = page.locator('.map-preview svg');
  assert.equal(await preview.getAttribute('data-persons'), '0');

  // Tips for the leader can be switched off and on again.
  const tips = page.getByRole('button', { name: 'Tips for the session leader' });
  assert.equal(await tips.getAttribute('aria-pressed'), 'true');
  await page.getByText('Let the family say the names themselves').waitFor();
  await tips.click();
  assert.equal(await page.locator('#leader-tips').count(), 0);
  await tips.click();
  await page.locator('#leader-tips').waitFor();

  await guidedAdd(page, 'Linda', { role: 'moeder' });
  await guidedAdd(page, 'Noah', { role: 'zoon', child: true });
  await guidedAdd(page, 'Mila', { role: 'dochter', child: true });
  assert.equal(await preview.getAttribute('data-persons'), '3', 'the drawing grows with every name');

  await nextStep(page, 'Which family do you see or talk to?');
  await guidedAdd(page, 'Oma Ria', { role: 'oma', ring: 'Very close' });
  await guidedAdd(page, 'Dennis', { role: 'vader', ring: 'Close' });

  // Friends: skipped for now, and marked so in the list of steps.
  await nextStep(page, 'Who are your friends?');
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('heading', { name: /^Who do you know from your street/ }).waitFor();
  await page.getByRole('button', { name: /^3\s*Friends \(skipped\)/ }).waitFor();
  await guidedAdd(page, 'Samira', { role: 'buurvrouw' });
  await nextStep(page, 'Who do you know from school or work?');
  await guidedAdd(page, 'Meester Joost', { role: 'leraar', ring: 'Further away' });
  await nextStep(page, 'Which professionals are involved with your family?');
  await guidedAdd(page, 'Karin', { role: 'wijkteam' });
  await guidedAdd(page, 'Omar', { role: 'jeugdzorg', ring: 'Further away' });

  // Back to the skipped step through the list of steps.
  await page.getByRole('button', { name: /^3\s*Friends/ }).click();
  await page.getByRole('heading', { name: 'Who are your friends?' }).waitFor();
  await guidedAdd(page, 'Ellen');
  await page.getByRole('button', { name: /^3\s*Friends \(answered\)/ }).waitFor();
  assert.equal(await preview.getAttribute('data-persons'), '10');
  await page.getByText('10 people and 0 ties on the map').waitFor();

  // Who helps whom with what.
  await page.getByRole('button', { name: /^7\s*Who helps whom/ }).click();
  await page.getByRole('heading', { name: 'Who helps whom, and with what?' }).waitFor();
  await page.getByLabel('Who helps?').selectOption({ label: 'Oma Ria' });
  await page.getByLabel('Who gets the help?').selectOption({ label: 'Linda' });
  await page.getByLabel('Looking after the children').check();
  await page.getByRole('button', { name: 'Put the tie on the map' }).click();
  await page.getByText('Oma Ria to Linda: Support (Looking after the children)').waitFor();
  // The same person twice is refused, in words.
  await page.getByLabel('Who helps?').selectOption({ label: 'Ellen' });
  await page.getByLabel('Who gets the help?').selectOption({ label: 'Ellen' });
  await page.getByRole('button', { name: 'Put the tie on the map' }).click();
  await page.getByRole('alert').filter({ hasText: 'Choose two different people.' }).waitFor();

  await nextStep(page, 'Who do you go to when you are scared or sad?');
  await page.getByLabel('Who is scared or sad?').selectOption({ label: 'Noah' });
  await page.getByLabel('Who do they go to then?').selectOption({ label: 'Oma Ria' });
  await page.getByRole('button', { name: 'Put the tie on the map' }).click();
  await page.getByText('Oma Ria to Noah: Support (Emotional support)').waitFor();

  await nextStep(page, 'Where are the worries?');
  await page.getByLabel('Who does it?').selectOption({ label: 'Dennis' });
  await page.getByLabel('Who does it happen to?').selectOption({ label: 'Linda' });
  await page.getByLabel('Threats or psychological abuse').check();
  await page.getByRole('button', { name: 'Put the tie on the map' }).click();
  await page.getByText('Dennis to Linda: Risk (Threats or psychological abuse)').waitFor();

  await nextStep(page, 'Who could come to a network meeting?');
  for (const name of ['Linda', 'Oma Ria', 'Karin']) {
    await page.getByRole('button', { name: `Invite ${name}` }).click();
    await page.getByRole('button', { name: `Invite ${name}`, pressed: true }).waitFor();
  }
  assert.equal(await preview.getAttribute('data-ties'), '3');
  assert.deepEqual(await axeViolations(page), [], 'the meeting step');

  await page.getByRole('button', { name: 'Done: go to the map' }).click();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  assert.equal(await page.locator('svg.map g.person').count(), 10);
  await waitSaved(page);

  const stored = await storedDocument(page);
  assert.equal(stored.persons.length, 10);
  assert.deepEqual(stored.persons.filter((p) => p.household).map((p) => p.name), ['Linda', 'Noah', 'Mila']);
  assert.deepEqual(stored.persons.filter((p) => p.child).map((p) => p.name), ['Noah', 'Mila']);
  assert.equal(stored.persons.find((p) => p.name === 'Ellen').sector, 'friends');
  assert.equal(stored.persons.find((p) => p.name === 'Oma Ria').ring, 1);
  assert.equal(stored.persons.find((p) => p.name === 'Samira').role, 'buurvrouw');
  assert.deepEqual(stored.ties.map((t) => t.kind).sort(), ['risk', 'support', 'support']);
  assert.equal(stored.meetings.length, 1);
  assert.equal(stored.meetings[0].participants.length, 3);

  await page.reload();
  await page.getByRole('button', { name: /^Ellen,/ }).waitFor();
  assert.equal(await page.locator('svg.map g.person').count(), 10, 'the guided map survives a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('child mode builds the child’s own perspective, saved in the map, with no risk words', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: TABLET } });
  await seedMap(page, fixture('bakker.kring.json'));
  await fromMenu(page, 'Child mode');
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  assert.deepEqual(await page.locator('.who-are-you .card-name').allTextContents(), ['Noah', 'Mila'],
    'the children on the map are offered');
  await page.locator('.who-are-you .person-toggle', { hasText: 'Noah' }).click();

  // Close or far: a button, and a drag with the mouse.
  const band = (title) => page.getByRole('region', { name: title, exact: true });
  await band('Close').getByText('Dennis').waitFor();
  await page.getByRole('button', { name: 'Dennis further away' }).click();
  await band('A bit far').getByText('Dennis').waitFor();
  await dragCard(page, band('Close').locator('.drag-card', { hasText: 'Samira' }), band('Very close'));
  await band('Very close').getByText('Samira').waitFor();

  // The three questions.
  await page.getByRole('button', { name: 'Questions' }).click();
  await page.getByRole('heading', { name: 'Who makes you feel safe?' }).waitFor();
  await page.getByRole('button', { name: 'Oma Ria', exact: true }).click();
  await page.getByRole('button', { name: 'Oma Ria', pressed: true }).waitFor();
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('heading', { name: 'Who helps you?' }).waitFor();
  await page.getByRole('button', { name: 'Meester Joost', exact: true }).click();
  await page.getByRole('button', { name: 'Meester Joost', pressed: true }).waitFor();
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('heading', { name: 'Who do you want to see more?' }).waitFor();
  await page.getByRole('button', { name: 'Opa Henk', exact: true }).click();
  await page.getByRole('button', { name: 'Opa Henk', pressed: true }).waitFor();

  // The safe house: Oma Ria helps (she makes Noah feel safe), Dennis not near, Samira
  // dragged into the garden of helpers; Noah stands on 7.
  await page.getByRole('button', { name: 'My house' }).click();
  const zone = (title) => page.getByRole('region', { name: title });
  await zone('In my house').getByText('Linda').waitFor();
  await zone('Comes by and helps me').getByText('Oma Ria').waitFor();
  await page.getByRole('button', { name: 'Dennis: Not near' }).click();
  await zone('I don\'t want them near').getByText('Dennis').waitFor();
  await dragCard(page, zone('Not chosen yet').locator('.drag-card', { hasText: 'Samira' }), zone('Comes by and helps me'));
  await zone('Comes by and helps me').getByText('Samira').waitFor();
  await page.getByLabel('7', { exact: true }).check();
  await page.locator('.stone.here', { hasText: '7' }).waitFor();

  // Nothing a child reads in child mode speaks of risk, danger or violence.
  const words = (await page.locator('main.child-mode').innerText()).toLowerCase();
  for (const risky of ['risk', 'danger', 'violence', 'abuse', 'worr', 'threat', 'conflict', 'neglect']) {
    assert.ok(!words.includes(risky), `child mode shows “${risky}”`);
  }
  assert.deepEqual(await axeViolations(page), [], 'the safe house');
  await waitSaved(page);

  // Saved in the map: one perspective held by Noah (id 2) with his answers.
  const stored = await storedDocument(page);
  assert.equal(stored.perspectives.length, 1);
  const view = stored.perspectives[0];
  assert.equal(view.holder, 2);
  assert.equal(view.name, 'As Noah sees it');
  assert.equal(view.safety, 7, 'where Noah stood on the path to the safe house');
  const tie = (from, to, kind) => view.ties.find((t) => t.from === from && t.to === to && t.kind === kind);
  assert.deepEqual(tie(5, 2, 'support')?.support, ['emotional'], 'Oma Ria makes Noah feel safe');
  assert.deepEqual(tie(9, 2, 'support')?.support, ['practical'], 'Meester Joost helps Noah');
  // A child's answers are typed, never recognised by words in a note, and are for
  // professionals only until the child chooses to share them.
  assert.equal(tie(2, 6, 'contact')?.answer, 'see_more', 'Noah wants to see Opa Henk more');
  assert.equal(tie(2, 6, 'contact')?.note, '', 'no marker words in a note');
  assert.equal(tie(4, 2, 'risk')?.answer, 'not_near', 'Noah does not want Dennis near');
  for (const t of view.ties.filter((t) => t.answer)) {
    assert.deepEqual(t.readers, { kind: 'professionals_only', reason: '' }, 'an answer is for professionals only');
  }
  assert.equal(tie(4, 2, 'support'), undefined, 'what the grown-ups said about Dennis and Noah is not Noah’s answer');
  assert.deepEqual(tie(7, 2, 'support')?.support, ['emotional'], 'Samira was dragged into the garden');
  assert.equal(tie(8, 2, 'support'), undefined, 'Coach Bas was not chosen');
  assert.equal(view.closeness['7'], 1, 'Samira dragged very close');
  assert.equal(view.closeness['4'], 3, 'Dennis a bit further');
  assert.ok(view.ties.some((t) => t.from === 6 && t.to === 1), 'ties not about Noah stay as on the map');
  const common = stored.ties.filter((t) => t.from === 4 && t.to === 2).map((t) => t.kind).sort();
  assert.deepEqual(common, ['risk', 'support', 'support'], 'the shared map is untouched');

  // After a reload Noah is still in child mode (a reload is no way out of it), and finds
  // his house as he left it.
  await page.reload();
  await page.locator('main.child-mode').waitFor();
  await page.locator('.who-are-you .person-toggle', { hasText: 'Noah' }).click();
  await page.getByRole('button', { name: 'My house' }).click();
  await zone('I don\'t want them near').getByText('Dennis').waitFor();
  assert.equal(await page.getByLabel('7', { exact: true }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a child not on the map adds themselves; read-aloud uses only a voice on the device', async () => {
  const { context, page } = await openApp(browser, origin, { context: { viewport: TABLET } });
  // A speech engine with a network voice for Dutch and an on-device voice for English.
  await context.addInitScript(() => {
    const voices = [
      { name: 'Cloud Dutch', lang: 'nl-NL', localService: false, default: true, voiceURI: 'cloud-nl' },
      { name: 'Local English', lang: 'en-GB', localService: true, default: false, voiceURI: 'local-en' },
    ];
    class FakeSynthesis extends EventTarget {
      constructor() { super(); this.spoken = []; }
      getVoices() { return voices; }
      speak(u) { this.spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang }); }
      cancel() {}
    }
    class FakeUtterance { constructor(text) { this.text = text; this.voice = null; this.lang = ''; } }
    Object.defineProperty(window, 'speechSynthesis', { value: new FakeSynthesis(), configurable: true });
    window.SpeechSynthesisUtterance = FakeUtterance;
  });
  await page.reload();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  await fromMenu(page, 'Child mode');
  await page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  assert.equal(await page.locator('.who-are-you .person-toggle').count(), 0, 'an empty map has nobody to pick');
  await page.getByRole('button', { name: 'Read aloud' }).click();
  const spoken = await page.evaluate(() => window.speechSynthesis.spoken);
  assert.deepEqual(spoken, [{ text: 'Who are you? Tap your name.', voice: 'Local English', lang: 'en-GB' }]);

  await page.getByLabel('Not there? Then write your name.').fill('Sanne');
  await page.getByRole('button', { name: 'That\'s me' }).click();
  await page.getByRole('button', { name: 'Close or far' }).waitFor();
  // In Dutch only the network voice exists: no read-aloud button then. (Child mode has
  // its own language switch: the menu is not in the child's room.)
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Dichtbij of ver weg' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Lees voor' }).count(), 0);
  await waitSaved(page);
  const stored = await storedDocument(page);
  assert.deepEqual(stored.persons.map((p) => [p.name, p.household, p.child]), [['Sanne', true, true]]);
  await context.close();
});

test('after one visit Kring opens, edits and saves with the network cut', async () => {
  const own = await startServer();
  const { context, page, errors } = await openApp(browser, own.origin);
  // Installable: a manifest with icons made here.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const json = await (await fetch(href)).json();
    const icons = await Promise.all(json.icons.map(async (i) => [i.src, (await fetch(i.src)).status]));
    return { name: json.short_name, display: json.display, icons };
  });
  assert.equal(manifest.name, 'Kring');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some(([src]) => src.endsWith('512.png')));
  assert.ok(manifest.icons.every(([, status]) => status === 200), JSON.stringify(manifest.icons));

  // The service worker takes over and keeps the app shell.
  const ready = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((ok) => setTimeout(() => ok(false), 15000)),
  ]));
  assert.ok(ready, 'the service worker is installed');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const kept = await page.evaluate(async () => (await (await caches.open('kring-shell-v1')).keys()).map((r) => new URL(r.url).pathname));
  for (const ending of ['/', '.wasm', '.css', '.js', '512.png']) {
    assert.ok(kept.some((path) => path.endsWith(ending)), `${ending} is kept: ${kept}`);
  }

  // The network is cut: the browser is offline and the server is gone.
  await context.setOffline(true);
  own.server.closeAllConnections();
  await new Promise((ok) => own.server.close(ok));
  await page.reload();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Olga');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: /^Olga,/ }).waitFor();
  await waitSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /^Olga,/ }).waitFor();
  assert.equal((await storedDocument(page)).persons.length, 1, 'the edit made offline is stored');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), []);
  await context.close();
});

/** Presses Tab until the element with this id has the focus. */
async function tabToId(page, id, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return;
  }
  throw new Error(`could not reach #${id} with Tab`);
}

test('by keyboard alone: from a new map through the guided session to an exported Kring file', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: TABLET } });
  await tabTo(page, 'Menu');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Guided session');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-question');
  const focusVisible = () => page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });

  // Household: the name field is the next stop after the question; Enter puts a name on the map.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'guided-name');
  assert.ok(await focusVisible(), 'focus is visible in the name field');
  await page.keyboard.type('Linda');
  await page.keyboard.press('Enter');
  await page.locator('ul.added li', { hasText: 'Linda' }).waitFor();
  await page.keyboard.type('Noah');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  assert.ok(await focusVisible(), 'focus is visible on the button');
  await page.keyboard.press('Enter');
  await page.locator('ul.added li', { hasText: 'Noah' }).waitFor();

  await tabTo(page, 'Next');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Which family do you see or talk to?' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-question');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Oma Ria');
  await page.keyboard.press('Enter');
  await page.locator('ul.added li', { hasText: 'Oma Ria' }).waitFor();

  await tabTo(page, '7Who helps whom');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Who helps whom, and with what?' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-question');
  await tabToId(page, 'guided-first');
  await chooseByKeyboard(page, 'Oma Ria');
  await page.keyboard.press('Tab');
  await chooseByKeyboard(page, 'Noah');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // the third kind of help: looking after the children
  await tabTo(page, 'Put the tie on the map');
  await page.keyboard.press('Enter');
  await page.getByText('Oma Ria to Noah: Support (Looking after the children)').waitFor();

  await tabTo(page, '10Network meeting');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Who could come to a network meeting?' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-question');
  await tabTo(page, 'Invite Oma Ria');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Invite Oma Ria', pressed: true }).waitFor();
  await tabTo(page, 'Done: go to the map');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  assert.equal(await page.locator('svg.map g.person').count(), 3);
  await waitSaved(page);
  const stored = await storedDocument(page);
  assert.deepEqual(stored.persons.map((p) => p.name), ['Linda', 'Noah', 'Oma Ria']);
  assert.equal(stored.persons[1].child, true);
  assert.deepEqual(stored.ties[0].support, ['childcare']);
  assert.equal(stored.meetings[0].participants.length, 1);

  // And out: the Kring file, through the Export menu.
  await tabTo(page, 'Menu');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Export');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'export-kring');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.deepEqual(file.persons.map((p) => p.name), ['Linda', 'Noah', 'Oma Ria']);
  assert.equal(file.meetings[0].participants.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe, touch targets and no sideways scrolling on a 768 px tablet, portrait and landscape', async () => {
  const { context, page } = await openApp(browser, origin, { context: { viewport: TABLET } });
  await seedMap(page, fixture('bakker.kring.json'));
  for (const viewport of [TABLET, TABLET_LANDSCAPE]) {
    await page.setViewportSize(viewport);
    const where = `${viewport.width}×${viewport.height}`;
    assert.deepEqual(await axeViolations(page), [], `editor ${where}`);
    assert.deepEqual(await smallTargets(page, '.topbar', 44), [], `top bar ${where}`);
    assert.ok(await sidewaysOverflow(page) <= 0, `editor fits ${where}`);

    await fromMenu(page, 'My maps');
    await page.getByRole('heading', { name: 'Maps on this device' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `start screen ${where}`);
    assert.ok(await sidewaysOverflow(page) <= 0, `start screen fits ${where}`);
    await page.getByRole('button', { name: 'Back' }).first().click();
    await page.getByRole('group', { name: 'Network map' }).waitFor();

    await fromMenu(page, 'Guided session');
    for (const step of ['1', '7', '10']) {
      await page.locator('.step-list button').nth(Number(step) - 1).click();
      await page.locator('.step-count', { hasText: `Step ${step} of 10` }).waitFor();
      assert.deepEqual(await axeViolations(page), [], `guided step ${step} ${where}`);
      assert.deepEqual(await smallTargets(page, 'main.guided', 44), [], `guided step ${step} ${where}`);
      assert.ok(await sidewaysOverflow(page) <= 0, `guided step ${step} fits ${where}`);
    }
    await page.getByRole('button', { name: 'Back to the map' }).click();

    await fromMenu(page, 'Child mode');
    assert.deepEqual(await axeViolations(page), [], `child mode: who are you ${where}`);
    await page.locator('.who-are-you .person-toggle', { hasText: 'Mila' }).click();
    for (const tab of ['Close or far', 'Questions', 'My house']) {
      await page.getByRole('button', { name: tab, exact: true }).click();
      await page.getByRole('button', { name: tab, pressed: true }).waitFor();
      assert.deepEqual(await axeViolations(page), [], `child mode: ${tab} ${where}`);
      assert.deepEqual(await smallTargets(page, 'main.child-mode', 64), [], `child mode: ${tab} ${where}`);
      assert.ok(await sidewaysOverflow(page) <= 0, `child mode: ${tab} fits ${where}`);
    }
    await leaveChildMode(page);
  }
  await context.close();
});

test('more contrast and less motion are honoured; focus stays visible', async () => {
  const { context, page } = await openApp(browser, origin, { context: { viewport: TABLET } });
  await seedMap(page, fixture('bakker.kring.json'));
  await fromMenu(page, 'Child mode');
  await page.locator('.who-are-you .person-toggle', { hasText: 'Mila' }).click();
  const band = page.locator('.band-2');
  const normal = await band.evaluate((n) => getComputedStyle(n).borderTopColor);
  await page.emulateMedia({ contrast: 'more', reducedMotion: 'reduce' });
  const strong = await band.evaluate((n) => getComputedStyle(n).borderTopColor);
  assert.notEqual(strong, normal);
  assert.equal(strong, 'rgb(27, 27, 31)', 'bands get ink-dark borders');
  assert.equal(await band.evaluate((n) => getComputedStyle(n).backgroundColor), 'rgb(255, 255, 255)');
  // Nothing on the screen moves by itself when less motion is asked for.
  const moving = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => {
    const s = getComputedStyle(el);
    return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
  }).length);
  assert.equal(moving, 0);
  // Every stop of the keyboard in child mode shows where it is.
  const invisible = [];
  await page.locator('main.child-mode h2').click();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { name: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30), ok: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
    });
    if (!seen.ok) invisible.push(seen.name);
  }
  assert.deepEqual(invisible, []);
  await context.close();
});

test('right to left: the layout mirrors and nothing overlaps or sticks out', async () => {
  const { context, page, errors } = await openApp(browser, origin, { path: '/?lang=en&dir=rtl', context: { viewport: TABLET } });
  await seedMap(page, fixture('bakker.kring.json'));
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.ok(await sidewaysOverflow(page) <= 0, 'the editor fits');

  await fromMenu(page, 'Guided session');
  await page.getByRole('heading', { name: 'Who lives with you?' }).waitFor();
  // "Next" sits at the start of the line, which is now on the right; "Previous" after it.
  const next = await page.getByRole('button', { name: 'Next', exact: true }).boundingBox();
  const previous = await page.getByRole('button', { name: 'Previous' }).boundingBox();
  assert.ok(next.x < previous.x, 'in right-to-left the last button of the row is on the left');
  const first = await page.locator('.step-list li').nth(0).boundingBox();
  const second = await page.locator('.step-list li').nth(1).boundingBox();
  assert.ok(first.x > second.x, 'step 1 is on the right, step 2 to its left');
  const overlaps = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.topbar button, .step-list button, .step-nav button, .mode-head button')]
      .map((el) => ({ name: el.textContent.trim(), r: el.getBoundingClientRect() }));
    const hits = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) hits.push(`${boxes[i].name} / ${boxes[j].name}`);
      }
    }
    return hits;
  });
  assert.deepEqual(overlaps, []);
  assert.ok(await sidewaysOverflow(page) <= 0, 'the guided session fits');
  assert.deepEqual(await axeViolations(page), [], 'guided session in right-to-left');

  await page.getByRole('button', { name: 'Back to the map' }).click();
  await fromMenu(page, 'Child mode');
  await page.locator('.who-are-you .person-toggle', { hasText: 'Mila' }).click();
  await page.getByRole('button', { name: 'My house' }).click();
  const zero = await page.locator('label[for="stone-0"]').boundingBox();
  const one = await page.locator('label[for="stone-1"]').boundingBox();
  assert.ok(zero.x > one.x, 'the path runs from right to left');
  const house = await page.getByRole('region', { name: 'In my house' }).boundingBox();
  const garden = await page.getByRole('region', { name: 'Comes by and helps me' }).boundingBox();
  assert.ok(house.x > garden.x, 'the house is on the right, the garden on the left');
  assert.ok(await sidewaysOverflow(page) <= 0, 'the safe house fits');
  assert.deepEqual(await axeViolations(page), [], 'safe house in right-to-left');
  assert.deepEqual(errors, []);
  await context.close();
});
