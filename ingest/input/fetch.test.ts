// Inputs named by http(s) addresses, fetched from a server on 127.0.0.1 that this test runs (no outside
// network): each format by its Content-Type, redirects, and every way a download can fail.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makePdf } from './fixtures/pdf.ts';
import { readInputs, type InputItem, type ReadOptions } from './index.ts';

const ARTICLE = readFileSync(new URL('./fixtures/article.html', import.meta.url));
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link>
<item><title>One</title><link>/news/one</link><description>&lt;p&gt;China &lt;b&gt;supports&lt;/b&gt; the BRI.&lt;/p&gt;</description></item>
</channel></rss>`;

let server: Server;
let base: string;
let closedPort: number;
let pdf: Buffer;

type Route = (response: ServerResponse) => void;
const send =
  (type: string, body: string | Buffer, status = 200): Route =>
  (response) => {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  };
const redirect =
  (location: string, status = 302): Route =>
  (response) => {
    response.writeHead(status, { location });
    response.end();
  };

const ROUTES: Record<string, Route> = {
  '/article': send('text/html; charset=utf-8', ARTICLE),
  '/feed': send('application/rss+xml', RSS),
  '/feed-as-text': send('text/plain', RSS),
  '/statement': (response) => {
    send('application/pdf', pdf)(response);
  },
  '/export': send('text/csv', 'title,text\nA,Russia opposes the plan.\nB,India supports it.\n'),
  '/notes.txt': send('application/octet-stream', 'Readout\n2022-02-04\n\nJapan supports the Quad.'),
  '/latin1': send('text/html; charset=ISO-8859-1', Buffer.from('<p>Caf\xe9 \x93talks\x94.</p>', 'latin1')),
  '/moved': redirect('/article', 301),
  '/hop1': redirect('/hop2'),
  '/hop2': redirect('/hop3', 307),
  '/hop3': redirect('/article', 308),
  '/loop': redirect('/loop'),
  '/ftp': redirect('ftp://127.0.0.1/file'),
  '/nowhere': redirect(''),
  '/missing': send('text/html', 'Not here', 404),
  '/broken': send('text/html', 'Oops', 500),
  '/image': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  '/declared-huge': (response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' });
    response.end();
  },
  '/streamed-huge': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const more = (): void => {
      while (sent < 40 && response.write(chunk)) sent++;
      if (sent >= 40) response.end();
      else response.once('drain', more);
    };
    more();
  },
  '/slow': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.write('<p>Start');
    // Never ends: the client's time limit has to.
  },
};

beforeAll(async () => {
  pdf = await makePdf({
    title: 'Statement',
    paragraphs: ['Russia supports the plan of the United Nations.'],
  });
  server = createServer((request, response) => {
    const route = ROUTES[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(response);
    else send('text/plain', 'no route', 404)(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const OPTIONS: ReadOptions = { fetch: { timeoutMs: 1000, maxBytes: 1_000_000 } };

async function read(path: string, options = OPTIONS): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([path.startsWith('http') ? path : `${base}${path}`], options))
    items.push(item);
  return items;
}

function onlyDoc(items: InputItem[]) {
  const [item] = items;
  if (items.length !== 1 || item?.kind !== 'document')
    throw new Error(`expected one document: ${JSON.stringify(items)}`);
  return item.doc;
}

describe('reading an address', () => {
  test('a page: its article, title, date, canonical address, and an id from the address fetched', async () => {
    const doc = onlyDoc(await read('/article'));
    expect(doc).toMatchObject({
      id: '127-0-0-1/article',
      title: 'Wang Yi Meets Sergei Lavrov in Moscow',
      url: 'https://www.example.org/news/2020/09/wang-yi-meets-lavrov',
      origin: `${base}/article`,
    });
    expect(doc.text).toMatch(/^On September 11, 2020/);
    expect(doc.text).not.toContain('Contact');
  });

  test('a feed: a document per item, relative links resolved against the feed address', async () => {
    for (const path of ['/feed', '/feed-as-text']) {
      expect(onlyDoc(await read(path))).toMatchObject({
        id: '127-0-0-1/news/one',
        url: `${base}/news/one`,
        text: 'China supports the BRI.',
      });
    }
  });

  test('a PDF, keeping the address it came from', async () => {
    expect(onlyDoc(await read('/statement'))).toMatchObject({
      title: 'Statement',
      url: `${base}/statement`,
      text: 'Russia supports the plan of the United Nations.',
    });
  });

  test('a CSV: a document per row', async () => {
    const items = await read('/export');
    expect(
      items.map((item) => (item.kind === 'document' ? `${item.doc.id} ${item.doc.text}` : item)),
    ).toEqual(['127-0-0-1/export/1 Russia opposes the plan.', '127-0-0-1/export/2 India supports it.']);
  });

  test('untyped text, read as its address ending says', async () => {
    expect(onlyDoc(await read('/notes.txt'))).toMatchObject({
      title: 'Readout',
      date: '2022-02-04',
      url: `${base}/notes.txt`,
      text: 'Japan supports the Quad.',
    });
  });

  test('the charset the server declares', async () => {
    expect(onlyDoc(await read('/latin1')).text).toBe('Café “talks”.');
  });

  test('follows redirects, up to the limit, and keeps the first address as the id', async () => {
    for (const path of ['/moved', '/hop1']) {
      expect(onlyDoc(await read(path))).toMatchObject({
        id: `127-0-0-1/${path.slice(1)}`,
        origin: `${base}${path}`,
      });
    }
    const twoHops = { fetch: { ...OPTIONS.fetch, maxRedirects: 2 } };
    expect(await read('/hop1', twoHops)).toMatchObject([
      { kind: 'error', message: expect.stringMatching(/redirects more than 2 times/) as unknown },
    ]);
  });

  // prettier-ignore
  test.each([
    ['a redirect loop', '/loop', /redirects more than 5 times; give the final address/],
    ['a redirect away from the web', '/ftp', /redirects to ftp:\/\/127\.0\.0\.1\/file, which is not an http\(s\) address/],
    ['a redirect to nowhere', '/nowhere', /redirects to , which is not/],
    ['a missing page', '/missing', /the server answered HTTP 404 Not Found/],
    ['a server error', '/broken', /the server answered HTTP 500 Internal Server Error/],
    ['a body that is no text', '/image', /is image\/png, not a web page, feed, PDF, CSV or text/],
    ['a body declared too large', '/declared-huge', /is larger than 1 MB, the limit for one download/],
    ['a body that grows too large', '/streamed-huge', /is larger than 1 MB, the limit for one download/],
    ['a server that does not finish in time', '/slow', /no complete answer within 1 s; try again later or raise --timeout/],
  ])('reports %s, with the address', async (_name, path, message) => {
    const items = await read(path);
    expect(items).toEqual([expect.objectContaining({ kind: 'error', origin: `${base}${path}` })]);
    expect(items[0]?.kind === 'error' ? items[0].message : '').toMatch(message);
  });

  test('reports a refused connection and an unknown host, and goes on with the next input', async () => {
    const items: InputItem[] = [];
    const args = [`http://127.0.0.1:${closedPort}/x`, 'http://no-such-host.invalid/x', `${base}/article`];
    for await (const item of readInputs(args, OPTIONS)) items.push(item);
    expect(items.map((item) => (item.kind === 'error' ? item.message : item.kind))).toEqual([
      `127.0.0.1:${closedPort} refused the connection; is the address right?`,
      'cannot find the host no-such-host.invalid; check the address',
      'document',
    ]);
  });

  test('an argument that only looks like an address', async () => {
    expect(await read('http://[bad')).toMatchObject([
      { kind: 'error', message: 'is not a valid URL; check it' },
    ]);
  });
});
