// `npm run bench`, second part: Shuttle events stored and acknowledged through ONE relay connection,
// beside a bare socket.io + pg server in the same run.
import { io } from 'socket.io-client';
import { shuttleSampleHangup, shuttleSampleRinging, shuttleSampleUp } from '@screenpop/contracts';
import {
  freshSchema,
  saveResult,
  seconds,
  seededSchema,
  startApi,
  startBaseline,
  stopOnExit,
  waitFor,
} from './support.mjs';

const API_PORT = 3203;
const BASELINE_PORT = 3204;
const TOKEN = 'spk_bench-relay-token';
const inFlight = Number(process.env.BENCH_IN_FLIGHT ?? 256);
const target = Number(process.env.BENCH_EVENTS_TARGET ?? 3000);

/** Each call is ringing, up, hangup of one uniqueid: what a relay forwards for an answered queue call. */
function* events(prefix) {
  for (let n = 1; ; n++) {
    const uniqueid = `${prefix}.${n}`;
    yield ['ringing', { ...shuttleSampleRinging, uniqueid }];
    yield ['up', { ...shuttleSampleUp, uniqueid }];
    yield [
      'hangup',
      {
        ...shuttleSampleHangup,
        uniqueid,
        peer: shuttleSampleRinging.peer,
        agentnum: shuttleSampleRinging.agentnum,
      },
    ];
  }
}

async function drive(port, durationSeconds) {
  const socket = io(`http://127.0.0.1:${port}/shuttle`, {
    auth: { token: TOKEN },
    transports: ['websocket'],
  });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const source = events(`${port}.${Date.now()}`);
  const latencies = [];
  let acked = 0;
  let failed = 0;
  const deadline = Date.now() + durationSeconds * 1000;
  const started = performance.now();
  // Events of one call must go in order: a lane sends a call's three events one after the other.
  async function lane() {
    while (Date.now() < deadline) {
      for (let i = 0; i < 3; i++) {
        const [name, data] = source.next().value;
        const t0 = performance.now();
        const ack = await socket.timeout(10_000).emitWithAck(name, data);
        latencies.push(performance.now() - t0);
        if (ack.ok) acked++;
        else failed++;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.ceil(inFlight / 3) }, lane));
  const elapsed = (performance.now() - started) / 1000;
  socket.close();
  if (failed) throw new Error(`${failed} events were refused`);
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.floor(p * (latencies.length - 1))];
  return { eventsPerSecond: Math.round(acked / elapsed), acked, p50: q(0.5), p99: q(0.99) };
}

const apiUrl = await freshSchema('bench_shuttle_api');
const baselineUrl = await seededSchema('bench_shuttle_baseline', { DEMO_SHUTTLE_TOKEN: TOKEN });
const api = startApi(API_PORT, apiUrl, { DEMO_SHUTTLE_TOKEN: TOKEN });
const baseline = startBaseline('shuttle-baseline-server.mjs', BASELINE_PORT, baselineUrl, {
  DEMO_SHUTTLE_TOKEN: TOKEN,
});
const stopAll = stopOnExit(api, baseline);

try {
  await waitFor(`http://127.0.0.1:${API_PORT}/api/health`, api);
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/`, baseline);
  console.log(`Shuttle intake: warming up, then ${seconds} s through one relay connection each…`);
  await drive(BASELINE_PORT, Math.max(2, seconds / 3));
  await drive(API_PORT, Math.max(2, seconds / 3));
  const b = await drive(BASELINE_PORT, seconds);
  const a = await drive(API_PORT, seconds);
  const ratio = a.eventsPerSecond / b.eventsPerSecond;
  const row = (label, f) =>
    `  ${label.padEnd(30)}${String(f.eventsPerSecond).padStart(9)}${f.p50.toFixed(1).padStart(9)}${f.p99.toFixed(1).padStart(9)}`;
  console.log(
    [
      '',
      `Shuttle events stored and acknowledged, one relay connection, ${inFlight} in flight, ${seconds} s`,
      `  ${''.padEnd(30)}${'events/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
      row('baseline (socket.io + pg)', b),
      row('Screenpop API', a),
      `  throughput ratio API / baseline: ${ratio.toFixed(2)}`,
      '',
      `Target ${target} events/s: ${a.eventsPerSecond >= target ? 'met' : 'NOT met'} (${a.eventsPerSecond})`,
      `Target throughput >= 0.5 x baseline: ${ratio >= 0.5 ? 'met' : 'NOT met'} (${ratio.toFixed(2)})`,
    ].join('\n'),
  );
  saveResult('shuttle-intake', { seconds, inFlight, results: { baseline: b, api: a }, ratio });
} finally {
  stopAll();
}
