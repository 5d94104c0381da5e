// The map first: at a laptop, a touch tablet and a touch phone the whole map
// is on the first screen after "Fit to screen", nothing scrolls sideways, names read at
// 14 px or more with 30 persons, every person takes taps in 44 px, a tapped person's
// details are on screen, and child mode cannot be left with a tap. Screenshots of each
// size go to target/screenshots/ for a person to look at (not compared by pixels).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startServer, launch, openApp, seedMap, fixture, axeViolations, fromMenu } from './harness.mjs';

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

const SIZES = [
  { name: 'laptop', viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'tablet', viewport: { width: 1024, height: 768 }, touch: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
];

/** The Bakker map with 15 more persons spread over the sectors: 30 in all. */
function thirtyPersons() {
  const doc = JSON.parse(fixture('bakker.kring.json'));
  const sectors = ['family', 'friends', 'community', 'school_work', 'professionals'];
  let id = Math.max(...doc.persons.map((p) => p.id)) + 1;
  const names = ['Tante Sanne', 'Oom Piet', 'Fatima', 'Jeroen', 'Buurman Kees', 'Juf Anouk', 'Wijkagent', 'Sara',
    'Opa Gerrit', 'Lotte', 'Mevrouw Yilmaz', 'Coach Mo', 'Nicole', 'Ahmed', 'Bram'];
  names.forEach((name, i) => {
    const template = structuredClone(doc.persons[4]);
    Object.assign(template, { id: id++, name, sector: sectors[i % 5], ring: 1 + (i % 4), angle: ((i * 37) % 100) / 100, role: '' });
    delete template.age;
    doc.persons.push(template);
  });
  doc.next_person = id;
  assert.equal(doc.persons.length, 30);
  return JSON.stringify(doc);
}

async function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const size of SIZES) {
  test(`${size.name} ${size.viewport.width}×${size.viewport.height}: the whole map, readable and tappable`, async () => {
    const { context, page, errors } = await openApp(browser, origin, {
      context: { viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch && size.viewport.width < 500 },
    });
    // An empty map: one line says where to start; nothing alarming, no sideways scrolling.
    await page.locator('.map-hint').waitFor();
    await page.screenshot({ path: `${SHOTS}${size.name}-empty.png` });
    assert.ok(await sideways(page) <= 0, 'empty map fits');
    assert.deepEqual(await axeViolations(page), [], 'empty map');

    await seedMap(page, thirtyPersons());
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(300);
    const map = await page.locator('svg.map').boundingBox();
    const screen = size.viewport;
    assert.ok(map.y >= 0 && map.x >= 0 && map.y + map.height <= screen.height + 1 && map.x + map.width <= screen.width + 1,
      `the map's frame is on the screen: ${JSON.stringify(map)}`);
    // Every person's circle lies inside what is shown.
    const outside = await page.evaluate(() => {
      const out = [];
      const w = window.innerWidth, h = window.innerHeight;
      for (const dot of document.querySelectorAll('svg.map .person-dot')) {
        const r = dot.getBoundingClientRect();
        if (r.left < 0 || r.top < 0 || r.right > w || r.bottom > h) out.push(dot.parentElement.getAttribute('aria-label'));
      }
      return out;
    });
    assert.deepEqual(outside, [], 'every person is on the first screen');
    assert.ok(await sideways(page) <= 0, 'no sideways scrolling');

    // Names: at least 14 px on screen (the font size times the map's scale).
    const smallest = await page.evaluate(() => {
      const svg = document.querySelector('svg.map');
      const scale = svg.getScreenCTM().a;
      const sizes = [...svg.querySelectorAll('text.person-label')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return { count: sizes.length, min: Math.min(...sizes) };
    });
    assert.equal(smallest.count, 30);
    assert.ok(smallest.min >= 14, `smallest name ${smallest.min.toFixed(1)} px`);

    if (size.touch) {
      const small = await page.evaluate(() => [...document.querySelectorAll('svg.map .person-hit')]
        .map((c) => c.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length);
      assert.equal(small, 0, 'every person takes taps in 44 px');
    }
    await page.screenshot({ path: `${SHOTS}${size.name}-30-persons.png` });
    assert.deepEqual(await axeViolations(page), [], 'filled map');

    // A tapped person: their details are on the screen.
    const noah = page.getByRole('button', { name: /^Noah,/ });
    const dot = await noah.locator('circle.person-dot').boundingBox();
    if (size.touch) await page.touchscreen.tap(dot.x + dot.width / 2, dot.y + dot.height / 2);
    else await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2);
    const name = page.locator('#edit-name');
    await name.waitFor();
    const box = await name.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= screen.height && box.x >= 0 && box.x + box.width <= screen.width,
      `the details are in view: ${JSON.stringify(box)}`);
    assert.ok(await sideways(page) <= 0, 'details fit');
    await page.screenshot({ path: `${SHOTS}${size.name}-details.png` });
    assert.deepEqual(await axeViolations(page), [], 'details open');

    // The menu opens, passes axe, and closes with Escape.
    await page.locator('#menu-button').click();
    await page.locator('#my-maps').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'menu open');
    assert.ok(await sideways(page) <= 0, 'menu fits');
    await page.screenshot({ path: `${SHOTS}${size.name}-menu.png` });
    await page.keyboard.press('Escape');
    await page.locator('#my-maps').waitFor({ state: 'hidden' });

    // Child mode: a tap does not take a child out of it.
    await fromMenu(page, 'Child mode');
    await page.locator('main.child-mode').waitFor();
    assert.equal(await page.locator('.topbar').count(), 0, 'no adult header in child mode');
    const out = page.locator('#adult-exit');
    if (size.touch) {
      const b = await out.boundingBox();
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    } else {
      await out.click();
    }
    await page.waitForTimeout(600);
    assert.equal(await page.locator('main.child-mode').count(), 1, 'a tap does not leave child mode');
    assert.deepEqual(await axeViolations(page), [], 'child mode');
    assert.ok(await sideways(page) <= 0, 'child mode fits');
    await page.screenshot({ path: `${SHOTS}${size.name}-child-mode.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
