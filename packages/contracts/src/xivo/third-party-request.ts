import { z } from 'zod';

/** XucMgt's `user`: the agent logged in the CCAgent application. */
export const ZXivoUser = z.looseObject({
  userId: z.number().int(),
  agentId: z.number().int(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  fullName: z.string().optional(),
  /** The agent's xuc JWT. Never stored nor logged. */
  token: z.string().optional(),
});
export type TXivoUser = z.infer<typeof ZXivoUser>;

export const ZXivoQueue = z.looseObject({
  id: z.number().int(),
  name: z.string().min(1),
  displayName: z.string().optional(),
  number: z.string().optional(),
});
export type TXivoQueue = z.infer<typeof ZXivoQueue>;

/** Call data presented by XiVO: string keys, string values. */
export const ZXivoUserData = z.record(z.string(), z.string());

/**
 * The body XucMgt POSTs to THIRD_PARTY_URL when a call rings on the agent's phone.
 * `queue` and `userData` are absent for calls that are not queue calls.
 */
export const ZXivoThirdPartyRequest = z.looseObject({
  user: ZXivoUser,
  callee: z.string().default(''),
  caller: z.string().default(''),
  userData: ZXivoUserData.optional(),
  callDataCallId: z.string().min(1),
  queue: ZXivoQueue.optional(),
});
export type TXivoThirdPartyRequest = z.infer<typeof ZXivoThirdPartyRequest>;
export type TXivoThirdPartyRequestInput = z.input<typeof ZXivoThirdPartyRequest>;
