// Shared set-up of the browser tests: a Lakegate server of their own (the packaged jar, demo mode, a fresh data
// directory) and headless Debian chromium driven by playwright-core. Run by `npm run e2e` (Maven: browser-tests).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';

const JAR = resolve(process.env.LAKEGATE_JAR ?? '../server/target/lakegate.jar');
const SCREENSHOTS = resolve(process.env.SCREENSHOTS_DIR ?? '../browser-tests/target/screenshots');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    }).on('error', fail);
  });
}

/**
 * Starts the server jar (JDK from JAVA_HOME) with a temporary data directory outside /root (PostgreSQL runs as
 * `nobody` when root) and waits until it is healthy. stop() always ends it and removes the data directory; logTail()
 * tells what it printed, also after it stopped.
 */
export async function startLakegate() {
  const dataDir = mkdtempSync(join(tmpdir(), 'lakegate-e2e-'));
  chmodSync(dataDir, 0o711);
  const log = join(dataDir, 'server.log');
  const port = await freePort();
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const out = openSync(log, 'a');
  const child = spawn(java, ['-jar', JAR, `--lakegate.data-dir=${join(dataDir, 'data')}`, '--lakegate.demo.enabled=true',
    `--server.port=${port}`], { stdio: ['ignore', out, out] });
  const baseUrl = `http://127.0.0.1:${port}`;
  // the log as it was when the data directory was removed, for a failure reported after the server stopped
  let finalLog;
  const server = {
    baseUrl,
    logTail: (lines = 80) => (finalLog ?? readFileSync(log, 'utf8')).split('\n').slice(-lines).join('\n'),
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
    }).then(() => {
      if (finalLog !== undefined) return;
      finalLog = readFileSync(log, 'utf8');
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    }),
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${baseUrl}/actuator/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  const tail = server.logTail();
  await server.stop();
  throw new Error(`Lakegate did not become healthy at ${baseUrl}; server log tail:\n${tail}`);
}

/**
 * Collects what the content security policy refuses on the page: the UI must load and reach nothing it does not
 * allow, so a test of the page fails on any.
 */
export function policyViolations(page) {
  const refused = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  return refused;
}

export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * The frame of a test file that runs one test after another in fresh pages: one server and one browser for the file,
 * a new browser context and page for each test, and the server log's tail printed when the file fails.
 * {@code onServer} gets the server once it is healthy, {@code onPage} each test's page.
 */
export function freshPagePerTest({ viewport = { width: 1280, height: 800 }, onServer, onPage }) {
  let server;
  let browser;
  let context;
  let refused;
  before(async () => {
    server = await startLakegate();
    browser = await launchChromium();
    onServer(server);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    refused = policyViolations(page);
    onPage(page);
  });
  afterEach(async () => {
    await context.close();
    assert.deepEqual(refused, [], 'refused by the content security policy');
  });
  process.on('exit', (code) => {
    if (code !== 0 && server) console.error(`--- Lakegate server log (tail) ---\n${server.logTail()}`);
  });
}

/** Writes a full-page screenshot to the screenshots directory (browser-tests/target/screenshots). */
export async function shot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Calls the API directly, for set-up that is not what a test is about. */
export async function apiCall(server, method, path, { token, body } = {}) {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: { ...(token && { Authorization: `Bearer ${token}` }), ...(body && { 'Content-Type': 'application/json' }) },
    body: body && JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function tokenOf(server, username, password = 'demo') {
  return (await apiCall(server, 'POST', '/api/v1/auth/token', { body: { username, password } })).access_token;
}

/** Signs in through the sign-in page and waits for the shell. */
export async function signIn(page, server, username, password = 'demo') {
  await page.goto(`${server.baseUrl}/signin`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
