// usage: node fit.mjs LOG.csv [DAY_START_HOUR=4]
// Fits fsrs-rs (npm @open-spaced-repetition/binding 0.5.0) on the log and prints, as JSON: fitMs, the wall time of
// computeParameters called as reference.mjs calls it (its progress poller then sleeps in steps of 500 ms, which
// is most of that figure); computeMs, the same call with the poller at 1 ms (fsrs-rs's own work); cpuMs, the
// process's CPU time (all threads) during that second call; and the fitted weights.
import { computeParameters } from '@open-spaced-repetition/binding';
import { readItems } from './items.mjs';

const [file, hour] = process.argv.slice(2);
const { items } = readItems(file, Number(hour ?? 4));
const options = { enableShortTerm: true, numRelearningSteps: 1 };
let start = process.hrtime.bigint();
const weights = await computeParameters(items, options);
const fitMs = Number(process.hrtime.bigint() - start) / 1e6;
start = process.hrtime.bigint();
const cpu = process.cpuUsage();
await computeParameters(items, { ...options, timeout: 1 });
const used = process.cpuUsage(cpu);
const computeMs = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ fitMs, computeMs, cpuMs: (used.user + used.system) / 1000, weights }));
