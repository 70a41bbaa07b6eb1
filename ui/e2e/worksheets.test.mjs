import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { apiCall, freshPagePerTest, shot, signIn, tokenOf } from './lakegate.mjs';

let server;
let page;
freshPagePerTest({
  viewport: { width: 1280, height: 800 },
  onServer: (started) => { server = started; },
  onPage: (opened) => { page = opened; },
});

/** A worksheet of maria's DataAnalysisTeam, made through the API, for tests about something else. */
async function mariasWorksheet(name) {
  const token = await tokenOf(server, 'maria');
  const { items: [environment] } = await apiCall(server, 'GET', '/api/v1/environments', { token });
  return apiCall(server, 'POST', '/api/v1/worksheets',
    { token, body: { name, ownerTeam: 'DataAnalysisTeam', environmentUri: environment.uri } });
}

async function openWorksheet(name) {
  await signIn(page, server, 'maria');
  await page.getByRole('link', { name: 'Worksheets' }).click();
  await page.getByRole('cell', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Run' }).waitFor();
}

/** Replaces the editor's SQL by typing, with the shared table inserted from the schema browser where {table} is. */
async function writeSql(sql) {
  await page.getByRole('textbox', { name: 'SQL editor' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  const [before, after] = sql.split('{table}');
  await page.keyboard.type(before);
  if (after !== undefined) {
    await page.getByRole('button', { name: 'supermarket_sales', exact: true }).click();
    await page.keyboard.type(after);
  }
}

const status = (name) => page.getByRole('status', { name: 'Query status' }).getByText(name, { exact: true });

test('maria creates a worksheet and sees the table shared with her team', async () => {
  await signIn(page, server, 'maria');
  await page.getByRole('link', { name: 'Worksheets' }).click();
  await page.getByText('No worksheets yet').waitFor();
  await page.getByRole('button', { name: 'Create' }).click();
  const dialog = page.getByRole('dialog');
  assert.equal(await dialog.getByRole('combobox', { name: 'Team' }).textContent(), 'DataAnalysisTeam');
  await dialog.getByLabel('Worksheet name').fill('x'.repeat(101));
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.getByText('size must be between 0 and 100').waitFor();
  assert.equal(await dialog.getByLabel('Worksheet name').getAttribute('aria-invalid'), 'true');

  await dialog.getByLabel('Worksheet name').fill('Sales by city');
  await dialog.getByLabel('Short description').fill('Revenue of the supermarkets');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: 'Sales by city' }).waitFor();
  const browserPanel = page.getByRole('complementary', { name: 'Tables you can query' });
  await browserPanel.getByRole('button', { name: 'supermarket_sales', exact: true }).waitFor();
  await browserPanel.getByText('Shared', { exact: true }).waitFor();
  await browserPanel.getByRole('button', { name: 'Show columns of supermarket_sales' }).click();
  await browserPanel.getByRole('button', { name: /^unit price DOUBLE/ }).waitFor();
  await browserPanel.getByLabel('Filter tables and columns').fill('gross');
  await browserPanel.getByRole('button', { name: /^gross income DOUBLE/ }).waitFor();
  assert.equal(await browserPanel.getByRole('button', { name: /^unit price/ }).count(), 0);

  await page.getByRole('button', { name: 'Edit worksheet' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Tags').fill('adhoc');
  await edit.getByLabel('Tags').press('Enter');
  await edit.getByRole('button', { name: 'Save' }).click();
  await edit.waitFor({ state: 'detached' });
  await page.getByRole('main').getByText('adhoc', { exact: true }).waitFor();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Worksheets' }).click();
  const row = page.getByRole('row', { name: /Sales by city/ });
  await row.getByText('Revenue of the supermarkets').waitFor();
  await row.getByText('adhoc').waitFor();
  await shot(page, 'worksheets-list');
});

test('deleting a worksheet asks first', async () => {
  await mariasWorksheet('Scratch');
  await signIn(page, server, 'maria');
  await page.getByRole('link', { name: 'Worksheets' }).click();
  await page.getByRole('button', { name: 'Delete Scratch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Scratch?' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'Scratch', exact: true }).waitFor({ state: 'detached' });
});

test('a group-by over the shared table gives typed results, pages and a CSV download', async () => {
  await mariasWorksheet('Typed results');
  await openWorksheet('Typed results');
  await writeSql('select city, "product line", count(*) as sales, sum(total)::decimal(12,2) as revenue, '
    + 'max(date) as last_day, list(distinct branch) as branches, null as nothing from {table} group by all order by all');
  await page.keyboard.press('ControlOrMeta+Enter');
  await status('SUCCEEDED').waitFor();

  const grid = page.getByRole('table', { name: 'Query result' });
  await grid.waitFor();
  await page.getByText('18 rows', { exact: true }).waitFor();
  const header = await grid.locator('thead').textContent();
  for (const typed of ['salesBIGINT', 'revenueDECIMAL(12,2)', 'last_dayDATE', 'branchesVARCHAR[]']) {
    assert.ok(header.includes(typed), `${typed} in ${header}`);
  }
  const first = grid.locator('tbody tr').first().locator('td');
  assert.equal(await first.nth(1).textContent(), 'Mandalay');
  assert.match(await first.nth(4).textContent(), /^\d+\.\d\d$/);
  assert.equal(await first.nth(4).evaluate((cell) => getComputedStyle(cell).textAlign), 'right');
  assert.equal(await first.nth(6).textContent(), '["B"]');
  assert.equal(await first.nth(7).textContent(), 'NULL');
  await shot(page, 'worksheets-editor');

  await page.getByRole('combobox', { name: /Rows per page/ }).click();
  await page.getByRole('option', { name: '10', exact: true }).click();
  await page.getByText('1–10 of 18').waitFor();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await page.getByText('11–18 of 18').waitFor();
  await grid.getByRole('cell', { name: '11', exact: true }).waitFor();
  assert.equal(await grid.locator('tbody tr').count(), 8);

  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^query-\w+\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  assert.equal(csv.length, 19);
  assert.match(csv[0], /^city,product line,sales,revenue,last_day,branches,nothing/);

  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.reload();
  await page.getByRole('textbox', { name: 'SQL editor' }).getByText(/group by all order by all/).waitFor();
});

test('numbers that JavaScript cannot hold show exactly as the engine answered them', async () => {
  await mariasWorksheet('Exact numbers');
  await openWorksheet('Exact numbers');
  await writeSql('select 9007199254740993::bigint as big, 1234567890123456.78::decimal(18,2) as exact, 0.1::double as tenth');
  await page.keyboard.press('ControlOrMeta+Enter');
  await status('SUCCEEDED').waitFor();

  const cells = page.getByRole('table', { name: 'Query result' }).locator('tbody tr').first().locator('td');
  assert.equal(await cells.nth(1).textContent(), '9007199254740993');
  assert.equal(await cells.nth(2).textContent(), '1234567890123456.78');
  assert.equal(await cells.nth(3).textContent(), '0.1');
});

test('a failing query shows the engine message, a long one is cancelled, and history reopens a run', async () => {
  await mariasWorksheet('Errors and history');
  await openWorksheet('Errors and history');
  await writeSql('select city, count(*) as sales from {table} group by city');
  await page.getByRole('button', { name: 'Run' }).click();
  await status('SUCCEEDED').waitFor();

  await writeSql('select nosuchcolumn from {table}');
  await page.getByRole('button', { name: 'Run' }).click();
  await status('FAILED').waitFor();
  await page.getByText('The query failed').waitFor();
  await page.getByText('Referenced column "nosuchcolumn" not found').waitFor();

  // count(*) of a range is answered from its size; a hash of every number takes minutes
  await writeSql('select sum(hash(range)) from range(10000000000)');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.getByText(/^Running for/).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await status('CANCELLED').waitFor();
  await page.getByText('The query was cancelled').waitFor();

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('table', { name: 'Query history' });
  await history.getByText('CANCELLED', { exact: true }).waitFor();
  assert.equal(await history.locator('tbody tr').count(), 3);
  await history.getByText('FAILED', { exact: true }).waitFor();
  await shot(page, 'worksheets-history');

  await history.getByText('SUCCEEDED', { exact: true }).click();
  await page.getByRole('table', { name: 'Query result' }).waitFor();
  await page.getByText('3 rows', { exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'SQL editor' }).getByText(/group by city/).waitFor();
});
