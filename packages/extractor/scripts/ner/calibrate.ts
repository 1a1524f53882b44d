import type { Calibration } from '../../src/ner/model.js';

/**
 * Fits p(right | margin) = 1 / (1 + exp(-(slope * margin + intercept))) to tagged names and
 * whether each was right, by Newton's method on the log-likelihood (two parameters, a few
 * iterations). Margins are scaled for the fit so that the steps are well conditioned.
 */
export function fitCalibration(points: readonly { margin: number; right: boolean }[]): Calibration {
  if (points.length === 0) throw new Error('no tagged names to calibrate on');
  const scale = Math.max(1, ...points.map((p) => Math.abs(p.margin)));
  let a = 0;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (const { margin, right } of points) {
      const x = margin / scale;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const e = (right ? 1 : 0) - p;
      const w = p * (1 - p) + 1e-9;
      ga += e * x;
      gb += e;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    // A small ridge keeps the step finite when the names are (nearly) all right.
    haa += 1e-6;
    hbb += 1e-6;
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { slope: a / scale, intercept: b };
}
