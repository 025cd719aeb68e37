// Which revision serves a request: a weighted draw between at most two revisions, from the
// engine's seeded random source so a session replays the same split.
import type { RevisionWeight } from './web-function-settings';

/** `random` gives [0, 1); weights are whole numbers summing to 100 (checked before). */
export function pickRevision(weights: readonly RevisionWeight[], random: () => number): string {
  const draw = random() * 100;
  let upTo = 0;
  for (const { revisionId, weight } of weights) {
    upTo += weight;
    if (draw < upTo) return revisionId;
  }
  // Only reached through floating error at the top of the range: the last revision.
  return (weights[weights.length - 1] as RevisionWeight).revisionId;
}
