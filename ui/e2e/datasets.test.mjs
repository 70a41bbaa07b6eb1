import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, freshPagePerTest, shot, signIn, tokenOf } from './lakegate.mjs';

let server;
let page;
freshPagePerTest({
  viewport: { width: 1280, height: 800 },
  onServer: (started) => { server = started; },
  onPage: (opened) => { page = opened; },
});

const CSV = 'store,city,amount,paid\nA,Yangon,12.5,true\nB,Mandalay,30,false\nA,Yangon,7.25,true\nC,Naypyitaw,99.9,true\n';

test('john creates a dataset, uploads a CSV, crawls it, previews and profiles the table', async () => {
  await signIn(page, server, 'john');
  await page.getByRole('link', { name: 'Datasets' }).click();
  await page.getByRole('cell', { name: 'sales', exact: true }).waitFor();
  await shot(page, 'datasets-list');

  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Dataset name').fill('E2E Stores');
  await dialog.getByLabel('Short description').fill('Store payments for the browser test');
  await dialog.getByRole('combobox', { name: 'Topics' }).fill('Sales');
  await dialog.getByRole('combobox', { name: 'Topics' }).press('Enter');
  await dialog.getByRole('combobox', { name: 'Tags' }).fill('e2e');
  await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: 'E2E Stores' }).waitFor();
  await page.getByRole('tab', { name: 'Data', selected: true }).waitFor();
  await page.getByText('No tables yet').waitFor();
  await shot(page, 'datasets-dataset-data');

  await page.getByRole('tab', { name: 'Upload' }).click();
  await page.getByLabel('Choose files').setInputFiles({ name: 'payments.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  assert.equal(await page.getByRole('textbox', { name: 'Prefix' }).inputValue(), 'raw/payments');
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await page.getByRole('progressbar', { name: 'payments.csv upload progress' }).waitFor();
  // the upload, then the crawl it started, appear in the jobs and refresh until they succeed
  await page.getByRole('row', { name: /Crawl of raw\/payments.*SUCCEEDED/ }).waitFor({ timeout: 30_000 });
  await page.getByRole('row', { name: /Upload to raw\/payments.*SUCCEEDED/ }).waitFor();
  await shot(page, 'datasets-dataset-upload');

  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Start crawler' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start' }).click();
  await page.getByText('Crawl of the whole dataset').waitFor();
  await page.getByRole('progressbar', { name: /Crawl of the whole dataset/ }).waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByRole('cell', { name: 'payments', exact: true }).click();

  await page.getByRole('heading', { name: 'payments' }).waitFor();
  const preview = page.getByRole('table', { name: 'Preview' });
  await preview.getByRole('cell', { name: 'Naypyitaw' }).waitFor();
  assert.equal(await preview.getByRole('row').count(), 5);
  await shot(page, 'datasets-table-preview');

  await page.getByRole('tab', { name: 'Columns' }).click();
  await page.getByLabel('Description of city').fill('Where the store is');
  await page.getByRole('button', { name: 'Save descriptions' }).click();
  await page.getByText('Column descriptions saved.').waitFor();
  await shot(page, 'datasets-table-columns');

  await page.getByRole('tab', { name: 'Metrics' }).click();
  await page.getByText('Not profiled yet').waitFor();
  await page.getByRole('button', { name: 'Profile the table' }).click();
  const city = page.getByRole('article', { name: 'Profile of city' }).or(page.getByLabel('Profile of city'));
  await city.waitFor({ timeout: 30_000 });
  assert.match(await city.textContent(), /Yangon\s*2/);
  await page.getByLabel('Distribution of amount').waitFor();
  await page.getByText('4 rows · 4 columns').waitFor();
  await shot(page, 'datasets-table-metrics');
});

test('the dataset overview, chat and folder pages of the demo dataset', async () => {
  await signIn(page, server, 'john');
  await page.getByRole('link', { name: 'Datasets' }).click();
  await page.getByRole('cell', { name: 'sales', exact: true }).click();
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByText('Sales of the supermarket chain: invoices and daily totals').waitFor();
  await page.getByRole('table', { name: 'Stack log' }).waitFor();
  await page.getByRole('button', { name: /0 up-votes/ }).click();
  await page.getByRole('button', { name: /1 up-vote$/ }).waitFor();
  await shot(page, 'datasets-dataset-overview');

  await page.getByRole('tab', { name: 'Chat' }).click();
  await page.getByText('No messages yet').waitFor();
  await page.getByLabel('Message').fill('Daily totals are refreshed every night');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('list', { name: 'Messages' }).getByText('Daily totals are refreshed every night').waitFor();
  await shot(page, 'datasets-dataset-chat');

  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByRole('table', { name: 'Folders' }).getByRole('cell', { name: 'reports' }).first().click();
  await page.getByRole('heading', { name: 'reports' }).waitFor();
  await page.getByRole('cell', { name: 'readme.txt', exact: true }).waitFor();
  await page.getByRole('cell', { name: '2019/', exact: true }).click();
  await page.getByRole('cell', { name: 'q1-summary.md', exact: true }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download q1-summary.md' }).click();
  assert.equal((await download).suggestedFilename(), 'q1-summary.md');
  await shot(page, 'datasets-folder');
});

test('a dataset form that fails shows the API message next to its field', async () => {
  await signIn(page, server, 'john');
  await page.goto(`${server.baseUrl}/datasets`);
  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Dataset name').fill('sales');
  await dialog.getByRole('combobox', { name: 'Topics' }).fill('Sales');
  await dialog.getByRole('combobox', { name: 'Topics' }).press('Enter');
  await dialog.getByRole('combobox', { name: 'Tags' }).fill('again');
  await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await dialog.getByRole('button', { name: 'Create' }).click();
  const name = dialog.getByRole('textbox', { name: 'Dataset name' });
  await dialog.getByText("The environment already has a dataset named 'sales'").waitFor();
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.equal(await name.getAttribute('aria-describedby'), await dialog.getByText(/already has a dataset/).getAttribute('id'));
  await shot(page, 'datasets-new-dataset-error');
});

test('maria may not read daily_sales: the preview says so and offers to request access', async () => {
  const john = await tokenOf(server, 'john');
  const [sales] = (await apiCall(server, 'GET', '/api/v1/datasets?term=sales', { token: john })).items;
  const tables = await apiCall(server, 'GET', `/api/v1/datasets/${sales.uri}/tables`, { token: john });
  const daily = tables.find((table) => table.name === 'daily_sales');

  await signIn(page, server, 'maria');
  await page.goto(`${server.baseUrl}/tables/${daily.uri}`);
  await page.getByText("You may not read this table's data").waitFor();
  const request = page.getByRole('link', { name: 'Request access' }).first();
  assert.equal(await request.getAttribute('href'), `/shares/new?dataset=${sales.uri}&item=${daily.uri}`);
  await shot(page, 'datasets-table-no-access');
});
