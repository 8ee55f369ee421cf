import { describe, expect, it } from 'vitest';
import { allowedHostNames, isAllowedHost } from './hosts.ts';

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['LOCALHOST', true],
    ['app.localhost:8080', true],
    ['[::1]:8080', true],
    ['192.168.1.20:8080', true],
    ['explorer.example.org', true],
    ['explorer.example.org:8080', true],
    ['attacker.example:8080', false],
    ['localhost.attacker.example', false],
    ['', false],
    [undefined, false],
  ])('%s -> %s', (header, allowed) => {
    expect(isAllowedHost(header, ['explorer.example.org'])).toBe(allowed);
  });
});

describe('allowedHostNames', () => {
  it('takes ALLOWED_HOSTS and a HOST that is a name, not addresses', () => {
    expect(allowedHostNames({ ALLOWED_HOSTS: ' a.example , B.example,', HOST: 'box.lan' })).toEqual([
      'a.example',
      'b.example',
      'box.lan',
    ]);
    expect(allowedHostNames({ HOST: '0.0.0.0' })).toEqual([]);
  });
});
