import type { ImageInfo, Section } from '../doc/doc.js';
import { parseCaption } from './captions.js';
import type { ReadResult, SourceArticle } from './source-article.js';

/** Ends a sentence (and so a paragraph line that is not soft-wrapped). */
const TERMINAL = /[.!?…:;"'”’»)\]]$/;
const MARKER = 'TT';

interface Line {
  text: string;
  no: number; // 1-based
}

/**
 * Reads a dump laid out like the sample: for each article a title, photo captions (often
 * duplicated) with credits, a `TT` line, the title and captions again, then body paragraphs
 * separated by blank lines, soft-wrapped lines inside them; articles may be cut off mid-sentence.
 * Without any `TT` line, articles are runs of paragraphs separated by two or more blank lines,
 * each starting with its title.
 */
export function readDump(content: string): ReadResult {
  const lines: Line[] = content
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text: text.replace(/\s+$/, ''), no: i + 1 }));
  const markers = lines.flatMap((l, i) => (l.text.trim() === MARKER ? [i] : []));
  const result: ReadResult = { articles: [], rejections: [] };
  if (markers.length === 0) return readUnmarked(lines);

  // Where each article's header begins: the title line that the marker's repeated title names.
  const heads = markers.map((m, k) => headerStart(lines, m, k === 0 ? 0 : markers[k - 1]! + 1));
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k]!;
    const head = heads[k]!;
    const end = k + 1 < markers.length ? heads[k + 1]! : lines.length;
    const header = lines.slice(head, m).filter((l) => l.text.trim());
    const titleLine = header[0];
    const captionLines = header.slice(1);
    const after = lines.slice(m + 1, end);
    // Skip the repeated title and captions after the marker.
    const repeated = new Set(header.map((l) => l.text.trim()));
    let i = 0;
    while (i < after.length && (!after[i]!.text.trim() || repeated.has(after[i]!.text.trim()))) i++;
    const title = titleLine?.text.trim() ?? after.find((l) => l.text.trim())?.text.trim();
    const line = titleLine?.no ?? lines[m]!.no;
    const built = build(title, captionLines.map((l) => l.text), after.slice(i));
    if (!built) {
      result.rejections.push({ line, code: 'empty_article', message: `the article at line ${line} has no text` });
      continue;
    }
    result.articles.push({ ...built, line });
  }
  // Text before the first article's header is not part of any article.
  const lead = lines.slice(0, heads[0]).filter((l) => l.text.trim());
  if (lead.length > 0) {
    result.rejections.push({
      line: lead[0]!.no,
      code: 'invalid_article',
      message: `${lead.length} line(s) before the first article (line ${lead[0]!.no}) belong to no article`,
    });
  }
  return result;
}

/** The index of the title line of the article whose marker is at `marker`, searching no earlier than `floor`. */
function headerStart(lines: Line[], marker: number, floor: number): number {
  const repeatedTitle = lines.slice(marker + 1).find((l) => l.text.trim())?.text.trim();
  if (repeatedTitle) {
    for (let i = marker - 1; i >= floor; i--) if (lines[i]!.text.trim() === repeatedTitle) return i;
  }
  // No repeated title: the captions are the block right above the marker, the title the block above that.
  let i = marker - 1;
  while (i > floor && !lines[i]!.text.trim()) i--;
  while (i > floor && lines[i - 1]!.text.trim()) i--; // start of the caption block
  let j = i - 1;
  while (j > floor && !lines[j]!.text.trim()) j--;
  if (j >= floor && lines[j]!.text.trim() && (j === floor || !lines[j - 1]!.text.trim())) return j;
  return i;
}

/** Dumps without markers: articles separated by two or more blank lines, the first line of each its title. */
function readUnmarked(lines: Line[]): ReadResult {
  const result: ReadResult = { articles: [], rejections: [] };
  let chunk: Line[] = [];
  let blanks = 0;
  const flush = () => {
    const nonBlank = chunk.filter((l) => l.text.trim());
    if (nonBlank.length > 0) {
      const [title, ...rest] = chunk.slice(chunk.indexOf(nonBlank[0]!));
      const built = build(title!.text.trim(), [], rest);
      if (built) result.articles.push({ ...built, line: title!.no });
      else result.rejections.push({ line: title!.no, code: 'empty_article', message: `the article at line ${title!.no} has no body` });
    }
    chunk = [];
  };
  for (const l of lines) {
    if (!l.text.trim()) {
      blanks++;
      chunk.push(l);
      continue;
    }
    if (blanks >= 2) flush();
    blanks = 0;
    chunk.push(l);
  }
  flush();
  return result;
}

/** Assembles the article text: headline, captions (credits removed, duplicates once), paragraphs. */
function build(title: string | undefined, captionLines: string[], bodyLines: Line[]): Omit<SourceArticle, 'line'> | undefined {
  const paragraphs = joinParagraphs(bodyLines);
  if (paragraphs.length === 0 && captionLines.length === 0) return undefined;
  const sections: Section[] = [];
  const images: ImageInfo[] = [];
  let text = '';
  const add = (kind: Section['kind'], s: string) => {
    if (text) text += '\n\n';
    sections.push({ kind, start: text.length, end: text.length + s.length });
    text += s;
  };
  if (title) add('headline', title);
  const seen = new Set<string>();
  for (const raw of captionLines) {
    const key = raw.trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const { caption, creditText } = parseCaption(key);
    if (!caption) continue;
    add('caption', caption);
    images.push({ caption, ...(creditText ? { creditText } : {}), span: { start: text.length - caption.length, end: text.length } });
  }
  for (const p of paragraphs) add(isSubhead(p, p === paragraphs[paragraphs.length - 1]) ? 'subhead' : 'body', p);
  if (!text.trim()) return undefined;
  const issues = [];
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined && !TERMINAL.test(last)) {
    issues.push({ code: 'truncated_text', message: 'the article text ends mid-sentence; it was probably cut off' });
  }
  if (paragraphs.length === 0) issues.push({ code: 'no_body', message: 'the article has a headline and captions but no body text' });
  return {
    article: { text, ...(title ? { title } : {}), images, sections, ...(issues.length ? { issues } : {}) },
  };
}

/** Paragraphs are separated by blank lines; a line that does not end a sentence continues on the next. */
function joinParagraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    if (!current) current = t;
    else if (TERMINAL.test(current)) {
      out.push(current);
      current = t;
    } else current += current.endsWith('-') && /^[a-z]/.test(t) ? t : ' ' + t;
  }
  if (current) out.push(current);
  return out;
}

/** A short line between paragraphs that does not end a sentence: "'AT THE COST OF BLOOD'", "- Official commemorations -". */
function isSubhead(p: string, isLast: boolean): boolean {
  if (isLast || p.length > 70 || /[.!?…]["'”’]?$/.test(p)) return false;
  const words = p.split(/\s+/).length;
  return words <= 9;
}
