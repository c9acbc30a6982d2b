import { z } from 'zod';

export const ZPlatform = z.enum(['xivo', 'shuttle', 'vodia']);
export type TPlatform = z.infer<typeof ZPlatform>;

export const ZCallDirection = z.enum(['inbound', 'outbound', 'internal', 'unknown']);
export type TCallDirection = z.infer<typeof ZCallDirection>;

export const ZCallState = z.enum(['ringing', 'answered', 'ended', 'abandoned']);
export type TCallState = z.infer<typeof ZCallState>;
