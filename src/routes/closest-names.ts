/** How far apart two words are: insertions, deletions, substitutions and swaps of neighbours, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/** Longest input compared (an edit distance costs its length squared). */
const MAX_LENGTH = 64;

/**
 * The candidates closest to `word` and near enough to be a typo of it (at most a quarter of its letters
 * off, at least one), closest first; empty when none is.
 */
export function closestNames<T>(word: string, candidates: readonly T[], namesOf: (candidate: T) => readonly string[]): T[] {
  if (word.length === 0 || word.length > MAX_LENGTH) return [];
  const limit = Math.max(1, Math.floor(word.length / 4));
  const scored = candidates
    .map((candidate) => ({ candidate, distance: Math.min(...namesOf(candidate).map((name) => editDistance(word, name.slice(0, MAX_LENGTH)))) }))
    .filter((item) => item.distance <= limit);
  const best = Math.min(...scored.map((item) => item.distance));
  return scored.filter((item) => item.distance === best).map((item) => item.candidate);
}
