/** Word shape: "Kurtulmuş" → "Xxxxxxxxx" (capped), short shape → "Xx"; "U.S." → "X.X.", "1996" → "dddd". */
export function wordShape(w: string, max = 8): string {
  let s = '';
  for (let i = 0; i < w.length && s.length < max; i++) s += charClass(w[i]!);
  return w.length > max ? s + '+' : s;
}

/** The shape with runs of the same class collapsed: "Xx", "X.X.", "d", "x-Xx". */
export function shortShape(w: string): string {
  let s = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = charClass(w[i]!);
    if (c !== last) s += c;
    last = c;
  }
  return s;
}

function charClass(ch: string): string {
  if (ch >= '0' && ch <= '9') return 'd';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 'X' : 'x';
  return ch;
}
