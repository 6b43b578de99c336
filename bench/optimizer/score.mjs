// usage: node score.mjs LOG.csv DAY_START_HOUR WEIGHTS.json...
// Scores each weights file with fsrs-rs's own evaluator (the binding's FSRSBinding.evaluate). A file may hold a
// bare array of 21 numbers or the JSON of `smriti optimize --json` (its "weights"). "defaults" scores the defaults.
import { readFileSync } from 'node:fs';
import { FSRSBinding } from '@open-spaced-repetition/binding';
import { readItems } from './items.mjs';

const [file, hour, ...weightFiles] = process.argv.slice(2);
const { items } = readItems(file, Number(hour ?? 4));
for (const wf of weightFiles) {
  let weights;
  if (wf !== 'defaults') {
    const json = JSON.parse(readFileSync(wf, 'utf8'));
    weights = Array.isArray(json) ? json : json.weights;
  }
  const e = new FSRSBinding(weights).evaluate(items);
  console.log(`${wf}\tlogLoss ${e.logLoss.toFixed(5)}\trmseBins ${e.rmseBins.toFixed(5)}`);
}
