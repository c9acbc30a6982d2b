import { Inject, Injectable, Logger } from '@nestjs/common';
import { hkdfSync, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../app/config.js';

/**
 * SECRETS_KEY and the keys derived from it (HKDF-SHA256, one per purpose: encrypting integration
 * secrets, signing socket tickets). Without SECRETS_KEY (never in production) a random key serves
 * this process only: secrets stored with it cannot be read after a restart.
 */
@Injectable()
export class SecretKeys {
  readonly persistent: boolean;
  private readonly master: Buffer;
  private readonly derived = new Map<string, Buffer>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.persistent = config.secretsKey !== undefined;
    this.master = config.secretsKey ?? randomBytes(32);
    if (!this.persistent) {
      new Logger(SecretKeys.name).warn(
        'SECRETS_KEY is not set: integration secrets cannot be stored, and socket tickets hold for this process only',
      );
    }
  }

  /** A 32-byte key for one purpose. */
  derive(purpose: string): Buffer {
    let key = this.derived.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.master, Buffer.alloc(0), `screenpop:${purpose}`, 32));
      this.derived.set(purpose, key);
    }
    return key;
  }
}
