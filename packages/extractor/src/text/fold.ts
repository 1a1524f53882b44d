/** Letters that NFD does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ı: 'i', İ: 'I', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
};
const SPECIAL_RE = /[ıİßæÆøØœŒđĐłŁþÞðÐ]/g;
/** Curly quotes and dashes to their ASCII forms. */
const PUNCT: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2010': '-', '\u2011': '-' };
const PUNCT_RE = /[\u2018\u2019\u02bc\u201c\u201d\u2013\u2014\u2010\u2011]/g;

/** Removes diacritics and folds typographic punctuation: "Kurtulmuş’s" → "Kurtulmus's". Case is kept. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s
    .replace(PUNCT_RE, (c) => PUNCT[c] ?? c)
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The key under which names are compared: folded, lower case, "the" and a possessive removed, spaces collapsed. */
export function nameKey(s: string): string {
  return fold(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A stable identifier slug: "Kim Jong Un" → "kim-jong-un", "Türkiye" → "turkiye". */
export function slug(s: string): string {
  const out = fold(s)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out || 'x';
}
