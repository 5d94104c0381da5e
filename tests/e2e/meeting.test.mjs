// A network meeting filled in through the Meeting screen, and a printed pack per
// audience. The PDFs are made by Chromium from the print preview (print CSS) and read back
// with pdftotext, so the assertions are about what ends up on paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, waitSaved, axeViolations, seedMap, fixture, fromMenu, meetingStep, tabTo } from './harness.mjs';

let server, origin, browser, dir;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  // KRING_PDF_DIR=/some/dir keeps the PDFs to look at.
  dir = process.env.KRING_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kring-meeting-'));
});
after(async () => {
  await browser?.close();
  server?.close();
  if (dir && !process.env.KRING_PDF_DIR) rmSync(dir, { recursive: true, force: true });
});

/** Every risk type's name in one language, by its name in the Kring file, read from the
 *  app's own translations so the test cannot drift from them. */
function riskTypeNames(lang) {
  const source = readFileSync(new URL(`../../src/i18n/${lang}.rs`, import.meta.url), 'utf8');
  const block = source.match(/Key::RiskTypeName\(kind\) => match kind \{([\s\S]*?)\n\s*\},/);
  assert.ok(block, `no risk type names in ${lang}.rs`);
  const names = Object.fromEntries([...block[1].matchAll(/RiskType::(\w+) => "([^"]+)"/g)]
    .map(([, variant, name]) => [variant.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase(), name]));
  assert.equal(Object.keys(names).length, 14, `expected 14 risk types in ${lang}.rs`);
  return names;
}
const RISK_TYPES = { nl: riskTypeNames('nl'), en: riskTypeNames('en') };
/** Everything that names a risk: every risk type, the risk tie kind, and the word itself.
 *  The Dutch kind, "Zorgen", is an ordinary word too ("Waar maken we ons zorgen over?"): it
 *  is looked for where it names a tie (a tie row, "Zorgen:") and in the legend. */
const RISK_WORDS = {
  nl: [...Object.values(RISK_TYPES.nl), 'Zorgen:', 'Lange streepjes: zorgen', 'risico'],
  en: [...Object.values(RISK_TYPES.en), 'Risk'],
};

const PHONES = {
  Linda: '06-1111 1111', // household: consents to appear and to receive the plan
  Noah: '06-2222 2222', // household, 12: appears, but does not receive the plan
  'Oma Ria': '06-3333 3333', // appears and receives
  Samira: '06-4444 4444', // no consent at all
  Karin: '06-5555 5555', // professional: appears and receives
  Fatima: '06-6666 6666', // not on the map: appears, does not receive
};

/** The text of a PDF in the order it was drawn, which keeps each table cell in one piece. */
function pdfText(file) {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
/** Runs of white space made single: table cells wrap. */
const flat = (text) => text.replace(/\s+/g, ' ');

/** Page sizes in points, [width, height] per page. */
function pageSizes(file) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Prints the preview on screen to a PDF the way "Save as PDF" would, and reads it back. */
async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return { text: pdfText(file), sizes: pageSizes(file) };
}

/** The item of a list in the form whose heading starts with `heading` ("Grens 1 Niet onderhandelbaar"). */
const item = (page, heading) => {
  const name = new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  return page.locator('li.meeting-item', { has: page.getByRole('heading', { name }) });
};

test('a meeting filled in on screen prints three versions that each show only what they may', async () => {
  const { page, errors } = await openApp(browser, origin, { path: '/?lang=nl' });
  const bakker = fixture('bakker.kring.json');
  await seedMap(page, bakker);
  const map = JSON.parse(bakker);

  await fromMenu(page, 'Netwerkberaad');
  await page.getByText('Er is nog geen beraad. Begin een nieuw beraad.').waitFor();
  await page.getByRole('button', { name: 'Nieuw beraad' }).click();
  // The new meeting opens with the cursor in its date.
  await page.waitForFunction(() => document.activeElement?.id === 'mt-date');
  await page.getByLabel('Datum', { exact: true }).fill('2026-03-10');
  await page.getByLabel('Plaats').fill('Buurthuis De Linde');
  await page.getByLabel('Voorzitter').fill('Karin');
  await page.getByLabel('Doel').fill('Samen afspreken hoe Noah en Mila veilig thuis kunnen wonen.');
  // Validation speaks plainly about what is still missing, folded away above each step.
  const missing = page.locator('.missing-top summary');
  await missing.click();
  await page.getByRole('button', { name: 'Vul in wanneer jullie opnieuw naar het plan kijken.' }).waitFor();
  await missing.click();

  // --- Six participants: five from the map, one who is not on it ---
  await meetingStep(page, 'participants');
  for (const name of ['Linda', 'Noah', 'Oma Ria', 'Samira', 'Karin']) {
    await page.getByLabel('Iemand van de kaart uitnodigen').selectOption({ label: name });
    await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
    await item(page, name).waitFor();
  }
  await page.getByRole('button', { name: 'Iemand uitnodigen die niet op de kaart staat' }).click();
  await page.waitForFunction(() => document.activeElement?.id?.endsWith('-name'));
  await page.keyboard.type('Fatima');
  await item(page, 'Fatima').waitFor();
  await item(page, 'Fatima').getByLabel('Rol in het beraad').selectOption({ label: 'Ervaringsdeskundige' });
  assert.equal(await page.locator('li.participant').count(), 6);

  // Consent, with the age rule in plain words: Noah is 12, so he and a parent decide.
  const consent = { Linda: [true, true, 'Linda'], Noah: [true, false, 'Noah, Linda'], 'Oma Ria': [true, true, 'Oma Ria'],
    Samira: [false, false, ''], Karin: [true, true, 'Karin'], Fatima: [true, false, 'Fatima'] };
  await item(page, 'Noah').getByText('12 tot 16 jaar: de jongere én de ouders beslissen samen.').waitFor();
  await item(page, 'Linda').getByText('Volwassene: beslist zelf.').waitFor();
  for (const [name, [appear, receive, givenBy]] of Object.entries(consent)) {
    const row = item(page, name);
    await row.getByLabel('Telefoon').fill(PHONES[name]);
    await row.getByLabel('E-mail').fill(`${name.toLowerCase().replace(' ', '.')}@example.org`);
    if (appear) await row.getByLabel('Mag op de kaart voor het netwerk').check();
    if (receive) await row.getByLabel('Mag het plan krijgen').check();
    if (givenBy) {
      await row.getByLabel('Toestemming gegeven door').fill(givenBy);
      await row.getByLabel('Datum toestemming').fill('2026-03-01');
      await row.getByText('Toestemming is compleet').waitFor();
    }
  }
  await item(page, 'Linda').getByLabel('Uitnodiging').selectOption({ label: 'Komt' });

  // --- Three worries, by keyboard: "add" puts the cursor in the new worry ---
  const worries = [
    'Noah en Mila horen thuis harde woorden tussen volwassenen en worden daar bang van.',
    'De rekeningen stapelen zich op en Linda slaapt slecht.',
    'Noah gaat sinds de zomer bijna niet meer naar school.',
  ];
  await meetingStep(page, 'situation');
  for (const [i, text] of worries.entries()) {
    await page.getByRole('button', { name: 'Zorg toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, `mt-w${i}-text`);
    await page.keyboard.type(text);
  }
  await item(page, 'Zorg 1').getByLabel('Linda').selectOption({ label: 'Vindt dit ook' });
  await item(page, 'Zorg 1').getByLabel('Karin').selectOption({ label: 'Vindt dit ook' });
  await item(page, 'Zorg 3').getByLabel('Noah').selectOption({ label: 'Vindt dit niet' });

  await page.getByRole('button', { name: 'Toevoegen wat goed gaat' }).click();
  await page.getByRole('textbox', { name: 'Wat goed gaat 1' }).fill('Oma Ria is er altijd voor de kinderen.');

  // --- Two bottom lines, set by the professional ---
  await meetingStep(page, 'goals');
  const bottomLines = ['Er wordt in huis niet geslagen.', 'De kinderen zijn nooit alleen met iemand die gedronken heeft.'];
  for (const [i, text] of bottomLines.entries()) {
    await page.getByRole('button', { name: 'Grens toevoegen' }).click();
    await item(page, `Grens ${i + 1}`).getByLabel('De grens').fill(text);
    assert.equal(await item(page, `Grens ${i + 1}`).getByLabel('Gesteld door').inputValue(), 'd5'); // Karin
  }

  // --- Five agreements; two of them put support on the map ---
  const agreements = [
    { who: 'Oma Ria', what: 'Haalt Mila elke woensdag uit school.', for: ['Mila'], from: '2026-03-11', how: 'Mila vertelt het aan meester Joost.', support: ['Mila', 'Oppassen op de kinderen'] },
    { who: 'Samira', what: 'Past op Mila als Linda laat moet werken.', for: ['Mila'], support: ['Mila', 'Praktische hulp'] },
    { who: 'Coach Bas', what: 'Neemt Noah op dinsdag mee naar de training.', for: ['Noah'], from: '2026-03-17' },
    { who: 'Linda', what: 'Belt Karin elke maandag hoe het gaat.', for: ['Linda'] },
    { who: 'Karin', what: 'Regelt een afspraak bij de schuldhulp.', for: ['Linda'], by: '2026-04-01', how: 'Linda heeft een datum.' },
  ];
  await meetingStep(page, 'agreements');
  for (const [i, a] of agreements.entries()) {
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    const row = item(page, `Afspraak ${i + 1}`);
    await row.getByLabel('Wie doet het?').selectOption({ label: a.who });
    await row.getByLabel('Wat doet die persoon?').fill(a.what);
    for (const name of a.for) {
      await page.locator(`#mt-a${i}-for`).selectOption({ label: name });
      await row.getByRole('button', { name: 'Toevoegen: Voor wie' }).click();
    }
    if (a.from) await row.getByLabel('Vanaf').fill(a.from);
    if (a.by) await row.getByLabel('Uiterlijk').fill(a.by);
    if (a.how) await row.getByLabel('Zo weten we dat het gebeurt').fill(a.how);
    if (a.support) {
      await row.getByLabel('Deze afspraak zet steun op de kaart').check();
      await row.getByLabel('Steun voor wie?').selectOption({ label: a.support[0] });
      await row.getByLabel(a.support[1]).check();
    }
  }
  const applyTies = page.getByRole('button', { name: 'Steun uit de afspraken op de kaart zetten' });
  await applyTies.click();
  await page.getByRole('status').filter({ hasText: '2 verbindingen op de kaart zijn toegevoegd of sterker gemaakt.' }).waitFor();
  // One undo takes back the ties and the links together; then do it again.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  assert.equal(await item(page, 'Afspraak 1').getByLabel('Deze afspraak zet steun op de kaart').isChecked(), true);
  await applyTies.click();
  await page.getByRole('status').filter({ hasText: '2 verbindingen op de kaart zijn toegevoegd of sterker gemaakt.' }).waitFor();
  // The agreements now belong to the ties they strengthened, and ask for nothing more.
  await item(page, 'Afspraak 1').getByText('Oma Ria → Mila (Steun)').waitFor();
  assert.equal(await applyTies.isDisabled(), true);
  assert.equal(await item(page, 'Afspraak 1').getByLabel('Deze afspraak zet steun op de kaart').isChecked(), false);

  // --- Red flag and who calls whom; scales; monitoring; the child's words ---
  await meetingStep(page, 'safety');
  await page.getByRole('button', { name: 'Signaal toevoegen' }).click();
  await item(page, 'Signaal 1').getByLabel('Waaraan merken we dat het misgaat?').fill('Noah komt niet thuis na school.');
  await item(page, 'Signaal 1').getByRole('button', { name: 'Wie doet wat toevoegen: Signaal 1' }).click();
  await page.locator('#mt-r0-s0-who').selectOption({ label: 'Linda' });
  await page.locator('#mt-r0-s0-does').fill('Belt eerst Noah zelf.');
  await page.locator('#mt-r0-s0-calls').selectOption({ label: 'Oma Ria' });
  for (const [pid, score] of [[1, '5'], [2, '4'], [3, '6'], [5, '3']]) {
    await page.locator(`#mt-scale-${pid}`).selectOption(score);
  }
  await page.getByLabel('Houdt het plan in de gaten').selectOption({ label: 'Karin' });
  await page.getByLabel('We kijken opnieuw naar het plan op').fill('2026-06-10');
  await page.getByLabel('Als de afspraken niet lukken').fill('Karin roept het netwerk binnen een week bij elkaar.');
  await meetingStep(page, 'voice');
  await page.getByRole('button', { name: 'Woorden van een kind toevoegen' }).click();
  await item(page, 'Woorden van een kind 1').getByLabel('Kind', { exact: true }).selectOption({ label: 'Noah' });
  await item(page, 'Woorden van een kind 1').getByLabel('In eigen woorden').fill('Ik wil dat het thuis rustig is.');
  await meetingStep(page, 'check');
  await page.getByText('Alles is ingevuld.').waitFor();
  assert.equal(await page.locator('.missing-top').count(), 0, 'nothing folded away when nothing is missing');
  // The review date is shown prominently above the form.
  await page.locator('.review-banner').getByText('10 juni 2026').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the meeting form passes axe');

  // --- Family and professionals ---
  // The full version is for professionals only, and says so.
  await page.getByRole('button', { name: 'Voor professionals (alles)' }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — Volledige versie, alleen voor professionals' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the family preview passes axe');
  // The print button opens the browser's print window (stubbed here) for this version.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: 'Afdrukken: volledige versie, alleen voor professionals' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  const family = await printToPdf(page, 'family');
  const familyText = flat(family.text);
  assertRiskTies(familyText, map, 'nl', 'Zorgen');
  for (const text of [...worries, ...bottomLines, ...agreements.map((a) => a.what), 'Ik wil dat het thuis rustig is.']) {
    assert.ok(familyText.includes(text), `family version has “${text}”`);
  }
  for (const name of ['Linda', 'Noah', 'Oma Ria', 'Karin']) assert.ok(familyText.includes(PHONES[name]), `${name}'s phone`);
  for (const name of ['Samira', 'Fatima']) assert.ok(!familyText.includes(PHONES[name]), `no phone of ${name}, who did not agree`);
  assertEveryPage(family.text, 'Volledige versie, alleen voor professionals');
  assertMapPage(family, true);

  // --- Network ---
  await page.getByRole('button', { name: 'Voor het netwerk' }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — Voor het netwerk' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the network preview passes axe');
  const network = await printToPdf(page, 'network-nl');
  assertNoRisk(network.text, 'nl', 'network');
  const networkText = flat(network.text);
  for (const name of ['Samira', 'Fatima', 'Noah']) {
    assert.ok(!networkText.includes(PHONES[name]), `the network version has no phone of ${name}`);
  }
  for (const name of ['Linda', 'Oma Ria', 'Karin']) assert.ok(networkText.includes(PHONES[name]), `${name} agreed to share her phone`);
  assert.ok(!networkText.includes('Samira'), 'Samira did not agree to appear by name');
  assert.ok(networkText.includes('iemand uit ‘Buren & buurt’'), 'Samira is someone from the neighbourhood');
  for (const text of [...worries, ...bottomLines]) assert.ok(networkText.includes(text), `network version has “${text}”`);
  assertEveryPage(network.text, 'Voor het netwerk');
  assertMapPage(network, false);

  // --- Child ---
  await page.getByRole('button', { name: 'Voor het kind: Noah' }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — Mijn plan' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the child preview passes axe');
  const child = await printToPdf(page, 'child-nl');
  assertNoRisk(child.text, 'nl', 'child');
  // "who can I call" holds only numbers of adults who agreed to receive the plan.
  for (const name of ['Noah', 'Samira', 'Fatima']) {
    assert.ok(!flat(child.text).includes(PHONES[name]), `no phone of ${name} for the child`);
  }
  for (const text of ['Wie helpt mij?', 'Bij wie kan ik terecht?', 'Neemt Noah op dinsdag mee naar de training.', 'Ik wil dat het thuis rustig is.']) {
    assert.ok(flat(child.text).includes(text), `child version has “${text}”`);
  }
  assert.ok(!flat(child.text).includes(worries[0]), 'no worries in the child version');
  assertEveryPage(child.text, 'Mijn plan');

  // --- The same in English: the words for risk differ, the rule does not ---
  await fromMenu(page, 'English');
  await page.getByRole('heading', { name: 'Familie Bakker — My plan' }).waitFor();
  assertNoRisk((await printToPdf(page, 'child-en')).text, 'en', 'English child');
  await page.getByRole('button', { name: 'For the network' }).click();
  await page.getByRole('heading', { name: 'Familie Bakker — For the network' }).waitFor();
  const networkEn = await printToPdf(page, 'network-en');
  assertNoRisk(networkEn.text, 'en', 'English network');
  assertEveryPage(networkEn.text, 'For the network', 'Confidential');
  await page.getByRole('button', { name: 'For professionals (everything)' }).click();
  const familyEn = flat((await printToPdf(page, 'family-en')).text);
  assertRiskTies(familyEn, map, 'en', 'Risk');

  // --- Saved with the map: the meeting is still there after a reload ---
  await waitSaved(page);
  await page.reload();
  // The address still says ?lang=nl.
  await fromMenu(page, 'Netwerkberaad');
  await page.getByRole('button', { name: /^Beraad van 10 maart 2026 · .* · opnieuw kijken op 10 juni 2026$/ }).waitFor();
  await meetingStep(page, 'participants');
  assert.equal(await page.locator('li.participant').count(), 6);
  assert.deepEqual(errors, []);
});

test('a meeting is one undo step per field, and can be deleted and brought back', async () => {
  const { page } = await openApp(browser, origin, { path: '/?lang=en' });
  await seedMap(page, fixture('bakker.kring.json'), { id: 'map-undo' });
  await fromMenu(page, 'Meeting');
  await page.getByRole('button', { name: 'New meeting' }).click();
  await page.getByLabel('Place').pressSequentially('Town hall');
  await page.getByLabel('Chair').focus(); // leaving the field ends the step
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.click();
  assert.equal(await page.getByLabel('Place').inputValue(), '', 'typing the place was one step');
  await meetingStep(page, 'check');
  await page.getByRole('button', { name: 'Delete this meeting' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByText('There is no meeting yet. Start a new meeting.').waitFor();
  await undo.click();
  await page.getByRole('button', { name: /^Meeting of / }).waitFor();
});

const STEP_WORDS = {
  nl: { menu: 'Netwerkberaad', add: 'Nieuw beraad', network: 'Voor het netwerk', fill: 'Invullen', next: 'Volgende stap: Wie komen er', previous: 'Vorige stap: Wanneer en waar',
    before: '1 van 4 ingevuld', after: '2 van 4 ingevuld', safety: '0 van 5 ingevuld, 2 punten nakijken',
    missing: 'Wat ontbreekt nog? (2 punten)', review: 'Vul in wanneer jullie opnieuw naar het plan kijken.' },
  en: { menu: 'Meeting', add: 'New meeting', network: 'For the network', fill: 'Fill in', next: 'Next step: Who comes', previous: 'Previous step: When and where',
    before: '1 of 4 filled in', after: '2 of 4 filled in', safety: '0 of 5 filled in, 2 items to check',
    missing: 'What is missing? (2 items)', review: 'Fill in when you will look at the plan again.' },
};
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const currentStep = (page) => page.locator('.meeting-steps [aria-current="step"]').getAttribute('id');
const stepDone = (page, key) => page.locator(`#mt-goto-${key} .step-done`).textContent();

for (const [lang, words] of Object.entries(STEP_WORDS)) {
  test(`the meeting form is walked in steps by keyboard, and what is missing opens its step (${lang})`, async () => {
    const { page, errors } = await openApp(browser, origin, { path: `/?lang=${lang}` });
    await seedMap(page, fixture('bakker.kring.json'), { id: `map-steps-${lang}` });
    await fromMenu(page, words.menu);
    await page.getByRole('button', { name: words.add }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'mt-date');
    assert.equal(await currentStep(page), 'mt-goto-basics', 'a new meeting opens at the first step');
    assert.equal(await page.locator('.meeting-steps li').count(), 8);
    // Only the open step is on the screen.
    assert.equal(await page.locator('#mt-participants-title').count(), 0);

    // The summary in the list of steps follows what is typed.
    assert.equal(await stepDone(page, 'basics'), words.before);
    // Tab moves through the date's day, month and year first.
    for (let i = 0; i < 4 && await focusedId(page) !== 'mt-place'; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedId(page), 'mt-place');
    await page.keyboard.type('Buurthuis De Linde');
    await page.waitForFunction(([text]) => document.querySelector('#mt-goto-basics .step-done')?.textContent === text, [words.after]);
    assert.equal(await stepDone(page, 'safety'), words.safety, 'the missing keeper and review date are counted in their step');

    // Next at the bottom of the step opens the next one, with focus on its heading.
    await tabTo(page, words.next);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'mt-step-participants-title');
    assert.equal(await currentStep(page), 'mt-goto-participants');
    await page.locator('#mt-invite').waitFor();
    assert.equal(await page.locator('#mt-place').count(), 0, 'the first step is closed');
    await tabTo(page, words.previous);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'mt-step-basics-title');
    assert.equal(await page.locator('#mt-place').inputValue(), 'Buurthuis De Linde', 'what was typed is still there');

    // What is missing sits just above the step's heading: open it and choose an item.
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), words.missing);
    await page.keyboard.press('Enter');
    await tabTo(page, words.review);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'mt-review');
    assert.equal(await currentStep(page), 'mt-goto-safety', 'the review date is in the safety step');
    assert.deepEqual(await axeViolations(page), [], 'a step of the form passes axe');

    // On a phone no step scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const key of ['basics', 'participants', 'situation', 'goals', 'agreements', 'safety', 'voice', 'check']) {
      await meetingStep(page, key);
      const [scroll, width] = await page.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]);
      assert.ok(scroll <= width, `step ${key} fits a phone (${scroll} > ${width})`);
    }
    // Looking at a printed version and back keeps the open step.
    await page.getByRole('button', { name: words.network }).click();
    await page.getByRole('button', { name: words.fill }).click();
    await page.locator('#mt-step-check-title').waitFor();
    assert.equal(await currentStep(page), 'mt-goto-check');
    assert.deepEqual(errors, []);
  });
}

/** Every risk tie of the map is a row: who → whom, the kind, and what happens. */
function assertRiskTies(text, map, lang, kind) {
  const nameOf = Object.fromEntries(map.persons.map((p) => [p.id, p.name]));
  // The fixture is an old file: its fourth risk tie, Opa Henk's "conflict" with Linda, is
  // Opa Henk's own condition now (tension), not an act against Linda.
  const risks = map.ties.filter((t) => t.kind === 'risk' && !t.risk.includes('conflict'));
  assert.equal(risks.length, 3, 'the Bakker map has three risk ties');
  assert.ok(!text.includes(`Opa Henk → Linda ${kind}`), 'tension is not printed as a risk tie');
  for (const tie of risks) {
    const row = `${nameOf[tie.from]} → ${nameOf[tie.to]} ${kind}: ${tie.risk.map((r) => RISK_TYPES[lang][r]).join(', ')}`;
    assert.ok(text.includes(row), `the ${lang} family version has the risk tie “${row}”`);
  }
}

function assertNoRisk(text, lang, version) {
  const lower = text.toLowerCase();
  for (const word of RISK_WORDS[lang]) {
    assert.ok(!lower.includes(word.toLowerCase()), `the ${version} version does not say “${word}”`);
  }
}

/** Every printed page carries the map's name, the version and the confidential marker. */
function assertEveryPage(text, version, confidential = 'Vertrouwelijk') {
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  assert.ok(pages.length >= 1);
  for (const [i, pageText] of pages.entries()) {
    const flatPage = flat(pageText);
    assert.ok(flatPage.includes('Familie Bakker') && flatPage.includes(version), `page ${i + 1} has the header`);
    assert.ok(flatPage.toLowerCase().includes(confidential.toLowerCase()), `page ${i + 1} says ${confidential}`);
  }
}

/** Plan pages are A4 portrait; the map page is A4 landscape, with a legend. */
function assertMapPage({ text, sizes }, withRisk) {
  const landscape = sizes.filter(([w, h]) => w > h);
  assert.equal(landscape.length, 1, `one landscape map page (${JSON.stringify(sizes)})`);
  assert.ok(sizes.some(([w, h]) => h > w), 'portrait plan pages');
  const mapPage = flat(text.split('\f')[sizes.findIndex(([w, h]) => w > h)]);
  assert.ok(mapPage.includes('Doorgetrokken lijn: steun'), 'the map page has a legend');
  assert.equal(mapPage.includes('Lange streepjes: zorgen'), withRisk, 'risk in the legend only where risk is shown');
}
