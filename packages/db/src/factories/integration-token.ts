import { createHash, randomBytes } from 'node:crypto';
import type { IntegrationToken, Prisma } from '../generated/prisma/client.js';
import { nextSequence } from './sequence.js';

export type IntegrationTokenOverrides = Partial<
  Omit<Prisma.IntegrationTokenUncheckedCreateInput, 'tenantId' | 'tokenDigest' | 'prefix'>
> & {
  /** The secret itself; a new one by default. Only its digest is stored. */
  token?: string;
};

const TOKEN_PREFIX = 'spk_';
/** Enough of the token to tell tokens apart in a list, far too little to guess the rest. */
const VISIBLE_CHARACTERS = 10;

/** A new integration token: `spk_` and 256 random bits, base64url. */
export function generateIntegrationToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** What is stored and looked up: SHA-256, hex (the tokens are random, a slow hash would add nothing). */
export function integrationTokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A Shuttle relay token by default; the row comes back with the token, which is shown once. */
export async function createIntegrationToken(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: IntegrationTokenOverrides = {},
): Promise<IntegrationToken & { token: string }> {
  const { token = generateIntegrationToken(), ...rest } = overrides;
  const row = await prisma.integrationToken.create({
    data: {
      tenantId,
      platform: 'shuttle',
      name: `Relay ${nextSequence()}`,
      ...rest,
      tokenDigest: integrationTokenDigest(token),
      prefix: token.slice(0, VISIBLE_CHARACTERS),
    },
  });
  return { ...row, token };
}
