import { toParagraphs } from '../../language/paragraphs.js';
import { typographText } from '../../language/typography.js';
import { type AcquaintanceView, resolveAcquaintance } from '../../resolve/acquaintance.js';
import type { ResolveContext } from '../../resolve/context.js';
import type { Regulation, RegulationClause } from './schema.js';

export type ClauseView = {
  readonly text: string;
  /** The clause's further paragraphs: its text written over several lines (`text: |`). */
  readonly more: readonly string[];
  readonly list: readonly string[] | null;
  readonly clauses: readonly ClauseView[] | null;
  /** It introduces a list or sub-clauses: its last paragraph keeps with what follows (never ends a page). */
  readonly introduces: boolean;
};

/** «ПОЛОЖЕНИЕ» / «о сетевом взаимодействии», sections and clauses (numbered by the template's outline list). */
export type RegulationView = {
  readonly title: string;
  readonly kindWord: string;
  readonly subject: string;
  readonly sections: readonly { readonly title: string; readonly clauses: readonly ClauseView[] }[];
  readonly acquaintance: AcquaintanceView | null;
};

export function toRegulationView(doc: Regulation, ctx: ResolveContext): RegulationView {
  const title = typographText(doc.title);
  const [, first = '', subject = ''] = /^(\S*)\s*([\s\S]*)$/.exec(title) ?? [];
  return {
    title,
    kindWord: first.toLocaleUpperCase('ru'),
    subject: subject.charAt(0).toLocaleLowerCase('ru') + subject.slice(1),
    sections: doc.sections.map((s) => ({
      title: typographText(s.title),
      clauses: s.clauses.map(toClauseView),
    })),
    acquaintance: doc.acquaintance ? resolveAcquaintance(doc.acquaintance, doc.title, ctx) : null,
  };
}

/** A clause of a regulation or an order's nested text, with typography. */
export function toClauseView(clause: RegulationClause): ClauseView {
  const [text = '', ...more] = toParagraphs(typeof clause === 'string' ? clause : clause.text);
  if (typeof clause === 'string') return { text, more, list: null, clauses: null, introduces: false };
  return {
    text,
    more,
    list: clause.list ? clause.list.map(typographText) : null,
    clauses: clause.clauses ? clause.clauses.map(toClauseView) : null,
    introduces: clause.list !== undefined || clause.clauses !== undefined,
  };
}
