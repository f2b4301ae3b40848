import { expect, test } from 'vitest';
import { HOST_KINDS, MAIL_HOSTS, hostKindOf } from './mail-hosts';

test('every registered origin, on any page of it, is its own host', () => {
  for (const kind of HOST_KINDS) {
    for (const origin of MAIL_HOSTS[kind].origins) expect(hostKindOf(`${origin}/mail/u/0/#inbox?compose=new`), origin).toBe(kind);
  }
});

test('an origin nobody registered is no host at all, however close it looks: nothing runs there', () => {
  for (const url of [
    'https://webmail.example.test/compose/',
    'https://outlook.example.com/mail/',
    'http://mail.google.com/mail/u/0/',
    'https://mail.google.com.attacker.test/',
    'https://outlook.office.com:8443/mail/',
    'https://office.com/mail/',
    'not a url',
  ]) expect(hostKindOf(url), url).toBeUndefined();
});
