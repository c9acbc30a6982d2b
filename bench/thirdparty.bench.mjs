// `npm run bench`: the XiVO web service (POST /api/xivo/thirdparty) under load on PostgreSQL,
// beside a bare node:http + pg server doing the same writes, measured in the same run.
import autocannon from 'autocannon';
import { xivoSampleRequest } from '@screenpop/contracts';
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

const rate = Number(process.env.BENCH_RATE ?? 1000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const API_PORT = 3201;
const BASELINE_PORT = 3202;

let callNumber = 0;
function load(port, extra) {
  const prefix = `${port}.${Date.now()}`;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    ...extra,
    requests: [
      {
        method: 'POST',
        path: '/api/xivo/thirdparty',
        headers: { 'content-type': 'application/json', origin: 'https://xivo.example.com' },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ ...xivoSampleRequest, callDataCallId: `${prefix}.${++callNumber}` }),
        }),
      },
    ],
  });
}

function figures(result) {
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(`${failed} requests failed (${result.non2xx} non-2xx, ${result.errors} errors)`);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

const apiUrl = await freshSchema('bench_api');
const baselineUrl = await seededSchema('bench_baseline');
const api = startApi(API_PORT, apiUrl);
const baseline = startBaseline('baseline-server.mjs', BASELINE_PORT, baselineUrl);
const stopAll = stopOnExit(api, baseline);

try {
  await waitFor(`http://127.0.0.1:${API_PORT}/api/health`, api);
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/`, baseline);

  console.log(`Warming up both servers (${Math.max(2, seconds / 3)} s each)…`);
  for (const port of [BASELINE_PORT, API_PORT]) await load(port, { duration: Math.max(2, seconds / 3) });

  const results = {};
  for (const [name, port] of [
    ['baseline', BASELINE_PORT],
    ['api', API_PORT],
  ]) {
    console.log(`Measuring ${name}: ${seconds} s flat out, then ${seconds} s at ${rate} requests/s…`);
    results[name] = {
      max: figures(await load(port)),
      fixed: figures(await load(port, { overallRate: rate })),
    };
  }

  const { baseline: b, api: a } = results;
  const ratio = a.max.requestsPerSecond / b.max.requestsPerSecond;
  const row = (label, f) =>
    `  ${label.padEnd(30)}${String(f.requestsPerSecond).padStart(8)}${f.p50.toFixed(1).padStart(9)}${f.p99.toFixed(1).padStart(9)}`;
  const header = `  ${''.padEnd(30)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`;
  console.log(
    [
      '',
      `POST /api/xivo/thirdparty on PostgreSQL, ${connections} connections, ${seconds} s per run`,
      'Flat out:',
      header,
      row('baseline (node:http + pg)', b.max),
      row('Screenpop API', a.max),
      `  throughput ratio API / baseline: ${ratio.toFixed(2)}`,
      `At ${rate} requests/s:`,
      header,
      row('baseline (node:http + pg)', b.fixed),
      row('Screenpop API', a.fixed),
      `  p99 ratio API / baseline: ${(a.fixed.p99 / Math.max(b.fixed.p99, 0.1)).toFixed(2)}`,
      '',
      `Target p99 <= 15 ms at ${rate} req/s: ${a.fixed.p99 <= 15 ? 'met' : 'NOT met'} (${a.fixed.p99} ms)`,
      `Target throughput >= 0.5 x baseline: ${ratio >= 0.5 ? 'met' : 'NOT met'} (${ratio.toFixed(2)})`,
    ].join('\n'),
  );
  saveResult('thirdparty', { seconds, rate, connections, results, ratio });
} finally {
  stopAll();
}
