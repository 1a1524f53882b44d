export type InputFormat = 'dump' | 'text' | 'jsonl';

/**
 * The layout of an input: by its name (.jsonl, .ndjson → jsonl) and else by its content:
 * a `TT` marker line → dump; lines that are all JSON objects → jsonl; else one plain text.
 */
export function detectFormat(name: string | undefined, content: string): InputFormat {
  if (name && /\.(jsonl|ndjson)$/i.test(name)) return 'jsonl';
  const head = content.replace(/^\uFEFF/, '').slice(0, 1 << 16);
  const lines = head.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length > 0 && lines.slice(0, 20).every((l) => l.trim().startsWith('{'))) return 'jsonl';
  if (/(^|\n)[ \t]*TT[ \t]*\r?(\n|$)/.test(content)) return 'dump';
  return 'text';
}
