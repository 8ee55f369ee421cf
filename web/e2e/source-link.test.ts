// A document ingested from an address shows where it came from in the evidence panel, and the link opens
// the original: the page is served from 127.0.0.1 by this test, ingested with `npm run ingest`'s own
// run (fetch, Readability, extraction, the store) into the local test Neo4j, and followed in Chromium.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import { ingest } from '../../ingest/run.ts';
import { createApp } from '../server/app.ts';
import { DIST_DIR, ensureBuilt } from '../server/build.ts';

const ARTICLE = `<!doctype html><html><head><title>Kishida Backs the Quad | Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/india">India</a> <a href="/china">China</a></nav>
<article><h1>Kishida Backs the Quad</h1>
<p>Japan supports the Quad, Prime Minister Fumio Kishida said on Tuesday.</p>
<p>The leaders will meet again next year.</p></article>
<footer>Example News</footer></body></html>`;

let source: Server;
let articleUrl: string;
let driver: Driver;
let app: FastifyInstance;
let browser: Browser;
let page: Page;
let appUrl: string;

beforeAll(async () => {
  source = createServer((request, response) => {
    response.writeHead(request.url === '/news/kishida-quad' ? 200 : 404, { 'content-type': 'text/html' });
    response.end(request.url === '/news/kishida-quad' ? ARTICLE : 'Not found');
  });
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
  articleUrl = `http://127.0.0.1:${(source.address() as AddressInfo).port}/news/kishida-quad`;
  driver = await connect();
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  const { stats } = await ingest({ paths: [articleUrl], db: true, workers: 1 });
  expect(stats.failed).toBe(0);
  await ensureBuilt(() => undefined);
  app = await createApp({ driver, staticDir: DIST_DIR });
  await app.listen({ host: '127.0.0.1', port: 0 });
  appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser.close();
  await app.close();
  await driver.close();
  await new Promise((resolve) => source.close(resolve));
});

describe('the evidence panel of a document ingested from an address', () => {
  it('shows the source link, and the link opens the original page', async () => {
    await page.goto(`${appUrl}#node=JPN`);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Japan');
    const link = page.locator('#panel .statement .source-link').first();
    await link.waitFor();
    expect(await page.locator('#panel .statement .quote').first().textContent()).toContain(
      'Japan supports the Quad',
    );
    expect([await link.getAttribute('href'), await link.textContent()]).toEqual([
      articleUrl,
      `${new URL(articleUrl).host} ↗`,
    ]);
    const [original] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await original.waitForLoadState();
    expect(original.url()).toBe(articleUrl);
    expect(await original.locator('article p').first().textContent()).toBe(
      'Japan supports the Quad, Prime Minister Fumio Kishida said on Tuesday.',
    );
  });
});
