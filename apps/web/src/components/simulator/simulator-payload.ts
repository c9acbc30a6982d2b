import { xivoSampleRequest } from '@screenpop/contracts';

/** The bodies XucMgt would POST, as the agent edits them in the simulator. */

export interface PayloadPreset {
  id: string;
  label: string;
  build: () => Record<string, unknown>;
}

const sample = (): Record<string, unknown> =>
  structuredClone(xivoSampleRequest) as unknown as Record<string, unknown>;

export const payloadPresets: PayloadPreset[] = [
  { id: 'seed', label: 'Edition queue 3001 (seed sample)', build: sample },
  {
    id: 'sales',
    label: 'Sales queue 3002',
    build: () => ({
      ...sample(),
      userData: { ...xivoSampleRequest.userData, USR_XIVO_DSTNUM: '3002' },
      queue: { id: 3, name: 'sales', displayName: 'Sales', number: '3002' },
    }),
  },
  {
    id: 'no-queue',
    label: 'Direct call, no queue',
    build: () => {
      // XucMgt sends neither queue nor userData for calls that did not come through a queue.
      const { queue: _queue, userData: _userData, ...direct } = sample();
      return direct;
    },
  },
];

export type ParsedPayload = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export function parsePayload(text: string): ParsedPayload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The payload must be a JSON object.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

export function formatPayload(value: Record<string, unknown>): string {
  return JSON.stringify(value, null, 2);
}

/** The payload with another `callDataCallId`; text that is not a JSON object is left as typed. */
export function withCallId(text: string, callId: string): string {
  const parsed = parsePayload(text);
  if (!parsed.ok) return text;
  return formatPayload({ ...parsed.value, callDataCallId: callId });
}

export function callIdOf(text: string): string | null {
  const parsed = parsePayload(text);
  if (!parsed.ok) return null;
  const id = parsed.value.callDataCallId;
  return typeof id === 'string' ? id : null;
}
