/**
 * Reads TimeML documents (TimeBank, AQUAINT): the text inside <TEXT> with its tags removed, the
 * document creation time (DCT), and the TIMEX3 expressions as spans of that text.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  /** TIMEX3 type, lower-cased: date, time, duration, set. */
  type: string;
  value: string;
}

export interface TimemlDoc {
  text: string;
  /** The creation date, YYYY-MM-DD, when the document has one. */
  dct?: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

export function parseTimeml(xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dctValue = dctTag ? attr(dctTag[1]!, 'value') : '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { start: number; attrs: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m; (m = re.exec(body)); ) {
    if (m[5] !== undefined) {
      text += decode(m[5]);
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    if (name !== 'TIMEX3' || selfClosing) continue; // an empty TIMEX3 marks no text
    if (!closing) open.push({ start: text.length, attrs: attrs! });
    else {
      const o = open.pop();
      if (!o) continue;
      timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: attr(o.attrs, 'type').toLowerCase(), value: attr(o.attrs, 'value') });
    }
  }
  timexes.sort((a, b) => a.start - b.start);
  return { text, ...(/^\d{4}-\d{2}-\d{2}/.test(dctValue) ? { dct: dctValue.slice(0, 10) } : {}), timexes };
}
