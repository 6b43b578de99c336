// Writes extra conformance vectors (same format as fsrs-ts-fsrs-5.4.2.json) for configurations the bundled
// file does not cover: steps of a day or more, several relearning steps (ts-fsrs then caps w17/w18),
// extreme retentions, long-term scheduling with steps configured, w19 below its short-term floor.
// Usage: npm install && node generate.mjs > ../../src/test/resources/fsrs/fsrs-ts-fsrs-5.4.2-edge-cases.json
import { fsrs, createEmptyCard, default_w, FSRSVersion, State } from 'ts-fsrs'

let seed = 20260302
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (xs) => xs[Math.floor(random() * xs.length)]
const RATINGS = ['again', 'hard', 'good', 'easy']
const MINUTE = 60_000
const base = { w: [...default_w], request_retention: 0.9, maximum_interval: 36500, enable_short_term: true,
  learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }
const configs = [
  ['day-long-steps', { learning_steps: ['1m', '1d'], relearning_steps: ['1d'] }],
  ['three-relearning-steps', { relearning_steps: ['5m', '30m', '2h'] }],
  ['retention-0.70', { request_retention: 0.7 }],
  ['retention-0.99', { request_retention: 0.99 }],
  ['long-term-with-steps', { enable_short_term: false }],
  ['w19-below-short-term-floor', { w: default_w.map((x, i) => (i === 19 ? 0 : x)) }],
  ['max-interval-30', { maximum_interval: 30 }],
]

function gap(card, at) {
  const r = random()
  if (r < 0.35) return card.due.getTime() - at.getTime() + Math.floor(random() * 3) * MINUTE // on time
  if (r < 0.55) return (1 + Math.floor(random() * 30)) * MINUTE
  if (r < 0.75) return (1 + Math.floor(random() * 20)) * 60 * MINUTE
  return (1 + Math.floor(random() * 90)) * 1440 * MINUTE + Math.floor(random() * 1440) * MINUTE
}

const out = { generator: `ts-fsrs ${FSRSVersion}`, note: 'day boundaries are UTC midnights; fuzz is off; times are ISO-8601 UTC', configs: [] }
for (const [name, overrides] of configs) {
  const parameters = { ...base, ...overrides }
  const f = fsrs({ ...parameters, enable_fuzz: false })
  const cases = []
  for (let n = 0; n < 5; n++) {
    const created = new Date(Date.UTC(2026, Math.floor(random() * 12), 1 + Math.floor(random() * 28),
      Math.floor(random() * 24), Math.floor(random() * 60), Math.floor(random() * 60), Math.floor(random() * 1000)))
    let card = createEmptyCard(created)
    let at = new Date(created.getTime() + (1 + Math.floor(random() * 90)) * MINUTE)
    const reviews = []
    for (let i = 0, count = 8 + Math.floor(random() * 8); i < count; i++) {
      const rating = pick(RATINGS)
      const before = card.state === State.New ? null : f.get_retrievability(card, at, false)
      card = f.next(card, at, RATINGS.indexOf(rating) + 1).card
      reviews.push({ at: at.toISOString(), rating, retrievability_before: before, expect: {
        state: State[card.state].toLowerCase(), due: card.due.toISOString(), stability: card.stability,
        difficulty: card.difficulty, scheduled_days: card.scheduled_days, learning_steps: card.learning_steps,
        reps: card.reps, lapses: card.lapses } })
      at = new Date(at.getTime() + Math.max(MINUTE, gap(card, at)))
    }
    cases.push({ name: `${name}-${n}`, created: created.toISOString(), reviews })
  }
  out.configs.push({ name, parameters, cases })
}
console.log(JSON.stringify(out, null, 1))
