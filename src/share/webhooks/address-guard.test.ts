import { describe, expect, it } from 'vitest';
import { isPrivateAddress, problemWithUrl, resolveDeliveryAddress } from './address-guard.js';

describe('the webhook address guard', () => {
  it('knows private, loopback, link-local and reserved addresses in both families', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not an address']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:93.184.216.34']) expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuses private addresses unless the operator allows them, naming the address', async () => {
    await expect(resolveDeliveryAddress('127.0.0.1', { allowPrivate: false })).rejects.toThrow(/127\.0\.0\.1, a private or reserved address/);
    await expect(resolveDeliveryAddress('localhost', { allowPrivate: false })).rejects.toThrow(/private or reserved/);
    await expect(resolveDeliveryAddress('[::1]', { allowPrivate: false })).rejects.toThrow(/::1/);
    expect(await resolveDeliveryAddress('127.0.0.1', { allowPrivate: true })).toEqual({ address: '127.0.0.1', family: 4 });
    expect(await resolveDeliveryAddress('93.184.216.34', { allowPrivate: false })).toEqual({ address: '93.184.216.34', family: 4 });
  });

  it('says what is wrong with an address that no attempt could fix', () => {
    expect(problemWithUrl('https://hooks.example.com/kuulo')).toBeNull();
    expect(problemWithUrl('hooks.example.com')).toMatch(/full URL/);
    expect(problemWithUrl('ftp://hooks.example.com')).toMatch(/https:\/\//);
    expect(problemWithUrl('https://user:pw@hooks.example.com')).toMatch(/user name or password/);
  });
});
