import { lexiconSet } from '../resources.js';

export interface ParsedCaption {
  /** The caption without its credit. */
  caption: string;
  /** The photo credit as written ("AP Photo/Ahn Young-joon", "EPA/FRANCK ROBICHON"), without brackets. */
  creditText?: string;
}

/** Words that make a trailing bracket or slash-group a photo credit. */
const CREDIT_WORD = /\b(?:photo(?:graph)?s?|pictures?|image|credit|courtesy|handout|pool|file|via|getty|stringer)\b/i;

function isAgency(s: string): boolean {
  const agencies = lexiconSet('photo-agencies');
  return agencies.has(s.trim().toLowerCase());
}

/** A credit's content: "AP Photo/Ahn Young-joon", "Photo by Ilyas AKENGIN / AFP", "EPA", "Reuters". */
function looksLikeCredit(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 90) return false;
  if (isAgency(t)) return true;
  if (CREDIT_WORD.test(t)) return true;
  // "EPA/FRANCK ROBICHON", "Reuters/Jane Doe": an agency or name on either side of a slash.
  if (t.includes('/')) return t.split('/').some((part) => isAgency(part) || /^[A-Z][A-Z .'-]+$/.test(part.trim()));
  return false;
}

/**
 * Splits a photo caption from its credit. Credits stand at the end, in brackets
 * ("… 2025.(AP Photo/Ahn Young-joon)", "(Photo by X / AFP)", "(EPA)") or bare after the last
 * sentence ("… 18 February 2026. EPA/FRANCK ROBICHON").
 */
export function parseCaption(line: string): ParsedCaption {
  const text = line.trim();
  const bracket = /\s*[([]([^()[\]]{1,90})[)\]]\s*\.?$/.exec(text);
  if (bracket && looksLikeCredit(bracket[1]!)) {
    const caption = text.slice(0, bracket.index).trim();
    if (caption) return { caption, creditText: bracket[1]!.trim() };
  }
  // Bare credit after the caption's last sentence: ". EPA/FRANCK ROBICHON", ". Photo: Jane Doe/Reuters".
  const bare = /([.!?"”’)])\s+((?:photo(?:graph)?\s*(?:by|:)\s*)?[^.!?]{1,60})$/i.exec(text);
  if (bare) {
    const credit = bare[2]!.trim();
    const hasLowerWords = /\b[a-z]{3,}\b/.test(credit.replace(/^(?:photo(?:graph)?\s*(?:by|:)\s*)/i, '').replace(CREDIT_WORD, ''));
    if (looksLikeCredit(credit) && (!hasLowerWords || isAgency(credit))) {
      return { caption: text.slice(0, bare.index + 1).trim(), creditText: credit };
    }
  }
  return { caption: text };
}
