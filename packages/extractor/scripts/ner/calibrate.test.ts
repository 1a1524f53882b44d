import { describe, expect, it } from 'vitest';
import { fitCalibration } from './calibrate.js';

describe('fitCalibration', () => {
  it('recovers a logistic curve from samples of it', () => {
    const points: { margin: number; right: boolean }[] = [];
    const truth = { slope: 0.08, intercept: 2 };
    for (let m = -60; m <= 60; m += 0.5) {
      const p = 1 / (1 + Math.exp(-(truth.slope * m + truth.intercept)));
      // Deterministic "samples": 100 names at each margin, round(100 p) of them right.
      for (let k = 0; k < 100; k++) points.push({ margin: m, right: k < Math.round(100 * p) });
    }
    const c = fitCalibration(points);
    expect(c.slope).toBeCloseTo(truth.slope, 2);
    expect(c.intercept).toBeCloseTo(truth.intercept, 1);
  });

  it('says more confidence for larger margins', () => {
    const c = fitCalibration([
      { margin: -10, right: false },
      { margin: -5, right: true },
      { margin: -5, right: false },
      { margin: 10, right: true },
      { margin: 20, right: true },
      { margin: 0, right: true },
      { margin: -12, right: false },
    ]);
    expect(c.slope).toBeGreaterThan(0);
  });
});
