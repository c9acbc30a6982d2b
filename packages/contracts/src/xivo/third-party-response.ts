import { z } from 'zod';

export const ZXivoAction = z.enum(['open', 'popup', 'run', 'none']);
export type TXivoAction = z.infer<typeof ZXivoAction>;

export const ZXivoEvent = z.enum(['EventRinging', 'EventEstablished', 'EventReleased']);
export type TXivoEvent = z.infer<typeof ZXivoEvent>;

/** The web service's answer; fields the rule does not set are omitted. */
export const ZXivoThirdPartyResponse = z.object({
  action: ZXivoAction,
  event: ZXivoEvent.optional(),
  url: z.string().optional(),
  autopause: z.boolean().optional(),
  autopauseReason: z.string().optional(),
  multitab: z.boolean().optional(),
  title: z.string().optional(),
  executableArgs: z.array(z.string()).optional(),
});
export type TXivoThirdPartyResponse = z.infer<typeof ZXivoThirdPartyResponse>;

/** The message a completed third-party pane posts to XucMgt. */
export const XIVO_CLOSE_MESSAGE = 'closeThirdParty';
