// Holding on. A first meeting (seeded, and once made on screen) → a review meeting started from it, with
// an outcome per agreement and new scores, by keyboard → the printed family and child
// versions (read back with pdftotext) hold the outcomes and the trend; the calendar file
// downloads and, when Python's icalendar is installed, a real parser reads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, waitSaved, axeViolations, seedMap, fixture, fromMenu, meetingStep } from './harness.mjs';

let server, origin, browser, dir;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
  dir = process.env.KRING_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'kring-review-'));
});
after(async () => {
  await browser?.close();
  server?.close();
  if (dir && !process.env.KRING_PDF_DIR) rmSync(dir, { recursive: true, force: true });
});

const flat = (text) => text.replace(/\s+/g, ' ');
async function printToPdf(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  return flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}
/** How many pages a PDF printed by `printToPdf` has (pdfinfo, of the same poppler). */
function pagesOf(name) {
  const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

const consent = (names) => ({ may_appear_on_shared_map: true, may_receive_plan: true, consent_given_by: names, consent_date: '2026-03-01' });

/** The Bakker map with a first meeting of 12 March 2026 (the Kring file, version 4). */
function withFirstMeeting() {
  const map = JSON.parse(fixture('bakker.kring.json'));
  map.version = 4;
  map.meetings = [{
    id: 1,
    date: '2026-03-12',
    place: 'Wijkcentrum De Linde',
    chair: 'Karin',
    purpose: 'Samen een plan maken',
    participants: [
      { id: 1, person: 1, role: 'family_member', phone: '06-11111111', consent: consent(['Linda']) },
      { id: 2, person: 2, role: 'family_member', consent: consent(['Noah', 'Linda']) },
      { id: 3, person: 5, role: 'network_member', phone: '06-33333333', consent: consent(['Oma Ria']) },
      { id: 4, person: 11, role: 'professional', consent: consent(['Karin']) },
    ],
    danger_statements: [{ text: 'We zijn bang dat de kinderen weer ruzie bij de overdracht zien.', agreed_by: [1, 4] }],
    safety_goals: [{ text: 'Elke overdracht gaat rustig.', how_long: 'drie maanden', agreed_by: [1, 3, 4] }],
    agreements: [
      { who: { person: 5 }, what: 'Oma Ria haalt Mila elke woensdag uit school.', child_words: 'Oma Ria haalt je op woensdag op.',
        for_whom: [3], from: '2026-03-18', repeat: 'weekly' },
      { who: { person: 1 }, what: 'Linda belt de schuldhulp.', for_whom: [1], by: '2026-04-01' },
      { who: { person: 8 }, what: 'Coach Bas neemt Noah mee naar de training.', for_whom: [2] },
    ],
    scale_anchors: { zero: 'Er is elke week ruzie', ten: 'De overdracht gaat altijd rustig' },
    scales: [{ participant: 1, score: 4 }, { participant: 2, score: 3 }, { participant: 3, score: 5 }, { participant: 4, score: 3 }],
    monitoring: { keeper: { participant: 4 }, review_date: '2026-05-14', if_not_kept: 'Karin belt iedereen.' },
    preparation: [{ participant: 1, notes: 'Linda is moe maar wil graag.' }],
  }];
  return JSON.stringify(map);
}

test('a review meeting started from the first records outcomes and prints them with the trend', async () => {
  const { page, errors } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, withFirstMeeting(), { id: 'map-review' });
  await fromMenu(page, 'Netwerkberaad');
  await page.getByRole('button', { name: /^Beraad van 12 maart 2026 · 3 afspraken/ }).waitFor();
  // The review date has passed (this runs after 14 May 2026): the banner says so.
  await page.locator('.review-banner.passed').first().waitFor();

  // Start the review by keyboard.
  await page.getByRole('button', { name: 'Evaluatieberaad starten' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'mt-date');
  await page.keyboard.press('Control+a');
  await page.getByLabel('Datum', { exact: true }).fill('2026-05-14');
  await page.getByRole('button', { name: /^Evaluatie op 14 mei 2026 \(van het beraad van 12 maart 2026\)/ }).waitFor();

  // The plan came along: the goal, the agreements, the anchors.
  await meetingStep(page, 'goals');
  assert.equal(await page.locator('#mt-goal0-text').inputValue(), 'Elke overdracht gaat rustig.');
  await meetingStep(page, 'agreements');
  assert.equal(await page.locator('#mt-a0-what').inputValue(), 'Oma Ria haalt Mila elke woensdag uit school.');

  // An outcome per agreement, by keyboard: focus the select, choose, type what happened.
  const outcomes = [['Gelukt', 'Elke woensdag gelukt.'], ['Deels gelukt', 'Eén keer gebeld, nog geen afspraak.'], ['Niet gelukt', 'Noah wilde niet.']];
  for (const [i, [result, what]] of outcomes.entries()) {
    await page.locator(`#mt-a${i}-out-result`).selectOption({ label: result });
    await page.locator(`#mt-a${i}-out-what`).focus();
    await page.keyboard.type(what);
    await page.locator(`#mt-a${i}-out-by`).selectOption({ label: 'Karin' });
  }
  // New scores: the trend shows beside each.
  await meetingStep(page, 'safety');
  assert.equal(await page.getByLabel('0 betekent hier', { exact: true }).inputValue(), 'Er is elke week ruzie');
  for (const [pid, score] of [[1, '6'], [2, '5'], [3, '5'], [4, '4']]) await page.locator(`#mt-scale-${pid}`).selectOption(score);
  await page.locator('#mt-scale-1-why').fill('Het is rustiger bij de overdracht.');
  await page.getByText('Verloop: 4 → 6: hoger dan vorige keer').waitFor();
  await page.getByLabel('We kijken opnieuw naar het plan op').fill('2026-07-09');
  assert.deepEqual(await axeViolations(page), [], 'the review form passes axe');

  // The history reads as a story.
  await page.getByRole('button', { name: /1 gelukt, 1 deels, 1 niet/ }).waitFor();

  // Linda's printed version: outcomes and trend.
  await page.getByRole('button', { name: 'Voor Linda' }).click();
  const linda = await printToPdf(page, 'review-linda');
  for (const text of ['Evaluatie van het beraad van 12 maart 2026', 'Hoe ging het?: Gelukt', 'Elke woensdag gelukt.',
    'Deels gelukt', 'Niet gelukt', '4 → 6: hoger dan vorige keer', 'Elke overdracht gaat rustig.', 'drie maanden',
    'Ondergrenzen: dit moet altijd', '9 juli 2026', 'elke woensdag']) {
    assert.ok(linda.includes(text), `Linda's version has “${text}”`);
  }
  assert.ok(!linda.includes('Linda is moe'), 'no preparation notes in a family printout');
  assert.ok(!linda.includes('Snel weg'), 'the quick exit button is not printed');

  // Noah's own plan: his score beside last time, child words, who he can call.
  await page.getByRole('button', { name: 'Voor het kind: Noah' }).click();
  const noah = await printToPdf(page, 'review-noah');
  for (const text of ['Mijn cijfer', 'Vorige keer gaf jij een 3. Nu geef jij een 5 van de 10.', 'Wie kan ik bellen?',
    'Coach Bas neemt Noah mee naar de training.']) {
    assert.ok(noah.includes(text), `Noah's plan has “${text}”`);
  }
  assert.ok(!noah.includes('Niet gelukt') && !noah.includes('Gelukt'), 'no outcomes in the child plan');
  // My safe house, drawn (not an emoji) with Oma Ria inside and Noah's stone on the path;
  // the whole plan on one page.
  const house = page.locator('.child-pack svg.safe-house');
  assert.equal(await house.getAttribute('role'), 'img');
  assert.match(await house.getAttribute('aria-label'), /^Mijn veilige huis\. Hier kan ik naartoe: .*Oma Ria.*Op het pad sta ik op 5 van de 10\.$/);
  assert.equal(await house.locator('text.house-name', { hasText: 'Oma Ria' }).count(), 1, 'Oma Ria in the house');
  assert.equal(await house.locator('.house-stone.mine').textContent(), '5');
  assert.ok(noah.includes('Mijn veilige huis'), 'the house is printed');
  assert.equal(pagesOf('review-noah'), 1, "the child's plan is one page");
  assert.ok(!noah.includes('Snel weg'), 'no quick exit button on the child plan either');

  // The same in English.
  await fromMenu(page, 'English');
  await page.getByRole('button', { name: 'For Linda' }).click();
  const lindaEn = await printToPdf(page, 'review-linda-en');
  for (const text of ['Review of the meeting of 12 March 2026', 'How did it go?: Done', '4 → 6: higher than last time']) {
    assert.ok(lindaEn.includes(text), `the English version has “${text}”`);
  }
  await page.getByRole('button', { name: 'For the child: Noah' }).click();
  const noahEn = await printToPdf(page, 'review-noah-en');
  for (const text of ['My safe house', 'Last time you gave 3. Now you give 5 out of 10.', 'Oma Ria']) {
    assert.ok(noahEn.includes(text), `Noah's English plan has “${text}”`);
  }
  assert.equal(pagesOf('review-noah-en'), 1, "the child's plan is one page in English too");
  assert.ok(!lindaEn.includes('Quick exit') && !noahEn.includes('Quick exit'), 'no quick exit button on English paper');

  // The calendar file.
  await page.getByRole('button', { name: 'Fill in' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to a calendar (.ics)' }).click()]);
  const file = join(dir, 'plan.ics');
  await download.saveAs(file);
  const ics = readFileSync(file, 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.includes('DTSTART;VALUE=DATE:20260709'), 'the review date');
  assert.ok(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'folded at 75 octets');
  let python = true;
  try { execFileSync('python3', ['-c', 'import icalendar']); } catch { python = false; }
  if (python) {
    const out = execFileSync('python3', ['-c', `
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [e for e in cal.walk('VEVENT')]
print(len(events))
for e in events: print(e.get('DTSTART').dt.isoformat(), str(e.get('SUMMARY')))
`, file], { encoding: 'utf8' });
    assert.match(out, /^3\n/, `icalendar reads three events: ${out}`);
    assert.ok(out.includes('2026-07-09 Familie Bakker: look at the plan again'), out);
  } else {
    console.log('# icalendar is not installed: the real-parser check was skipped');
  }

  await waitSaved(page);
  assert.deepEqual(errors, []);
});

/** The item of a list in the form whose heading starts with `heading`. */
const item = (page, heading) => {
  const name = new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  return page.locator('li.meeting-item', { has: page.getByRole('heading', { name }) });
};

test('the whole cycle on screen: a first meeting, its review, and both printouts', async () => {
  const { page, errors } = await openApp(browser, origin, { path: '/?lang=nl' });
  await seedMap(page, fixture('bakker.kring.json'), { id: 'map-cycle' });
  await fromMenu(page, 'Netwerkberaad');

  // The first meeting, made here: three people, one agreement in child words, scores.
  await page.getByRole('button', { name: 'Nieuw beraad' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-date');
  await page.getByLabel('Datum', { exact: true }).fill('2026-03-12');
  await meetingStep(page, 'participants');
  for (const name of ['Linda', 'Noah', 'Karin']) {
    await page.getByLabel('Iemand van de kaart uitnodigen').selectOption({ label: name });
    await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
    await item(page, name).waitFor();
  }
  for (const [name, givenBy] of [['Linda', 'Linda'], ['Noah', 'Noah, Linda'], ['Karin', 'Karin']]) {
    const row = item(page, name);
    await row.getByLabel('Mag op de kaart voor het netwerk').check();
    await row.getByLabel('Mag het plan krijgen').check();
    await row.getByLabel('Toestemming gegeven door').fill(givenBy);
    await row.getByLabel('Datum toestemming').fill('2026-03-01');
    await row.getByText('Toestemming is compleet').waitFor();
  }
  await meetingStep(page, 'agreements');
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const agreement = item(page, 'Afspraak 1');
  await agreement.getByLabel('Wie doet het?').selectOption({ label: 'Linda' });
  await agreement.getByLabel('Wat doet die persoon?').fill('Linda belt Karin elke maandag hoe het gaat.');
  await agreement.getByLabel('Zo zeggen we het tegen het kind').fill('Mama praat elke week met Karin.');
  await page.locator('#mt-a0-for').selectOption({ label: 'Noah' });
  await agreement.getByRole('button', { name: 'Toevoegen: Voor wie' }).click();
  await meetingStep(page, 'safety');
  for (const [pid, score] of [[1, '4'], [2, '3'], [3, '4']]) await page.locator(`#mt-scale-${pid}`).selectOption(score);
  await page.getByLabel('Houdt het plan in de gaten').selectOption({ label: 'Karin' });
  await page.getByLabel('We kijken opnieuw naar het plan op').fill('2026-05-14');
  await meetingStep(page, 'check');
  await page.getByText('Alles is ingevuld.').waitFor();

  // The review, started from it: the outcome and new scores.
  await page.getByRole('button', { name: 'Evaluatieberaad starten' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'mt-date');
  assert.equal(await page.locator('#mt-goto-basics').getAttribute('aria-current'), 'step', 'another meeting opens at the first step');
  await page.getByLabel('Datum', { exact: true }).fill('2026-05-14');
  await meetingStep(page, 'agreements');
  assert.equal(await page.locator('#mt-a0-what').inputValue(), 'Linda belt Karin elke maandag hoe het gaat.');
  await page.locator('#mt-a0-out-result').selectOption({ label: 'Deels gelukt' });
  await page.locator('#mt-a0-out-what').fill('Drie van de vijf maandagen gebeld.');
  await meetingStep(page, 'safety');
  for (const [pid, score] of [[1, '6'], [2, '5'], [3, '5']]) await page.locator(`#mt-scale-${pid}`).selectOption(score);
  await page.getByText('Verloop: 4 → 6: hoger dan vorige keer').waitFor();

  await page.getByRole('button', { name: 'Voor Linda' }).click();
  const linda = await printToPdf(page, 'cycle-linda');
  for (const text of ['Evaluatie van het beraad van 12 maart 2026', 'Hoe ging het?: Deels gelukt',
    'Drie van de vijf maandagen gebeld.', '4 → 6: hoger dan vorige keer']) {
    assert.ok(linda.includes(text), `Linda's version has “${text}”`);
  }
  await page.getByRole('button', { name: 'Voor het kind: Noah' }).click();
  const noah = await printToPdf(page, 'cycle-noah');
  for (const text of ['Mama praat elke week met Karin.', 'Vorige keer gaf jij een 3. Nu geef jij een 5 van de 10.', 'Mijn veilige huis']) {
    assert.ok(noah.includes(text), `Noah's plan has “${text}”`);
  }
  assert.equal(pagesOf('cycle-noah'), 1);

  await fromMenu(page, 'English');
  await page.getByRole('button', { name: 'For Linda' }).click();
  const lindaEn = await printToPdf(page, 'cycle-linda-en');
  for (const text of ['Review of the meeting of 12 March 2026', 'How did it go?: Partly done', '4 → 6: higher than last time']) {
    assert.ok(lindaEn.includes(text), `Linda's English version has “${text}”`);
  }
  await page.getByRole('button', { name: 'For the child: Noah' }).click();
  const noahEn = await printToPdf(page, 'cycle-noah-en');
  for (const text of ['Last time you gave 3. Now you give 5 out of 10.', 'My safe house']) {
    assert.ok(noahEn.includes(text), `Noah's English plan has “${text}”`);
  }
  await waitSaved(page);
  assert.deepEqual(errors, []);
});
