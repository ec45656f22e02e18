import { describe, expect, it } from 'vitest';
import { quantile, recallAtFpr, rocAuc, thresholdAtFpr } from './metrics.ts';

describe('metrics', () => {
  it('computes ROC AUC by ranks', () => {
    expect(rocAuc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(rocAuc([0.1], [0.9])).toBe(0);
    expect(rocAuc([0.5], [0.5])).toBe(0.5);
    expect(rocAuc([0.9, 0.3], [0.5, 0.1])).toBe(0.75);
    expect(rocAuc([], [0.1])).toBeNaN();
  });

  it('finds recall at a false-positive budget', () => {
    const benign = Array.from({ length: 100 }, (_, index) => index / 100);
    expect(thresholdAtFpr(benign, 0.01)).toBe(0.98);
    expect(recallAtFpr([0.985, 0.995, 0.5, 0.99], benign, 0.01)).toBe(0.75);
  });

  it('computes nearest-rank quantiles', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
