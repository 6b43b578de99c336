// Replays a conformance vectors file with ts-fsrs itself: checks every expected value, then times the replay.
// Usage: npm install && node replay.mjs [vectors.json] [iterations]
import { readFileSync } from 'node:fs'
import { fsrs, createEmptyCard, Rating, State } from 'ts-fsrs'

const file = process.argv[2] ?? '../../src/test/resources/fsrs/fsrs-ts-fsrs-5.4.2.json'
const iterations = Number(process.argv[3] ?? 2000)
const vectors = JSON.parse(readFileSync(file, 'utf8'))
const RATINGS = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }

const prepared = vectors.configs.map((config) => ({
  scheduler: fsrs({ ...config.parameters, enable_fuzz: false }),
  cases: config.cases.map((c) => ({
    name: c.name,
    created: new Date(c.created),
    reviews: c.reviews.map((r) => ({ ...r, at: new Date(r.at), grade: RATINGS[r.rating] })),
  })),
}))

function replay(check) {
  let reviews = 0
  for (const { scheduler, cases } of prepared) {
    for (const c of cases) {
      let card = createEmptyCard(c.created)
      c.reviews.forEach((review, i) => {
        const r = card.state === State.New ? null : scheduler.get_retrievability(card, review.at, false)
        card = scheduler.next(card, review.at, review.grade).card
        reviews++
        if (check) verify(c.name, i, review, r, card)
      })
    }
  }
  return reviews
}

function verify(name, i, review, r, card) {
  const e = review.expect
  const close = (a, b) => (a === null ? b === null : Math.abs(a - b) <= 1e-6)
  const ok = State[card.state].toLowerCase() === e.state && card.due.toISOString() === e.due
    && close(card.stability, e.stability) && close(card.difficulty, e.difficulty)
    && card.scheduled_days === e.scheduled_days && card.learning_steps === e.learning_steps
    && card.reps === e.reps && card.lapses === e.lapses && close(review.retrievability_before, r)
  if (!ok) throw new Error(`${name} review ${i}: expected ${JSON.stringify(e)} r=${review.retrievability_before}, got ${JSON.stringify(card)} r=${r}`)
}

const count = replay(true)
for (let i = 0; i < iterations / 4; i++) replay(false) // warm-up
const start = process.hrtime.bigint()
for (let i = 0; i < iterations; i++) replay(false)
const nanos = Number(process.hrtime.bigint() - start)
console.log(`ts-fsrs replay: checked ${count} reviews; ${(nanos / iterations / 1000).toFixed(1)} us/replay over ${iterations} iterations`)
