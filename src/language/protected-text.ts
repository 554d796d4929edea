/**
 * URLs and e-mail addresses hidden from the typography pass: its rules would put no-break spaces and dashes inside
 * them. Each is replaced with a private-use placeholder (no digits, letters or spaces) and put back afterwards.
 */

const protectedPattern =
  /(?:https?|ftp|file):\/\/[^\s«»"<>]*[^\s«»"<>.,;:!?)]|www\.[^\s«»"<>]*[^\s«»"<>.,;:!?)]|[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

/** A text with its URLs and e-mails replaced by placeholders, and what they replaced, in order. */
export type MaskedText = { readonly text: string; readonly hidden: readonly string[] };

/** Replaces URLs and e-mails with private-use placeholders, returning both. */
export function hideProtected(text: string): MaskedText {
  // The pattern tries every position of the text; most texts have nothing it could match.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return { text, hidden: [] };
  const hidden: string[] = [];
  const masked = text.replace(protectedPattern, (m) => {
    hidden.push(m);
    return `\uE000${String.fromCharCode(0xe100 + hidden.length - 1)}\uE001`;
  });
  return { text: masked, hidden };
}

/** Puts back what hideProtected took out. */
export function showProtected(text: string, hidden: readonly string[]): string {
  if (hidden.length === 0) return text;
  return text.replace(
    /\uE000([\uE100-\uEFFF])\uE001/g,
    (m, code: string) => hidden[code.charCodeAt(0) - 0xe100] ?? m,
  );
}
