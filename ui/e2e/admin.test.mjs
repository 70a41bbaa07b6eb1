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

test('the sign-in page loads fast from a cold browser (printed, not asserted)', async () => {
  await page.goto(`${server.baseUrl}/signin`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  const timing = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    return { domContentLoaded: navigation.domContentLoadedEventEnd, load: navigation.loadEventEnd };
  });
  const ready = await page.evaluate(() => performance.now());
  console.log(`First page load (sign-in): DOMContentLoaded ${timing.domContentLoaded.toFixed(0)} ms, `
    + `load ${timing.load.toFixed(0)} ms, form shown after ${ready.toFixed(0)} ms`);
  await shot(page, '01-sign-in');
});

test('admin invites a team to an environment with a permission set', async () => {
  const token = await tokenOf(server, 'admin');
  const organization = await apiCall(server, 'POST', '/api/v1/organizations',
    { token, body: { name: 'E2E Org', team: 'admins', description: 'browser tests', tags: ['e2e'] } });
  await apiCall(server, 'POST', '/api/v1/environments', { token, body: {
    organizationUri: organization.uri, name: 'E2E Environment', resourcePrefix: 'etoe', team: 'admins', region: 'local',
  } });

  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Environments' }).click();
  await page.getByRole('cell', { name: 'E2E Environment' }).click();
  await page.getByRole('tab', { name: 'Overview' }).waitFor();
  await shot(page, '02-environment-overview');
  await page.getByRole('tab', { name: 'Teams' }).click();
  await page.getByRole('button', { name: 'Invite team' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Team' }).fill('DataAnalysisTeam');
  for (const permission of ['create pipeline', 'create notebook', 'create dashboard']) {
    await dialog.getByRole('checkbox', { name: permission }).uncheck();
  }
  await shot(page, '03-environment-invite-team');
  await dialog.getByRole('button', { name: 'Invite' }).click();
  await dialog.waitFor({ state: 'detached' });

  const row = page.getByRole('row', { name: /DataAnalysisTeam/ });
  await row.waitFor();
  const text = await row.textContent();
  assert.match(text, /create dataset, create share, run worksheets, invite team, manage consumption principals/);
  assert.doesNotMatch(text, /create pipeline/);
  await shot(page, '04-environment-teams');
});

test("admin changes an organization team's permissions", async () => {
  const token = await tokenOf(server, 'admin');
  const organization = await apiCall(server, 'POST', '/api/v1/organizations',
    { token, body: { name: 'E2E Teams Org', team: 'admins', description: 'browser tests', tags: ['e2e'] } });
  await apiCall(server, 'POST', `/api/v1/organizations/${organization.uri}/teams`, { token, body: {
    team: 'DataAnalysisTeam', permissions: ['LINK_ENVIRONMENT', 'INVITE_ORGANIZATION_TEAM'] } });

  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Organizations' }).click();
  await page.getByRole('cell', { name: 'E2E Teams Org' }).click();
  await page.getByRole('button', { name: 'Edit DataAnalysisTeam' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'link environment' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'remove organization team' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });

  const row = page.getByRole('row', { name: /DataAnalysisTeam/ });
  await row.getByText('invite organization team, remove organization team', { exact: true }).waitFor();
  const teams = await apiCall(server, 'GET', `/api/v1/organizations/${organization.uri}/teams`, { token });
  assert.deepEqual(teams.find((team) => team.team === 'DataAnalysisTeam').permissions.toSorted(),
    ['INVITE_ORGANIZATION_TEAM', 'REMOVE_ORGANIZATION_TEAM']);
  await shot(page, '05-organization-teams');
});

test('a failing form shows the API message next to its field', async () => {
  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Organizations' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Organization name').fill('AnyCompany');
  await dialog.getByRole('button', { name: 'Create' }).click();

  await dialog.getByText("An organization named 'AnyCompany' already exists").waitFor();
  const name = dialog.getByLabel('Organization name');
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  await shot(page, '05-organization-duplicate-name');
});

test('a deep link survives a reload', async () => {
  await signIn(page, server, 'john');
  await page.getByRole('link', { name: 'Environments' }).click();
  await page.getByRole('cell', { name: 'Data Science' }).click();
  await page.getByRole('tab', { name: 'Stack' }).click();
  await page.getByRole('table', { name: 'Stack log' }).waitFor();
  const deepLink = page.url();
  assert.match(deepLink, /\/environments\/[^/]+\/stack$/);

  await page.reload();
  await page.getByRole('table', { name: 'Stack log' }).waitFor();
  assert.equal(page.url(), deepLink);
  await shot(page, '06-environment-stack-after-reload');

  await page.goto(`${server.baseUrl}/organizations`);
  await page.getByRole('cell', { name: 'AnyCompany' }).waitFor();
  await shot(page, '07-organizations');
});

test('admin settings show tenant permissions, maintenance, audit and tasks', async () => {
  await signIn(page, server, 'admin');
  await page.getByRole('link', { name: 'Admin settings' }).click();
  await page.getByRole('table', { name: 'Tenant permissions' }).waitFor();
  await shot(page, '08-admin-tenant-permissions');
  await page.getByRole('tab', { name: 'Maintenance' }).click();
  await page.getByRole('button', { name: 'Start maintenance' }).waitFor();
  await page.getByRole('tab', { name: 'Audit' }).click();
  await page.getByRole('table', { name: 'Audit log' }).waitFor();
  await shot(page, '09-admin-audit');
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByRole('table', { name: 'Scheduled tasks' }).waitFor();
  await shot(page, '10-admin-tasks');
});
