// The example family and badges: a new user opens the fictional Bakker family
// from the first screen and from My maps; it says it is an example (in the title, over
// the map and in My maps), has a prepared meeting, can be removed, and its persons carry
// badges a screen reader hears too. Connect marks a safe adult for a child.

/** The text on a person's safe-adult shield (the badges are drawn beside the button). */
async function shield(page, person) {
  const id = await person.getAttribute('data-person-id');
  return page.locator(`[data-badges-of="${id}"] .badge-safe text`).textContent();
}
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startServer, launch, openApp, axeViolations, fromMenu, storedDocument, waitSaved } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const SHOTS = new URL('../../target/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

test('Dutch: the example opens from an empty map, says it is one, and can be removed', async () => {
  const { context, page, errors, requests } = await openApp(browser, origin, {
    path: '/',
    context: { viewport: { width: 1024, height: 768 }, hasTouch: true },
  });
  await page.getByRole('button', { name: 'Bekijk een voorbeeld' }).click();
  await page.locator('.map-title', { hasText: 'Voorbeeld: familie Bakker (verzonnen)' }).waitFor();
  const banner = page.getByRole('note');
  assert.match(await banner.innerText(), /Voorbeeld: de familie Bakker is verzonnen/);
  assert.equal(await page.locator('svg.map g.person[data-person-id]').count(), 15);
  // Badges, heard too: Mila is a child of 7, Oma Ria and Samira are safe adults for her.
  await page.getByRole('button', { name: /^Mila,.*kind van 7 jaar/ }).waitFor();
  for (const name of ['Oma Ria', 'Samira']) {
    const person = page.getByRole('button', { name: new RegExp(`^${name},.*veilige volwassene voor Mila`) });
    assert.equal(await shield(page, person), 'M');
  }
  assert.equal(await page.locator('[data-badges-of] .badge-child').count(), 2, 'Noah and Mila');
  await waitSaved(page);
  const doc = await storedDocument(page);
  assert.equal(doc.meetings.length, 1, 'a prepared meeting');
  assert.ok(doc.meetings[0].participants.length >= 8);
  await page.getByRole('button', { name: 'Passend maken' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}tablet-example.png` });
  assert.deepEqual(await axeViolations(page), [], 'example open');

  // My maps marks it, in words.
  await fromMenu(page, 'Mijn kaarten');
  const row = page.locator('.map-row', { hasText: 'familie Bakker' });
  assert.equal(await row.locator('.example-mark').textContent(), 'Voorbeeld');
  assert.deepEqual(await axeViolations(page), [], 'My maps with the example');
  await page.getByRole('button', { name: 'Terug' }).click();

  // Removing it leaves an empty new map, and My maps no longer lists it.
  await page.getByRole('button', { name: 'Voorbeeld weghalen' }).click();
  await page.locator('.map-hint', { hasText: 'Begin bij het midden' }).waitFor();
  assert.equal(await page.locator('svg.map g.person[data-person-id]').count(), 0);
  await fromMenu(page, 'Mijn kaarten');
  await page.locator('#new-map').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.map-row', { hasText: 'familie Bakker' }).count(), 0, 'the example is gone');
  // My maps opens the example too.
  await page.getByRole('button', { name: 'Bekijk een voorbeeld' }).click();
  await page.locator('.map-title', { hasText: 'Voorbeeld: familie Bakker' }).waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((url) => !url.startsWith(origin)), []);
  await context.close();
});

test('English: Connect marks a safe adult for a child, the shield shows it, and it is saved', async () => {
  const { context, page, errors } = await openApp(browser, origin);
  await page.getByRole('button', { name: 'See an example' }).click();
  await page.locator('.map-title', { hasText: 'Example: the Bakker family (made up)' }).waitFor();
  await page.locator('#connect').click();
  await page.getByRole('button', { name: 'Safe adult', exact: true }).click();
  assert.equal(await page.getByRole('button', { name: 'Safe adult', exact: true }).getAttribute('aria-pressed'), 'true');
  await page.locator('.connect-hint', { hasText: 'Tap the adult' }).waitFor();
  // The child first and the adult second works too: the child is the one marked a child.
  await page.getByRole('button', { name: /^Noah,/ }).click();
  await page.locator('.connect-hint', { hasText: 'Now tap the child' }).waitFor();
  await page.getByRole('button', { name: /^Coach Bas,/ }).click();
  const bas = page.getByRole('button', { name: /^Coach Bas,.*safe adult for Noah/ });
  await bas.waitFor();
  assert.equal(await shield(page, bas), 'N');
  // Connect stays on, still for safe adults, until Done.
  assert.equal(await page.getByRole('button', { name: 'Safe adult', exact: true }).getAttribute('aria-pressed'), 'true');
  await waitSaved(page);
  const doc = await storedDocument(page);
  const byName = Object.fromEntries(doc.persons.map((p) => [p.name, p]));
  assert.equal(byName['Coach Bas'].child_safety[byName.Noah.id], 'safe_adult');
  assert.equal(byName.Noah.child_safety, undefined, 'nothing marked on the child');
  // Undo takes it back in one step.
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: /^Coach Bas, [^]*$/ }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: /safe adult for Noah/ }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printed map is the whole map on one page with a legend under it, every name whole and at 9 pt or more, even when the screen was zoomed in', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: { width: 1280, height: 800 } } });
  await page.getByRole('button', { name: 'See an example' }).click();
  await page.locator('.map-title', { hasText: 'Example' }).waitFor();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(300);
  const viewBox = () => page.locator('svg.map').getAttribute('viewBox');
  const whole = await viewBox();
  // Zoomed in on the screen, the printout still shows the whole map; the screen's view
  // comes back after printing.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction((whole) => document.querySelector('svg.map').getAttribute('viewBox') !== whole, whole);
  const zoomed = await viewBox();
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction((whole) => document.querySelector('svg.map').getAttribute('viewBox') === whole, whole);
  const file = `${SHOTS}print-example.pdf`;
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction((zoomed) => document.querySelector('svg.map').getAttribute('viewBox') === zoomed, zoomed);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.match(info, /^Pages:\s+1$/m, 'one page');
  // Every word with its box; a word's box is about 1.16 times its font size high.
  const words = [...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
    .matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
    .map(([, y0, y1, word]) => ({ word, pt: (parseFloat(y1) - parseFloat(y0)) / 1.16 }));
  const names = ['Linda', 'Noah', 'Mila', 'Dennis', 'Oma', 'Ria', 'Opa', 'Henk', 'Samira', 'Coach', 'Bas', 'Joost',
    'Ellen', 'Karin', 'Omar', 'Debt', 'GP', 'therapist'];
  for (const name of names) {
    const found = words.filter((w) => w.word === name);
    assert.ok(found.length > 0, `${name} is printed whole`);
    assert.ok(Math.max(...found.map((w) => w.pt)) >= 9, `${name}: ${found.map((w) => w.pt.toFixed(1))} pt`);
  }
  for (const word of ['Legend', 'Shield', 'Dashed']) {
    const found = words.find((w) => w.word === word);
    assert.ok(found && found.pt >= 9, `legend "${word}" at ${found?.pt.toFixed(1)} pt`);
  }
  assert.ok(words.some((w) => w.word === 'Example:'), 'the paper says it is an example');
  assert.ok(!words.some((w) => w.word === 'exit'), 'no Quick exit on paper');
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone 390×844: the example is readable as a second screen — names apart, sector names whole at 12 px', async () => {
  const { context, page, errors } = await openApp(browser, origin, {
    context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  });
  await page.getByRole('button', { name: 'See an example' }).click();
  await page.locator('.map-title', { hasText: 'Example' }).waitFor();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(400);
  const seen = await page.evaluate(() => {
    const svg = document.querySelector('svg.map');
    const scale = svg.getScreenCTM().a;
    const boxes = [...svg.querySelectorAll('text.person-label')].map((t) => ({ name: t.textContent, r: t.getBoundingClientRect() }));
    const sectors = [...svg.querySelectorAll('text.sector-label')].map((t) => ({
      name: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale, r: t.getBoundingClientRect() }));
    const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const touching = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) if (meet(a.r, b.r)) touching.push(`${a.name} / ${b.name}`);
      // Names are placed for the size they are drawn at, so none runs into a sector name.
      for (const s of sectors) if (meet(a.r, s.r)) touching.push(`${a.name} / ${s.name}`);
    }
    const frame = svg.getBoundingClientRect();
    const cut = sectors.filter((s) => s.r.left < frame.left - 1 || s.r.right > frame.right + 1).map((s) => s.name);
    return { touching, cut, smallest: Math.min(...sectors.map((s) => s.px)), width: document.documentElement.scrollWidth };
  });
  // Written first, so that a person can look at it when an assertion fails.
  await page.screenshot({ path: `${SHOTS}phone-example.png` });
  assert.deepEqual(seen.touching, [], 'no name touches another name or a sector name');
  assert.deepEqual(seen.cut, [], 'sector names are whole');
  assert.ok(seen.smallest >= 11.9, `sector names at ${seen.smallest.toFixed(1)} px`);
  assert.ok(seen.width <= 390, 'no sideways scrolling');
  assert.deepEqual(await axeViolations(page), [], 'phone example');
  assert.deepEqual(errors, []);
  await context.close();
});

test('child mode shows pictures Kring draws (SVG), never emoji, and a tap does not leave it', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: { width: 1024, height: 768 }, hasTouch: true } });
  await page.getByRole('button', { name: 'See an example' }).click();
  await page.locator('.map-title', { hasText: 'Example' }).waitFor();
  await fromMenu(page, 'Child mode');
  await page.locator('main.child-mode').waitFor();
  const noEmoji = async () => page.evaluate(() => {
    const room = document.querySelector('.app.child-room');
    return [...room.innerText.matchAll(/\p{Extended_Pictographic}/gu)].map((m) => m[0]);
  });
  assert.deepEqual(await noEmoji(), [], 'no emoji on "who are you"');
  // Everyone the child can choose from has a picture: Noah and Mila (the children).
  const cards = page.locator('.person-toggle');
  assert.ok(await cards.count() >= 2);
  assert.equal(await page.locator('.person-toggle svg.picture').count(), await cards.count());
  await page.locator('.person-toggle', { hasText: 'Mila' }).click();
  await page.locator('svg.picture').first().waitFor();
  assert.deepEqual(await noEmoji(), [], 'no emoji once Mila is chosen');
  assert.ok(await page.locator('svg.picture').count() >= 10, 'a picture per person');
  assert.deepEqual(await axeViolations(page), [], 'child mode with pictures');
  await page.screenshot({ path: `${SHOTS}tablet-child-pictures.png` });
  const out = page.locator('#adult-exit');
  const b = await out.boundingBox();
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForTimeout(600);
  assert.equal(await page.locator('main.child-mode').count(), 1, 'a tap does not leave child mode');
  assert.deepEqual(errors, []);
  await context.close();
});

test('child mode with a PIN: a reload or a new tab stays in it; holding asks for the adult\'s PIN, a wrong one keeps the child mode', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: { width: 1024, height: 768 } } });
  await page.getByRole('button', { name: 'See an example' }).click();
  await page.locator('.map-title', { hasText: 'Example' }).waitFor();
  await fromMenu(page, 'Child mode with a PIN');
  await page.getByLabel('PIN to leave child mode (at least 4 digits)').fill('2468');
  await page.getByRole('button', { name: 'Start child mode' }).click();
  await page.locator('main.child-mode').waitFor();
  // Reloading the page (or opening Kring in a new tab) is no way out: child mode comes
  // back, with its PIN, and the PIN is not readable in the browser's storage.
  await page.reload();
  await page.locator('main.child-mode').waitFor();
  assert.equal(await page.locator('header.topbar').count(), 0, 'no adult header after a reload');
  const other = await context.newPage();
  await other.goto(`${origin}/?lang=en`);
  await other.locator('main.child-mode').waitFor();
  await other.close();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes('2468'), 'the PIN is kept as a digest only');
  const hold = async () => {
    const box = await page.locator('#adult-exit').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(2300);
    await page.mouse.up();
  };
  await hold();
  const pin = page.getByLabel("The adult's PIN");
  await pin.waitFor();
  assert.equal(await page.locator('main.child-mode').count(), 1, 'holding alone does not leave');
  await pin.fill('1111');
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'That is not the right PIN.' }).waitFor();
  assert.equal(await page.locator('main.child-mode').count(), 1, 'a wrong PIN does not leave');
  assert.deepEqual(await axeViolations(page), [], 'PIN asked');
  await pin.fill('2468');
  await page.getByRole('button', { name: 'Leave', exact: true }).click();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  // Left by the adult: a reload opens the map, not child mode.
  await page.reload();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  // The PIN is forgotten: child mode from the menu is left with the hold alone.
  await fromMenu(page, 'Child mode');
  await page.locator('main.child-mode').waitFor();
  await hold();
  await page.getByRole('group', { name: 'Network map' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
