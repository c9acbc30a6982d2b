#!/usr/bin/env node
// A relay between xCALLY Shuttle's realtime service (xcally-realtime) and Screenpop.
//
// It takes the place of Shuttle's custom integration template: it listens to the realtime events
// (ringing, up, hangup, abandon, outbound), forwards each to Screenpop's /shuttle namespace until
// Screenpop acknowledges it stored it, then emits the commands of the acknowledgement (AgentCTI,
// AgentCTINotification, RealtimeCTI) to xcally-realtime, as the template's wakeup(), notification()
// and pushevent() do. See README.md.
import { pathToFileURL } from 'node:url';
import { io } from 'socket.io-client';

export const SHUTTLE_EVENTS = ['ringing', 'up', 'hangup', 'abandon', 'outbound'];

export const DEFAULT_RETRY = {
  /** Tries per event, the first included. */
  maxAttempts: 10,
  /** Wait after the first failure, doubled after each (with jitter), up to maxDelayMs. */
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  /** How long to wait for Screenpop's acknowledgement of one try. */
  ackTimeoutMs: 10_000,
};

/**
 * Starts the relay. Returns at once; `ready` resolves once both sides are connected.
 *
 * @param {import('./relay.d.mts').RelayOptions} options
 * @returns {import('./relay.d.mts').Relay}
 */
export function startRelay(options) {
  const { xcallyUrl, screenpopUrl, token, logger = console, onAcknowledged } = options;
  if (!xcallyUrl) throw new TypeError('startRelay: xcallyUrl (XCALLY_REALTIME_URL) is required');
  if (!screenpopUrl) throw new TypeError('startRelay: screenpopUrl (SCREENPOP_URL) is required');
  if (!token) throw new TypeError('startRelay: token (SCREENPOP_TOKEN) is required');
  const retry = { ...DEFAULT_RETRY, ...options.retry };

  const xcally = io(xcallyUrl, {
    transports: ['websocket'],
    // xcally-realtime's secure port often has a self-signed certificate.
    rejectUnauthorized: !options.xcallyInsecureTls,
  });
  const screenpop = io(new URL('/shuttle', screenpopUrl).href, {
    auth: { token },
    transports: ['websocket'],
  });

  let stopped = false;
  /** The last delivery of each call (uniqueid): the next event of the call waits for it. */
  const lanes = new Map();
  const pending = new Set();

  keepConnected(xcally, 'xcally-realtime');
  keepConnected(screenpop, 'Screenpop');

  for (const name of SHUTTLE_EVENTS) {
    xcally.on(name, (data) => {
      relay(name, data);
    });
  }

  /** Queues the event behind the earlier events of its call, then delivers it. */
  function relay(name, data) {
    const call = typeof data?.uniqueid === 'string' ? data.uniqueid : '';
    const previous = lanes.get(call) ?? Promise.resolve();
    const delivery = previous
      .then(() => deliver(name, data))
      .catch((error) => logger.error(`Could not relay ${name}: ${error.message}`));
    lanes.set(call, delivery);
    pending.add(delivery);
    delivery.finally(() => {
      pending.delete(delivery);
      if (lanes.get(call) === delivery) lanes.delete(call);
    });
    return delivery;
  }

  /** Sends until acknowledged (stored, or refused as invalid), then emits the commands to Shuttle. */
  async function deliver(name, data) {
    const what = `${name} ${data?.uniqueid ?? '(no uniqueid)'}`;
    for (let attempt = 1; ; attempt++) {
      let ack;
      try {
        await connected(screenpop, retry.ackTimeoutMs);
        ack = await screenpop.timeout(retry.ackTimeoutMs).emitWithAck(name, data);
      } catch (error) {
        ack = { ok: false, error: `no acknowledgement (${error.message})` };
      }
      if (ack?.ok) {
        // Stored (once, even when it had been sent before): Shuttle shows what Screenpop decided.
        for (const command of ack.commands ?? []) xcally.emit(command.name, command.payload);
        onAcknowledged?.(name, data, ack);
        return ack;
      }
      if (ack?.issues) {
        // Screenpop refused the event itself: sending it again cannot help.
        logger.error(`Screenpop refused ${what}: ${ack.error}`);
        onAcknowledged?.(name, data, ack);
        return ack;
      }
      if (stopped || attempt >= retry.maxAttempts) {
        logger.error(`Gave up on ${what} after ${attempt} tries: ${ack?.error ?? 'no answer'}`);
        return ack;
      }
      const wait = backoff(attempt);
      logger.warn(`Screenpop did not store ${what} (${ack?.error ?? 'no answer'}); retrying in ${wait} ms`);
      await sleep(wait);
    }
  }

  /** socket.io reconnects after a lost connection, not after a refused handshake: retry that too. */
  function keepConnected(socket, label) {
    let failures = 0;
    socket.on('connect', () => {
      failures = 0;
      logger.info(`Connected to ${label}`);
    });
    socket.on('disconnect', (reason) => {
      if (!stopped) logger.warn(`Disconnected from ${label}: ${reason}`);
    });
    socket.on('connect_error', (error) => {
      failures += 1;
      if (failures === 1 || failures % 10 === 0) logger.error(`Cannot connect to ${label}: ${error.message}`);
      if (!socket.active && !stopped) setTimeout(() => stopped || socket.connect(), backoff(failures));
    });
  }

  function backoff(attempt) {
    const delay = Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** (attempt - 1));
    return Math.round(delay / 2 + (Math.random() * delay) / 2);
  }

  const ready = Promise.all([connected(xcally), connected(screenpop)]).then(() => undefined);
  ready.catch(() => {});

  return {
    xcally,
    screenpop,
    ready,
    /** Resolves when every event received so far has been delivered or given up. */
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    async stop() {
      stopped = true;
      xcally.close();
      screenpop.close();
    },
  };
}

function connected(socket, timeoutMs) {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => done(new Error('not connected')), timeoutMs);
    const onConnect = () => done();
    function done(error) {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      if (error) reject(error);
      else resolve();
    }
    socket.on('connect', onConnect);
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function main() {
  const env = process.env;
  const missing = ['XCALLY_REALTIME_URL', 'SCREENPOP_URL', 'SCREENPOP_TOKEN'].filter((name) => !env[name]);
  if (missing.length) {
    console.error(`Set ${missing.join(', ')} (see README.md).`);
    process.exit(1);
  }
  const stamp = (write) => (message) => write(`${new Date().toISOString()} ${message}`);
  const relay = startRelay({
    xcallyUrl: env.XCALLY_REALTIME_URL,
    screenpopUrl: env.SCREENPOP_URL,
    token: env.SCREENPOP_TOKEN,
    xcallyInsecureTls: ['1', 'true', 'yes'].includes((env.XCALLY_TLS_INSECURE ?? '').toLowerCase()),
    logger: { info: stamp(console.log), warn: stamp(console.warn), error: stamp(console.error) },
  });
  // Finish what is in flight before leaving, within reason.
  const shutdown = async () => {
    await Promise.race([relay.idle(), sleep(DEFAULT_RETRY.ackTimeoutMs)]);
    await relay.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
