// Which Host headers the server answers: a page on another site that makes its own name resolve to this
// machine (DNS rebinding) would otherwise read the API as if it were the explorer. Addresses (127.0.0.1,
// [::1], a LAN address) and localhost cannot be rebound; any other name must be listed in ALLOWED_HOSTS.
import { isIP } from 'node:net';

/** Host names from ALLOWED_HOSTS (comma-separated), with HOST when it is a name rather than an address. */
export function allowedHostNames(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = (env.ALLOWED_HOSTS ?? '').split(',');
  if (env.HOST !== undefined) names.push(env.HOST);
  return names.map((name) => name.trim().toLowerCase()).filter((name) => name !== '' && isIP(name) === 0);
}

/** Whether a request with this Host header is one the server answers. */
export function isAllowedHost(header: string | undefined, names: readonly string[]): boolean {
  if (header === undefined) return false;
  const host = hostName(header.trim().toLowerCase());
  if (host === '' || isIP(host) !== 0) return host !== '';
  return host === 'localhost' || host.endsWith('.localhost') || names.includes(host);
}

/** `example.org:8080` -> `example.org`, `[::1]:8080` -> `::1`. */
function hostName(header: string): string {
  if (header.startsWith('[')) return header.slice(1, header.indexOf(']'));
  return header.replace(/:\d*$/, '');
}
