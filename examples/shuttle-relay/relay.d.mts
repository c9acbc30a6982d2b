import type { Socket } from 'socket.io-client';

export declare const SHUTTLE_EVENTS: readonly ['ringing', 'up', 'hangup', 'abandon', 'outbound'];

export interface RetryOptions {
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  ackTimeoutMs: number;
}

export declare const DEFAULT_RETRY: RetryOptions;

/** Screenpop's acknowledgement of one event (ZShuttleAck of @screenpop/contracts). */
export type RelayAck =
  | { ok: true; callId: string; duplicate: boolean; commands: { name: string; payload: unknown }[] }
  | { ok: false; error: string; issues?: { path: string; message: string }[] };

export interface RelayLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface RelayOptions {
  /** xcally-realtime, e.g. https://localhost:8888 (XCALLY_REALTIME_URL). */
  xcallyUrl: string;
  /** Screenpop's API origin, e.g. https://screenpop.example.com (SCREENPOP_URL). */
  screenpopUrl: string;
  /** A Shuttle integration token of Screenpop (SCREENPOP_TOKEN). */
  token: string;
  /** Accept xcally-realtime's self-signed certificate (XCALLY_TLS_INSECURE). */
  xcallyInsecureTls?: boolean;
  retry?: Partial<RetryOptions>;
  logger?: RelayLogger;
  /** Called once per event, with Screenpop's final answer (stored, or refused as invalid). */
  onAcknowledged?: (name: string, data: unknown, ack: RelayAck) => void;
}

export interface Relay {
  xcally: Socket;
  screenpop: Socket;
  /** Resolves once both sides are connected. */
  ready: Promise<void>;
  /** Resolves when every event received so far has been delivered or given up. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export declare function startRelay(options: RelayOptions): Relay;
