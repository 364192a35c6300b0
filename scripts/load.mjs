// Load test: the production build over loopback, 100 connections for 30 s across every page.
// Prints requests/s and latency percentiles; fails on any error or non-200 response.
// Usage: npm run load   (builds first)
import autocannon from 'autocannon';
import { allPages, serveBuild } from './serve-build.mjs';

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const pages = allPages();
const { url, stop } = await serveBuild(Number(process.env.LOAD_PORT ?? 3500));
let statusErrors = 0;
try {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: pages.map((path) => ({ method: 'GET', path })),
    headers: { 'accept-encoding': 'gzip' },
  });
  statusErrors = result.non2xx;
  console.log(`pages: ${pages.length}, connections: ${connections}, duration: ${seconds} s`);
  console.table({
    'requests/s (mean)': result.requests.average,
    'requests total': result.requests.total,
    'latency p50 ms': result.latency.p50,
    'latency p90 ms': result.latency.p90,
    'latency p99 ms': result.latency.p99,
    'latency max ms': result.latency.max,
    'throughput MB/s': +(result.throughput.average / 1e6).toFixed(2),
    errors: result.errors,
    timeouts: result.timeouts,
    'non-2xx': result.non2xx,
  });
  if (result.errors > 0 || result.timeouts > 0 || statusErrors > 0) {
    console.error('load test FAILED: errors, timeouts or non-200 responses');
    process.exitCode = 1;
  }
} finally {
  stop();
}
