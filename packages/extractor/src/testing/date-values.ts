import { runUpTo } from './run-stages.js';

/** "text=value" of each time expression, the pipeline run up to resolve-dates with this article date. For tests. */
export function dateValues(text: string, published = '2026-02-18'): string[] {
  return runUpTo({ text, published }, 'resolve-dates').timexes.map((t) => `${t.text}=${t.value ?? ''}`);
}
