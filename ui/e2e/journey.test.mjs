// The whole journey, in order, each user in a browser context of their own, signed in through the sign-in page:
// admin invites a team to an environment; john creates a dataset there, uploads a CSV, crawls it, previews and
// profiles the table and links a glossary term to it; maria (her team owns the glossary) approves the link, finds the
// table in the catalog by the term and requests access; john approves; maria joins the shared table with her own
// in a worksheet and downloads the result. Screenshots: journey-NN-….
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { apiCall, launchChromium, policyViolations, shot, signIn, startLakegate, tokenOf } from './lakegate.mjs';

const ENVIRONMENT = 'Journey Lab';
const GLOSSARY = 'Retail words';
const TERM = 'Store takings';
const DATASET = 'Store payments';
const PAYMENTS = 'store,city,amount,paid\nA,Yangon,12.5,true\nB,Mandalay,30,false\nA,Yangon,7.25,true\nC,Naypyitaw,99.9,true\n';
const TARGETS = 'store,manager,target\nA,Aung,15\nB,Thida,40\nC,Kyaw,80\n';

let server;
let browser;
const contexts = new Map();
const tokens = {};
const refused = [];
let shotNumber = 0;
let lastPage;
let failed = false;

/** A screenshot numbered in the journey's order: journey-01-…, journey-02-…. */
const journeyShot = (page, name) => shot(page, `journey-${String(++shotNumber).padStart(2, '0')}-${name}`);

/** The page of a user: a browser context of their own, signed in through the sign-in page on first use. */
async function pageOf(user) {
  if (!contexts.has(user)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    refused.push(policyViolations(page));
    await signIn(page, server, user);
    contexts.set(user, page);
  }
  lastPage = contexts.get(user);
  return lastPage;
}

/** A step of the journey: skipped once one before it failed, with a screenshot of where it failed. */
const step = (name, run) => test(name, async (t) => {
  if (failed) return t.skip('an earlier step failed');
  try {
    await run();
  } catch (failure) {
    failed = true;
    if (lastPage) await shot(lastPage, `journey-failed-${shotNumber + 1}`);
    throw failure;
  }
});

const call = (user, method, path, body) => apiCall(server, method, path, { token: tokens[user], body });

/** Polls the API for set-up that is not under test (the UI's own waits are on what users see). */
async function eventually(what, probe, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

before(async () => {
  server = await startLakegate();
  browser = await launchChromium();
  for (const user of ['admin', 'john', 'maria']) tokens[user] = await tokenOf(server, user);

  // set-up by the API: the environment admin invites a team to, maria's team's glossary with the term, and maria's
  // own table that she joins with john's in the end
  const [organization] = (await call('admin', 'GET', '/api/v1/organizations?term=AnyCompany')).items;
  await call('admin', 'POST', '/api/v1/environments', {
    organizationUri: organization.uri, name: ENVIRONMENT, resourcePrefix: 'journeylab', team: 'admins', region: 'local',
    description: 'Where the data science team works on store data',
  });
  const glossary = await call('maria', 'POST', '/api/v1/glossaries',
    { name: GLOSSARY, description: 'The words of the retail business', ownerTeam: 'DataAnalysisTeam' });
  await call('maria', 'POST', `/api/v1/glossaries/${glossary.uri}/terms`,
    { name: TERM, description: 'Money taken at the tills of a store' });

  const analysis = (await call('maria', 'GET', '/api/v1/environments?term=Data%20Analysis')).items
    .find((environment) => environment.name === 'Data Analysis');
  const targets = await call('maria', 'POST', '/api/v1/datasets', {
    name: 'Store targets', description: 'Monthly targets of the stores', environmentUri: analysis.uri,
    ownerTeam: 'DataAnalysisTeam', confidentiality: 'UNCLASSIFIED', topics: ['Sales'], tags: ['journey'],
  });
  const upload = await fetch(`${server.baseUrl}/api/v1/datasets/${targets.uri}/uploads`
    + '?prefix=raw/targets&filename=targets.csv&inferSchema=true',
  { method: 'POST', headers: { Authorization: `Bearer ${tokens.maria}`, 'Content-Type': 'text/csv' }, body: TARGETS });
  assert.equal(upload.status, 201, await upload.text());
  await eventually('the crawl of maria\'s targets', async () =>
    (await call('maria', 'GET', `/api/v1/datasets/${targets.uri}/tables`)).find((table) => table.name === 'targets'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

process.on('exit', (code) => {
  if (code !== 0 && server) console.error(`--- Lakegate server log (tail) ---\n${server.logTail()}`);
});

step('admin invites the data science team to an environment', async () => {
  const page = await pageOf('admin');
  await page.getByRole('link', { name: 'Environments' }).click();
  await page.getByRole('cell', { name: ENVIRONMENT }).click();
  await page.getByText('Where the data science team works on store data').waitFor();
  await page.getByRole('tab', { name: 'Teams' }).click();
  await page.getByRole('button', { name: 'Invite team' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Team' }).fill('DataScienceTeam');
  for (const permission of ['create pipeline', 'create notebook', 'create dashboard', 'invite team',
    'manage consumption principals']) {
    await dialog.getByRole('checkbox', { name: permission }).uncheck();
  }
  await journeyShot(page, 'admin-invite-team');
  await dialog.getByRole('button', { name: 'Invite' }).click();
  await dialog.waitFor({ state: 'detached' });
  const row = page.getByRole('row', { name: /DataScienceTeam/ });
  const text = await row.textContent();
  assert.match(text, /create dataset, create share, run worksheets/);
  assert.doesNotMatch(text, /create pipeline|invite team/);
  await journeyShot(page, 'admin-environment-teams');
});

step('john creates a dataset in that environment, uploads a CSV, crawls, previews and profiles the table', async () => {
  const page = await pageOf('john');
  await page.getByRole('link', { name: 'Datasets' }).click();
  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Environment' }).click();
  await page.getByRole('option', { name: ENVIRONMENT }).click();
  await dialog.getByLabel('Dataset name').fill(DATASET);
  await dialog.getByLabel('Short description').fill('What each store took, payment by payment');
  await dialog.getByRole('combobox', { name: 'Topics' }).fill('Sales');
  await dialog.getByRole('combobox', { name: 'Topics' }).press('Enter');
  // the form fails first: the API's message appears next to the field it is about
  await dialog.getByRole('button', { name: 'Create' }).click();
  const tags = dialog.getByRole('combobox', { name: 'Tags' });
  await dialog.getByText('must name at least one tag').waitFor();
  assert.equal(await tags.getAttribute('aria-invalid'), 'true');
  await journeyShot(page, 'john-new-dataset-refused');
  await tags.fill('payments');
  await tags.press('Enter');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: DATASET }).waitFor();
  await page.getByText('No tables yet').waitFor();

  await page.getByRole('tab', { name: 'Upload' }).click();
  await page.getByLabel('Choose files').setInputFiles({ name: 'payments.csv', mimeType: 'text/csv', buffer: Buffer.from(PAYMENTS) });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await page.getByRole('row', { name: /Upload to raw\/payments.*SUCCEEDED/ }).waitFor({ timeout: 30_000 });
  await journeyShot(page, 'john-dataset-upload');

  // the upload's crawl found the table already; john runs the crawler on the whole dataset as the guide does
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Start crawler' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start' }).click();
  await page.getByText('Crawl of the whole dataset').waitFor();
  await page.getByRole('progressbar', { name: /Crawl of the whole dataset/ }).waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByRole('cell', { name: 'payments', exact: true }).waitFor();
  await journeyShot(page, 'john-dataset-data');
  await page.getByRole('cell', { name: 'payments', exact: true }).click();

  await page.getByRole('heading', { name: 'payments' }).waitFor();
  const preview = page.getByRole('table', { name: 'Preview' });
  await preview.getByRole('cell', { name: 'Naypyitaw' }).waitFor();
  assert.equal(await preview.getByRole('row').count(), 5);
  await journeyShot(page, 'john-table-preview');

  await page.getByRole('tab', { name: 'Metrics' }).click();
  await page.getByRole('button', { name: 'Profile the table' }).click();
  const city = page.getByLabel('Profile of city');
  await city.waitFor({ timeout: 30_000 });
  assert.match(await city.textContent(), /Yangon\s*2/);
  await page.getByText('4 rows · 4 columns').waitFor();
  await journeyShot(page, 'john-table-metrics');
});

step('john links the glossary term to his table; it waits for the glossary\'s owners', async () => {
  const page = await pageOf('john');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByText('No terms linked yet.').waitFor();
  await page.getByRole('button', { name: 'Link a term' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link a glossary term' });
  await dialog.getByRole('combobox', { name: 'Term' }).fill('takings');
  await page.getByRole('option', { name: `${GLOSSARY}/${TERM}` }).click();
  await dialog.getByRole('button', { name: 'Link' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`${GLOSSARY}/${TERM} (waiting for approval)`).waitFor();
  await journeyShot(page, 'john-table-overview-term');
});

step('maria approves the link in her team\'s glossary', async () => {
  const page = await pageOf('maria');
  await page.getByRole('link', { name: 'Glossaries' }).click();
  await page.getByRole('cell', { name: GLOSSARY, exact: true }).click();
  await page.getByRole('heading', { name: GLOSSARY, level: 1 }).waitFor();
  await page.getByRole('tab', { name: /Associations \(1 waiting\)/ }).click();
  const row = page.getByRole('row', { name: new RegExp(`${GLOSSARY}/${TERM}`) });
  await row.getByRole('link', { name: 'Table payments' }).waitFor();
  await journeyShot(page, 'maria-glossary-associations');
  await row.getByRole('button', { name: 'Approve' }).click();
  await row.getByText('by maria').waitFor();
});

step('maria finds the table in the catalog by the term and requests access', async () => {
  const page = await pageOf('maria');
  await page.getByRole('link', { name: 'Catalog' }).click();
  await page.getByLabel('Search the catalog').fill(TERM);
  await page.waitForURL(/q=Store\+takings/);
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await filters.getByRole('region', { name: 'Glossary terms' }).getByRole('checkbox', { name: new RegExp(TERM) }).click();
  await page.getByRole('status').filter({ hasText: '1 result' }).waitFor();
  const hit = page.getByRole('article', { name: 'Table payments' });
  await hit.getByText(TERM).first().waitFor();
  await journeyShot(page, 'maria-catalog');

  await hit.getByRole('link', { name: 'Request access to payments' }).click();
  await page.waitForURL(/\/shares\/new\?dataset=\w+&item=\w+$/);
  const dialog = page.getByRole('dialog', { name: `Request access to ${DATASET}` });
  await dialog.getByRole('combobox', { name: 'Environment' }).filter({ hasText: 'Data Analysis' }).waitFor();
  await dialog.getByRole('combobox', { name: 'Requester team' }).filter({ hasText: 'DataAnalysisTeam' }).waitFor();
  await dialog.getByLabel('Purpose').fill('Compare the takings of each store with its target');
  await journeyShot(page, 'maria-request-access');
  await dialog.getByRole('button', { name: 'Create request' }).click();

  await page.waitForURL(/\/shares\/\w+$/);
  const items = page.getByRole('table', { name: 'Share items' });
  await items.getByRole('row', { name: /payments/ }).getByText('PendingApproval').waitFor();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByText('Submitted', { exact: true }).waitFor();
  await journeyShot(page, 'maria-share-submitted');
});

step('john approves the request he received; the table is shared', async () => {
  const page = await pageOf('john');
  await page.getByRole('link', { name: 'Shares' }).click();
  await page.getByRole('tab', { name: 'Received' }).click();
  const row = page.getByRole('row', { name: new RegExp(`${DATASET}.*DataAnalysisTeam`) });
  await row.getByText('1 pending').waitFor();
  await journeyShot(page, 'john-shares-received');
  await row.click();

  await page.getByText('Compare the takings of each store with its target').waitFor();
  await page.getByRole('button', { name: 'Approve' }).click();
  const items = page.getByRole('table', { name: 'Share items' });
  await items.getByRole('row', { name: /payments/ }).getByText('Share Succeeded').waitFor({ timeout: 30_000 });
  await page.getByText('Processed', { exact: true }).waitFor();
  await journeyShot(page, 'john-share-approved');
});

step('maria joins the shared table with her own in a worksheet and downloads the result', async () => {
  const page = await pageOf('maria');
  await page.getByRole('link', { name: 'Worksheets' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create worksheet' });
  await dialog.getByLabel('Worksheet name').fill('Takings against targets');
  await dialog.getByRole('combobox', { name: 'Team' }).filter({ hasText: 'DataAnalysisTeam' }).waitFor();
  await dialog.getByRole('combobox', { name: 'Environment' }).filter({ hasText: 'Data Analysis' }).waitFor();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: 'Takings against targets' }).waitFor();

  // both tables are in the schema browser: john's, shared with maria's team, and her own
  const tables = page.getByRole('complementary', { name: 'Tables you can query' });
  await tables.getByRole('button', { name: 'payments', exact: true }).waitFor();
  await tables.getByRole('button', { name: 'targets', exact: true }).waitFor();
  await tables.getByRole('button', { name: new RegExp(`Dataset ${DATASET} Read through a share`) }).waitFor();

  // she types the query, inserting the tables' names from the schema browser
  await page.getByRole('textbox', { name: 'SQL editor' }).click();
  await page.keyboard.type('select t.store, t.manager, sum(p.amount) as takings, t.target, sum(p.amount) >= t.target as met from ');
  await tables.getByRole('button', { name: 'payments', exact: true }).click();
  await page.keyboard.type(' p join ');
  await tables.getByRole('button', { name: 'targets', exact: true }).click();
  await page.keyboard.type(' t on p.store = t.store group by t.store, t.manager, t.target order by t.store');
  await page.getByRole('button', { name: 'Run' }).click();
  await page.getByRole('status', { name: 'Query status' }).getByText('SUCCEEDED', { exact: true }).waitFor({ timeout: 30_000 });

  const grid = page.getByRole('table', { name: 'Query result' });
  await page.getByText('3 rows', { exact: true }).waitFor();
  const header = await grid.locator('thead').textContent();
  for (const typed of ['storeVARCHAR', 'takingsDOUBLE', 'targetBIGINT', 'metBOOLEAN']) {
    assert.ok(header.includes(typed), `${typed} in ${header}`);
  }
  const rows = await grid.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)));
  assert.deepEqual(rows, [
    ['A', 'Aung', '19.75', '15', 'true'],
    ['B', 'Thida', '30', '40', 'false'],
    ['C', 'Kyaw', '99.9', '80', 'true'],
  ]);
  await journeyShot(page, 'maria-worksheet-join');

  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.equal((await readFile(await download.path(), 'utf8')).trim(),
    'store,manager,takings,target,met\nA,Aung,19.75,15,true\nB,Thida,30.0,40,false\nC,Kyaw,99.9,80,true');
});

test('no page loaded or reached anything the content security policy refuses', () => {
  assert.deepEqual(refused.flat(), []);
});
