import { bySpan, overlaps } from '../doc/span.js';
import type { Stage } from './stage.js';

/**
 * Settles overlapping name candidates: the more confident one wins, the longer one on a tie.
 * Losers stay in doc.mentions, marked `dropped` with the winner's rule.
 */
export const resolveEntities: Stage = {
  name: 'resolve-entities',
  run(doc) {
    const ms = doc.mentions.filter((m) => !m.dropped).sort(bySpan);
    let last: (typeof ms)[number] | undefined;
    for (const m of ms) {
      if (last && overlaps(last, m)) {
        const better = m.confidence > last.confidence || (m.confidence === last.confidence && m.end - m.start > last.end - last.start);
        if (better) {
          last.dropped = `overlaps ${m.rule}`;
          last = m;
        } else m.dropped = `overlaps ${last.rule}`;
        continue;
      }
      last = m;
    }
  },
};
