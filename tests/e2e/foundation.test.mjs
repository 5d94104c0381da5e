// Add persons by keyboard, survive a reload, undo, stay on our own origin, pass axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, tabTo, waitSaved, axeViolations, foreignRequests, fromMenu } from './harness.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function addPersonByKeyboard(page, name, { sectorSteps = 0 } = {}) {
  await tabTo(page, 'Add person');
  await page.keyboard.press('Enter');
  // The form opens with the cursor in the Name field (a person waits for it too).
  await page.waitForFunction(() => document.activeElement?.id === 'person-name');
  await page.keyboard.type(name);
  if (sectorSteps > 0) {
    await page.keyboard.press('Tab');
    for (let i = 0; i < sectorSteps; i++) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
}

const personsInList = (page) => page.locator('.list-view table.persons tbody th').allTextContents();

test('two persons added by keyboard survive a reload, and undo removes the last', async () => {
  const { context, page, requests, errors } = await openApp(browser, origin);
  await addPersonByKeyboard(page, 'Oma Ria');
  await addPersonByKeyboard(page, 'Samira', { sectorSteps: 2 });
  await waitSaved(page);

  await page.reload();
  const map = page.getByRole('group', { name: 'Network map' });
  await map.getByRole('button', { name: /^Oma Ria/ }).waitFor();
  await map.getByRole('button', { name: /^Samira/ }).waitFor();
  assert.deepEqual(await personsInList(page), ['Oma Ria', 'Samira']);
  // Samira was placed in another sector than the default by the keyboard.
  assert.match(await map.getByRole('button', { name: /^Samira/ }).getAttribute('aria-label'), /Neighbours & community/);

  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+z');
  await map.getByRole('button', { name: /^Samira/ }).waitFor({ state: 'detached' });
  assert.deepEqual(await personsInList(page), ['Oma Ria']);
  await waitSaved(page);
  await page.reload();
  await map.getByRole('button', { name: /^Oma Ria/ }).waitFor();
  assert.deepEqual(await personsInList(page), ['Oma Ria'], 'the undo was saved too');

  assert.deepEqual(foreignRequests(requests, origin), [], 'Kring made a request outside its own origin');
  assert.deepEqual(errors, [], 'the console showed errors (a CSP violation shows up here)');
  await context.close();
});

test('the Undo and Redo buttons work by mouse too', async () => {
  const { context, page } = await openApp(browser, origin);
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel('Name').fill('Coach Bas');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const map = page.getByRole('group', { name: 'Network map' });
  await map.getByRole('button', { name: /^Coach Bas/ }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await map.getByRole('button', { name: /^Coach Bas/ }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Redo' }).click();
  await map.getByRole('button', { name: /^Coach Bas/ }).waitFor();
  await context.close();
});

test('Dutch is the default, the switch and ?lang= choose the language', async () => {
  const { context, page } = await openApp(browser, origin, { path: '/' });
  await page.getByRole('group', { name: 'Netwerkkaart' }).waitFor();
  await page.getByRole('button', { name: 'Persoon toevoegen' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
  await fromMenu(page, 'English');
  await page.getByRole('button', { name: 'Add person' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.goto(origin + '/?lang=nl');
  await page.getByRole('button', { name: 'Persoon toevoegen' }).waitFor();
  await context.close();
});

test('an empty name is refused with a message, and nothing is added', async () => {
  const { context, page } = await openApp(browser, origin);
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Please fill in a name.').waitFor();
  assert.equal(await page.getByLabel('Name').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('svg.map g.person').count(), 0);
  await context.close();
});

test('a hostile name is shown as text, not run as markup', async () => {
  const { context, page } = await openApp(browser, origin);
  const hostile = '"><svg onload=alert(1)><script>alert(2)</script>';
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByLabel('Name').fill(hostile);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await waitSaved(page);
  assert.deepEqual(await personsInList(page), [hostile]);
  assert.equal(await page.locator('svg.map svg, body script:not([src])').count(), 0);
  assert.equal(dialogs, 0);
  await context.close();
});

test('the main screen has no axe-core violations, empty and filled', async () => {
  const { context, page } = await openApp(browser, origin);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Add person' }).click();
  assert.deepEqual(await axeViolations(page), [], 'with the add form open');
  await page.getByLabel('Name').fill('Noah');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await waitSaved(page);
  assert.deepEqual(await axeViolations(page), [], 'with a person on the map');
  await context.close();
});

test('the page declares a Content-Security-Policy that allows only its own origin', async () => {
  const { context, page } = await openApp(browser, origin);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /https?:|\*/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  await context.close();
});
