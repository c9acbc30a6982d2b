import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (memory-hard, OWASP's first choice) through @node-rs/argon2: prebuilt per platform, no
 * install script. 19 MiB, 2 passes, 1 lane: OWASP's minimum, about 20 ms here.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest password accepted for an account. */
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password or an unreadable hash; never throws for those. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
