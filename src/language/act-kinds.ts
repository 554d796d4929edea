/**
 * The kinds of act a document may be approved by or appended to, as stamps and marks cite them: «УТВЕРЖДЕНО
 * распоряжением …» (instrumental), «Приложение 2 к распоряжению …» (dative). An order of the plan is a «приказ»; an
 * act listed in `orders:` says its kind (`kind: распоряжение`).
 */
export const actKinds = ['приказ', 'распоряжение', 'постановление', 'решение', 'указ'] as const;

export type ActKind = (typeof actKinds)[number];

/** The forms of each kind a citation needs. */
const forms: Readonly<Record<ActKind, { readonly instrumental: string; readonly dative: string }>> = {
  приказ: { instrumental: 'приказом', dative: 'приказу' },
  распоряжение: { instrumental: 'распоряжением', dative: 'распоряжению' },
  постановление: { instrumental: 'постановлением', dative: 'постановлению' },
  решение: { instrumental: 'решением', dative: 'решению' },
  указ: { instrumental: 'указом', dative: 'указу' },
};

/** «приказ» → «приказом», «распоряжение» → «распоряжением»: the act that approves, in a stamp. */
export function toActInstrumental(kind: ActKind): string {
  return forms[kind].instrumental;
}

/** «приказ» → «приказу», «распоряжение» → «распоряжению»: the act a document is appended to, in a mark. */
export function toActDative(kind: ActKind): string {
  return forms[kind].dative;
}

/** «Приложение 1 к заявке …»: a РИП application, which a mark cites with no date or number. */
export const applicationDative = 'заявке';

/**
 * The kind of act a word of a stamp or a mark names, in either form: «распоряжением», «к распоряжению» →
 * «распоряжение»; undefined for any other word.
 */
export function readActKind(word: string): ActKind | undefined {
  const lower = word.toLowerCase();
  return actKinds.find((kind) => forms[kind].instrumental === lower || forms[kind].dative === lower);
}

/** The forms a stamp or a mark cites an act in, for a pattern: «приказом|распоряжением|…». */
export const actFormsPattern = (form: 'instrumental' | 'dative') =>
  actKinds.map((kind) => forms[kind][form]).join('|');
