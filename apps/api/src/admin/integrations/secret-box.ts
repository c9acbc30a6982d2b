import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The current format; a later key or algorithm gets a new version, and `open` keeps reading the old ones. */
const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The blob is not one of ours, was altered, or was sealed with another key or for another owner. */
export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

/**
 * Authenticated encryption of small secrets (AES-256-GCM, a random 96-bit IV per seal). The
 * associated data binds a blob to its owner: opened with another owner's, it fails.
 * Blob: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key');
  }

  seal(plaintext: string, associatedData: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), ciphertext].map(encode).join('.');
  }

  open(blob: string, associatedData: string): string {
    const parts = blob.split('.');
    if (parts[0] !== VERSION) throw new SecretBoxError(`Unknown secret format "${parts[0] ?? ''}"`);
    if (parts.length !== 4) throw new SecretBoxError('Malformed secret blob');
    const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, 'base64url')) as [
      Buffer,
      Buffer,
      Buffer,
    ];
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError('Malformed secret blob');
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('The secret cannot be decrypted with this key for this owner');
    }
  }
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
