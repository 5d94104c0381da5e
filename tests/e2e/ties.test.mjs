// Support and risk between the same two persons, drawn differently, filtered,
// and the insight that names the child without a protective adult outside the household.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, waitSaved, axeViolations, seedMap, fixture, storedDocument } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function addPerson(page, name, sector) {
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: sector });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${name},`) }).waitFor();
}

async function connect(page, from, to) {
  // Connect stays on for several ties.
  const button = page.locator('#connect');
  if (await button.getAttribute('aria-pressed') !== 'true') await button.click();
  await page.getByRole('button', { name: new RegExp(`^${from},`) }).click();
  await page.getByRole('button', { name: new RegExp(`^${to},`) }).click();
  await page.getByRole('heading', { name: 'Tie', exact: true }).waitFor();
}

test('a support tie and a risk tie between the same two persons', async () => {
  const { context, page, errors } = await openApp(browser, origin, { context: { viewport: { width: 1400, height: 1000 } } });
  await addPerson(page, 'Mila', 'Household');
  await page.getByRole('button', { name: /^Mila,/ }).click();
  await page.getByLabel('Child', { exact: true }).check();
  await addPerson(page, 'Dennis', 'Family');

  await connect(page, 'Dennis', 'Mila');
  await page.getByRole('region', { name: 'Tie', exact: true }).getByLabel('Kind').selectOption({ label: 'Support' });
  await page.getByLabel('Practical help').check();
  await page.getByRole('region', { name: 'Tie', exact: true }).getByLabel('Strength').selectOption({ label: 'Strong' });
  await connect(page, 'Dennis', 'Mila');
  const panel = page.getByRole('region', { name: 'Tie', exact: true });
  await panel.getByLabel('Kind').selectOption({ label: 'Risk' });
  await page.getByLabel('Threats or psychological abuse').check();
  // A risk tie is described as the practice asks, never by a strength.
  assert.equal(await panel.getByLabel('Strength').count(), 0, 'a risk tie has no strength');
  await panel.getByLabel('In which situation does it happen?').fill('at handovers');
  await panel.getByLabel('How serious is it?').selectOption({ label: 'Serious' });
  await panel.getByLabel('How often does it happen?').selectOption({ label: 'Weekly' });
  await panel.getByLabel('When was the last time?').fill('2026-03-02');
  await waitSaved(page);

  // Both are drawn, and differently: the pattern tells them apart without colour.
  const styles = await page.locator('svg.map path.tie').evaluateAll((paths) =>
    paths.map((p) => ({ kind: [...p.classList].find((c) => c.startsWith('tie-')), dash: p.getAttribute('stroke-dasharray'), width: p.getAttribute('stroke-width') })));
  assert.equal(styles.length, 2);
  const support = styles.find((s) => s.kind === 'tie-support');
  const risk = styles.find((s) => s.kind === 'tie-risk');
  assert.equal(support.dash, null, 'support is a solid line');
  assert.ok(risk.dash, 'risk is dashed');
  assert.ok(Number(support.width) > Number(risk.width), 'a strong support tie is drawn thicker; a risk tie has no strength');
  const stored = (await storedDocument(page)).ties.find((t) => t.kind === 'risk');
  assert.deepEqual([stored.situation, stored.seriousness, stored.frequency, stored.last],
    ['at handovers', 'serious', 'weekly', '2026-03-02']);

  // The tables say who does what for whom and against whom.
  await page.getByRole('tab', { name: 'Who does what' }).click();
  assert.match(await page.locator('#for-whom').innerText(), /Dennis[\s\S]*Practical help → Mila/);
  assert.match(await page.locator('#against-whom').innerText(),
    /Dennis[\s\S]*Threats or psychological abuse → Mila · serious · weekly · when: at handovers · last time: 2 March 2026/);

  // Only risk.
  await page.getByLabel('Which ties?').selectOption({ label: 'Only risk' });
  await page.locator('svg.map path.tie-support').waitFor({ state: 'detached' });
  assert.equal(await page.locator('svg.map path.tie').count(), 1);
  assert.equal(await page.locator('svg.map path.tie-risk').count(), 1);
  await page.getByLabel('Which ties?').selectOption({ label: 'Only support' });
  await page.locator('svg.map path.tie-risk').waitFor({ state: 'detached' });
  await page.getByLabel('Which ties?').selectOption({ label: 'All' });

  // Below three persons the panel says one friendly line; a third makes it look.
  await addPerson(page, 'Linda', 'Household');
  // Dennis supports and harms Mila, so he does not protect her: she has nobody outside.
  await page.getByRole('tab', { name: 'What stands out?' }).click();
  const insights = page.getByRole('region', { name: 'What stands out?' });
  // The serious risk is named first, then the child without a safe adult.
  await insights.getByText('Mila has no safe adult outside the household.').waitFor();
  await insights.getByText('Dennis helps Mila. There are also worries about what Dennis does to Mila.', { exact: false }).waitFor();
  const items = await insights.locator('li.insight').allInnerTexts();
  assert.match(items[0], /There are worries about what Dennis does to Mila/, 'the risk against the child is named first');
  assert.ok(items.findIndex((t) => /Mila has no safe adult/.test(t)) < items.findIndex((t) => /Dennis helps Mila/.test(t)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an insight lights up the persons it is about', async () => {
  const { context, page } = await openApp(browser, origin, { context: { viewport: { width: 1400, height: 1000 } } });
  await seedMap(page, fixture('bakker.kring.json'));
  await page.getByRole('tab', { name: 'What stands out?' }).click();
  const insights = page.getByRole('region', { name: 'What stands out?' });
  // In the Bakker family Noah's only protective adult outside the household is Coach Bas.
  const single = insights.locator('li', { hasText: 'Coach Bas' }).first();
  await single.waitFor();
  await single.getByRole('button').click();
  const dimmed = (name) => page.locator(`g.person[aria-label^="${name},"]`).evaluate((n) => n.classList.contains('dimmed'));
  assert.equal(await dimmed('Coach Bas'), false);
  assert.equal(await dimmed('Karin'), true);
  assert.deepEqual(await axeViolations(page), [], 'with insights and highlight');
  await page.getByRole('button', { name: 'Clear the highlight' }).click();
  assert.equal(await dimmed('Karin'), false);
  await context.close();
});
