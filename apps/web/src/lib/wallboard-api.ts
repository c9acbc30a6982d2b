import { type TWallboardSnapshot, ZWallboardSnapshot } from '@screenpop/contracts';
import { request } from '@/lib/api-client';

/** Supervisors: the wallboard's snapshot (the realtime socket's wallboard.updated keeps it current). */
export const fetchWallboard = (signal?: AbortSignal) =>
  request<TWallboardSnapshot>('/api/wallboard', ZWallboardSnapshot, { signal });
