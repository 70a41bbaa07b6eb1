// Discover: glossaries (tree, associations), the catalog (search, facets, glossary terms) and a share request from
// "Request access" to Share_Succeeded. The tests build on each other, in order, against one demo server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, freshPagePerTest, shot, signIn, tokenOf } from './lakegate.mjs';

let server;
let page;
freshPagePerTest({
  viewport: { width: 1280, height: 900 },
  onServer: (started) => { server = started; },
  onPage: (opened) => { page = opened; },
});

const dailySales = async (token) => {
  const { hits } = await apiCall(server, 'GET', '/api/v1/catalog/search?q=daily_sales&type=TABLE', { token });
  return hits.find((hit) => hit.asset.name === 'daily_sales').asset;
};

test('john builds a glossary with a category and a term, and approves its link to daily_sales', async () => {
  await signIn(page, server, 'john');
  await page.getByRole('link', { name: 'Glossaries' }).click();
  await page.getByRole('button', { name: 'Create glossary' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Business');
  await dialog.getByLabel('Description').fill('The words of the business');
  assert.equal(await dialog.getByRole('combobox', { name: 'Owner team' }).inputValue(), 'DataScienceTeam');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: 'Business', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Add category' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Finance');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('heading', { name: 'Finance', level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Add term' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Revenue');
  await dialog.getByLabel('Description').fill('Money from sales, before costs');
  await dialog.getByRole('button', { name: 'Add' }).click();
  const term = page.getByRole('region', { name: 'Term Revenue' });
  await term.getByText('Business/Finance/Revenue').waitFor();
  await page.getByRole('treeitem', { name: 'Revenue' }).waitFor();

  // the dataset's owners link a term on the table's page (another area): here by the API
  const token = await tokenOf(server, 'john');
  const glossary = (await apiCall(server, 'GET', '/api/v1/glossaries', { token })).find((node) => node.name === 'Business');
  const termUri = (await apiCall(server, 'GET', `/api/v1/glossaries/${glossary.uri}`, { token }))
    .children[0].children[0].uri;
  await apiCall(server, 'POST', '/api/v1/glossary-links',
    { token, body: { termUri, targetType: 'TABLE', targetUri: (await dailySales(token)).uri } });
  await page.reload();
  await term.getByText('Waiting for approval').waitFor();
  await shot(page, 'discover-glossary-tree');

  await page.getByRole('tab', { name: /Associations \(1 waiting\)/ }).click();
  const row = page.getByRole('row', { name: /Business\/Finance\/Revenue/ });
  await row.getByRole('link', { name: 'Table daily_sales' }).waitFor();
  await shot(page, 'discover-glossary-associations');
  await row.getByRole('button', { name: 'Approve' }).click();
  await row.getByText('by john').waitFor();
  assert.equal(await row.getByRole('button', { name: 'Approve' }).count(), 0);
});

test('a glossary with a taken name is refused next to the name', async () => {
  await signIn(page, server, 'maria');
  await page.getByRole('link', { name: 'Glossaries' }).click();
  await page.getByRole('cell', { name: 'Business', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Create glossary' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Business');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await dialog.getByText("There is a glossary named 'Business' already").waitFor();
  assert.equal(await dialog.getByLabel('Name').getAttribute('aria-invalid'), 'true');
  await shot(page, 'discover-glossary-duplicate');
});

test('maria narrows the catalog by a facet and a glossary term, and requests access to daily_sales', async () => {
  await signIn(page, server, 'maria');
  await page.getByRole('link', { name: 'Catalog' }).click();
  await page.getByLabel('Search the catalog').fill('sales');
  await page.waitForURL(/q=sales/);
  const results = page.getByRole('article');
  await page.getByRole('status').filter({ hasText: '4 results' }).waitFor();
  await page.getByRole('article', { name: 'Dataset sales' }).locator('mark', { hasText: 'Sales' }).waitFor();

  const filters = page.getByRole('complementary', { name: 'Filters' });
  await filters.getByRole('region', { name: 'Type' }).getByRole('checkbox', { name: /Table/ }).click();
  await page.waitForURL(/type=TABLE/);
  await page.getByRole('status').filter({ hasText: '2 results' }).waitFor();
  await filters.getByRole('region', { name: 'Glossary terms' })
    .getByRole('checkbox', { name: /Business\/Finance\/Revenue/ }).click();
  await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();
  assert.equal(await results.count(), 1);
  const hit = page.getByRole('article', { name: 'Table daily_sales' });
  await hit.getByText('Revenue').waitFor();
  await page.getByRole('button', { name: 'Type: Table' }).waitFor();
  await shot(page, 'discover-catalog-facets');

  // the search deep-links
  await page.reload();
  await page.getByRole('article', { name: 'Table daily_sales' }).waitFor();

  await hit.getByRole('link', { name: 'Request access to daily_sales' }).click();
  await page.waitForURL(/\/shares\/new\?dataset=\w+&item=\w+$/);
  const dialog = page.getByRole('dialog', { name: 'Request access to sales' });
  await dialog.getByRole('combobox', { name: 'Environment' }).filter({ hasText: 'Data Analysis' }).waitFor();
  await dialog.getByLabel('Purpose').fill('Daily revenue dashboard');
  await shot(page, 'discover-share-request-form');
  await dialog.getByRole('button', { name: 'Create request' }).click();

  await page.waitForURL(/\/shares\/\w+$/);
  const items = page.getByRole('table', { name: 'Share items' });
  await items.getByRole('row', { name: /daily_sales/ }).getByText('PendingApproval').waitFor();
  await page.getByText(/Monthly sales reporting for the board\s+Daily revenue dashboard/).waitFor();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByText('Submitted', { exact: true }).waitFor();

  await page.getByRole('tab', { name: 'Logs' }).click();
  await page.getByText('User: maria is not authorized to perform: GET_SHARE_LOGS').waitFor();
});

test('john approves the request he received, and the items become Share_Succeeded', async () => {
  await signIn(page, server, 'john');
  await page.getByRole('link', { name: 'Shares' }).click();
  await page.getByRole('tab', { name: 'Received' }).click();
  await page.getByLabel('Status').click();
  await page.getByRole('option', { name: 'Submitted', exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  const row = page.getByRole('row', { name: /sales.*DataAnalysisTeam/ });
  await row.getByText('1 shared').waitFor();
  await row.getByText('1 pending').waitFor();
  await shot(page, 'discover-shares-list');
  await row.click();

  await page.getByRole('button', { name: 'Approve' }).click();
  const items = page.getByRole('table', { name: 'Share items' });
  await items.getByRole('row', { name: /daily_sales/ }).getByText('Share Succeeded').waitFor();
  await items.getByRole('row', { name: /supermarket_sales/ }).getByText('Share Succeeded').waitFor();
  await page.getByText('Processed', { exact: true }).waitFor();
  await shot(page, 'discover-share-page');

  await page.getByRole('tab', { name: 'Logs' }).click();
  await page.getByText('Table daily_sales: read granted').waitFor();
  await shot(page, 'discover-share-logs');

  // maria reads daily_sales now
  const token = await tokenOf(server, 'maria');
  const preview = await apiCall(server, 'GET', `/api/v1/tables/${(await dailySales(token)).uri}/preview`, { token });
  assert.ok(preview);
});

test('deleting a share with shared items shows the API refusal', async () => {
  await signIn(page, server, 'maria');
  await page.getByRole('link', { name: 'Shares' }).click();
  await page.getByRole('row', { name: /sales/ }).first().click();
  await page.getByRole('table', { name: 'Share items' }).waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('alert').getByText(/Share_Succeeded cannot go to \[Deleted\]/).waitFor();
  await shot(page, 'discover-share-delete-refused');
});
