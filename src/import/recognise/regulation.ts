import { importText } from '../../messages.js';
import type { DocBlock, DocParagraph } from '../docx/blocks.js';
import type { Note } from '../notes.js';
import { readListItem } from './clause-list.js';

type Clause = { text: string; clauses?: Clause[]; list?: string[] };
type Section = { title: string; clauses: Clause[] };

const kindWords = /^(ПОЛОЖЕНИЕ|ПОРЯДОК|ПРАВИЛА|РЕГЛАМЕНТ|ИНСТРУКЦИЯ)(?![а-яё])/i;

/** Whether a line opens with the kind of a regulation: «ПОЛОЖЕНИЕ», «ПОРЯДОК», «ПРАВИЛА»… */
export const opensWithRegulationKind = (text: string) => kindWords.test(text.trim());
const typedNumber = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/s;

/** The level of a numbered paragraph: Word's list level, or the dots of a typed «1.2.» (0 for «1.»); -1 if none. */
function findLevel(p: DocParagraph): number {
  if (p.marker && !p.marker.bullet) return p.marker.level;
  const typed = typedNumber.exec(p.text.trim());
  return typed && !p.marker ? typed[1]!.split('.').length - 1 : -1;
}
const readClauseText = (p: DocParagraph) =>
  p.marker ? p.text.trim() : (typedNumber.exec(p.text.trim())?.[2] ?? p.text.trim());

/** Whether blocks after a title «ПОЛОЖЕНИЕ о …» are a regulation: paragraphs only, sections 1., clauses 1.1. */
export function isRegulation(title: string, blocks: readonly DocBlock[]): boolean {
  if (!opensWithRegulationKind(title) || blocks.some((b) => b.kind === 'table')) return false;
  const paragraphs = blocks as readonly DocParagraph[];
  return (
    paragraphs.filter((p) => findLevel(p) === 0).length >= 1 && paragraphs.some((p) => findLevel(p) === 1)
  );
}

/** «ПОЛОЖЕНИЕ\nо наставничестве» → «Положение о наставничестве», as the plan writes a regulation's title. */
export function toRegulationTitle(title: string): string {
  const [first = '', ...rest] = title.replace(/\s+/g, ' ').trim().split(' ');
  return [first.charAt(0).toUpperCase() + first.slice(1).toLowerCase(), ...rest].join(' ');
}

/** Sections (level 1.), clauses (1.1.), sub-clauses (1.1.1.), dash lists under a clause; other text joins a clause. */
export function readRegulation(blocks: readonly DocBlock[]): { sections: unknown[]; notes: Note[] } {
  const sections: Section[] = [];
  const notes: Note[] = [];
  for (const p of blocks as readonly DocParagraph[]) {
    const level = findLevel(p);
    const text = readClauseText(p);
    if (text === '') continue;
    const dash = readListItem(p, text);
    const section = sections.at(-1);
    const clause = section?.clauses.at(-1);
    const deepest = clause && findLastClause(clause, Number.POSITIVE_INFINITY);
    if (level === 0 || !section) {
      if (level !== 0)
        notes.push({ path: ['sections', sections.length], text: importText.textBeforeSection });
      sections.push({ title: text, clauses: [] });
    } else if (level === 1 || !clause) section.clauses.push({ text });
    else if (level >= 2) {
      // 1.1.1 under 1.1, 1.1.1.1 under the last 1.1.1, and so on down.
      const parent = findLastClause(clause, level - 2);
      parent.clauses = [...(parent.clauses ?? []), { text }];
    } else if (dash && !dash.numbered) deepest!.list = [...(deepest!.list ?? []), dash.text];
    else deepest!.text = `${deepest!.text}\n${text}`;
  }
  return {
    sections: sections.map((s, i) => {
      if (s.clauses.length === 0) notes.push({ path: ['sections', i], text: importText.sectionEmpty });
      return { title: s.title, clauses: s.clauses.length > 0 ? s.clauses.map(toClause) : [''] };
    }),
    notes,
  };
}

/** The clause's last sub-clause `depth` levels down, or as deep as there are. */
function findLastClause(clause: Clause, depth: number): Clause {
  let last = clause;
  for (let d = 0; d < depth && last.clauses?.length; d++) last = last.clauses.at(-1)!;
  return last;
}

function toClause(c: Clause): unknown {
  if (!c.clauses && !c.list) return c.text;
  return {
    text: c.text,
    ...(c.clauses && { clauses: c.clauses.map(toClause) }),
    ...(c.list && { list: c.list }),
  };
}
