/** Detection metrics shared by `rampart eval`, the training script and the leave-one-source-out report. */

/** Area under the ROC curve by the rank-sum formula (ties count half); NaN when a class is empty. */
export function rocAuc(attackScores: readonly number[], benignScores: readonly number[]): number {
  if (attackScores.length === 0 || benignScores.length === 0) return Number.NaN;
  const all = [...attackScores.map((score) => ({ score, attack: true })), ...benignScores.map((score) => ({ score, attack: false }))];
  all.sort((left, right) => left.score - right.score);
  let rankSum = 0;
  for (let index = 0; index < all.length; ) {
    let end = index;
    while (end + 1 < all.length && all[end + 1]!.score === all[index]!.score) end++;
    const rank = (index + end) / 2 + 1;
    for (let tie = index; tie <= end; tie++) if (all[tie]!.attack) rankSum += rank;
    index = end + 1;
  }
  const positives = attackScores.length;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * benignScores.length);
}

/** The smallest threshold whose false-positive rate on the benign scores is at most `fpr` (score > threshold is flagged). */
export function thresholdAtFpr(benignScores: readonly number[], fpr: number): number {
  if (benignScores.length === 0) return 0.5;
  const sorted = [...benignScores].sort((left, right) => right - left);
  const allowed = Math.floor(fpr * sorted.length);
  return sorted[Math.min(allowed, sorted.length - 1)]!;
}

/** Share of attack scores strictly above the threshold that keeps benign false positives at or below `fpr`. */
export function recallAtFpr(attackScores: readonly number[], benignScores: readonly number[], fpr: number): number {
  if (attackScores.length === 0) return Number.NaN;
  const threshold = thresholdAtFpr(benignScores, fpr);
  return attackScores.filter((score) => score > threshold).length / attackScores.length;
}

/** The q-quantile (0..1) of a list of numbers by nearest rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
