// One address fetched over HTTP(S) with Node's own fetch, within limits: a time limit for the whole
// exchange, a size limit on the body (checked as it arrives, not only from Content-Length), and a bounded
// number of redirects, each checked to stay on http(s). Failures come back as messages, never thrown.
import { httpUrl } from './html-meta.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50_000_000, maxRedirects: 5 };

export type Fetched =
  { ok: true; url: string; contentType: string | undefined; bytes: Buffer } | { ok: false; message: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  'user-agent': 'stancegraph-ingest/0.1',
  accept:
    'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, ' +
    'application/pdf, text/csv, text/plain;q=0.8, */*;q=0.5',
};

/** The body of `url` after redirects, with its final address and Content-Type, or why there is none. */
export async function fetchUrl(url: string, limits: FetchLimits = FETCH_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const fail = (message: string): Fetched => ({ ok: false, message });
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: HEADERS });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) return fail(`answered ${response.status} without saying where to go`);
        if (redirects >= limits.maxRedirects) {
          return fail(`redirects more than ${limits.maxRedirects} times; give the final address`);
        }
        const next = httpUrl(location, current);
        if (next === undefined) return fail(`redirects to ${location}, which is not an http(s) address`);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const status = `${response.status} ${response.statusText}`.trim();
        return fail(`the server answered HTTP ${status}${current === url ? '' : ` (at ${current})`}`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return fail(tooLarge(limits.maxBytes));
      }
      const bytes = await readBody(response, limits.maxBytes);
      if (bytes === undefined) return fail(tooLarge(limits.maxBytes));
      const contentType = response.headers.get('content-type') ?? undefined;
      return { ok: true, url: current, contentType, bytes };
    }
  } catch (e) {
    return fail(networkMessage(e, current, limits));
  }
}

/** The body, or undefined as soon as it passes `maxBytes` (the rest is not downloaded). */
async function readBody(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(maxBytes: number): string {
  return `is larger than ${maxBytes / 1e6} MB, the limit for one download; save it and split it`;
}

function networkMessage(error: unknown, url: string, limits: FetchLimits): string {
  const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no complete answer within ${limits.timeoutMs / 1000} s; try again later or raise --timeout`;
  }
  const code = cause?.code ?? '';
  const host = new URL(url).host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot find the host ${host}; check the address`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection; is the address right?`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `${host} closed the connection mid-answer`;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `${host} has no valid TLS certificate (${code})`;
  return `cannot be fetched (${cause?.message ?? message})`;
}
