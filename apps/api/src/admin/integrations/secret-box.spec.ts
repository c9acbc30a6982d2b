import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox, SecretBoxError } from './secret-box.js';

const box = new SecretBox(randomBytes(32));

describe('SecretBox', () => {
  it('opens what it sealed for the same owner, and the blob does not contain the plaintext', () => {
    const blob = box.seal('{"apiPassword":"hunter2-very-secret"}', 'tenant-a:vodia');
    expect(blob).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(blob).not.toContain('hunter2');
    expect(box.open(blob, 'tenant-a:vodia')).toBe('{"apiPassword":"hunter2-very-secret"}');
  });

  it('uses a new IV for every seal', () => {
    const first = box.seal('same', 'owner');
    const second = box.seal('same', 'owner');
    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
  });

  it('refuses a blob copied to another owner', () => {
    const blob = box.seal('secret', 'tenant-a:vodia');
    expect(() => box.open(blob, 'tenant-b:vodia')).toThrow(SecretBoxError);
    expect(() => box.open(blob, 'tenant-a:xivo')).toThrow(SecretBoxError);
  });

  it('refuses a blob sealed with another key', () => {
    const blob = new SecretBox(randomBytes(32)).seal('secret', 'owner');
    expect(() => box.open(blob, 'owner')).toThrow(SecretBoxError);
  });

  it('refuses an altered blob', () => {
    const [version, iv, tag, ciphertext] = box.seal('secret value', 'owner').split('.') as [
      string,
      string,
      string,
      string,
    ];
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([version, iv, tag, flipped.toString('base64url')].join('.'), 'owner')).toThrow(
      SecretBoxError,
    );
  });

  it('names an unknown version or a malformed blob', () => {
    expect(() => box.open('v9.a.b.c', 'owner')).toThrow(/Unknown secret format "v9"/);
    expect(() => box.open('v1.abc', 'owner')).toThrow(/Malformed/);
    expect(() => box.open('v1.AAAA.BBBB.CCCC', 'owner')).toThrow(/Malformed/);
  });

  it('needs a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32-byte/);
  });
});
