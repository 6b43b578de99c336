// Training items from a py-fsrs CSV review log, built as fsrs-rs's callers build them: per card, reviews in time
// order; gaps in study days counted from DAY_START_HOUR o'clock UTC; every review on a later day than the one
// before is a target with the card's whole history; items ordered by their target's time.
import { readFileSync } from 'node:fs';
import { FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';

export function readItems(file, dayStartHour) {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(',').map(s => s.trim());
  const [cardCol, ratingCol, timeCol] = ['card_id', 'review_rating', 'review_time'].map(c => header.indexOf(c));
  const byCard = new Map();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    const review = { rating: Number(f[ratingCol]), ms: Date.parse(f[timeCol]) };
    if (!byCard.has(f[cardCol])) byCard.set(f[cardCol], []);
    byCard.get(f[cardCol]).push(review);
  }
  const day = ms => Math.floor((ms - dayStartHour * 3600e3) / 86400e3);
  const keyed = [];
  for (const reviews of byCard.values()) {
    reviews.sort((a, b) => a.ms - b.ms);
    const history = [];
    reviews.forEach((r, i) => {
      const gap = i === 0 ? 0 : day(r.ms) - day(reviews[i - 1].ms);
      history.push(new FSRSBindingReview(r.rating, gap));
      if (i > 0 && gap > 0) keyed.push([r.ms, new FSRSBindingItem(history.slice())]);
    });
  }
  keyed.sort((a, b) => a[0] - b[0]);
  return { reviews: lines.length - 1, items: keyed.map(k => k[1]) };
}
