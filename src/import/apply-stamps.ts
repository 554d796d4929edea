import { importText } from '../messages.js';
import type { ImportState, PlanDoc } from './import-state.js';
import type { PlanPath } from './notes.js';
import { applyOrderStamps } from './order-stamps.js';
import { orgPattern, schoolAbbreviation, toOneLine } from './recognise/organization.js';
import type { ReadStamp } from './recognise/stamps.js';

/**
 * The stamps at the top of a document → `approval` / `agreement`; «УТВЕРЖДЕНА приказом …» and «Приложение N к
 * приказу …» by order-stamps.ts; the organization's short name they name.
 */
export function applyStamps(
  doc: PlanDoc,
  stamps: readonly ReadStamp[],
  state: ImportState,
  path: PlanPath,
  order: PlanDoc | undefined,
): PlanDoc {
  const out = applyOrderStamps(doc, stamps, state, path, order);
  for (const stamp of stamps) {
    const org = stamp.kind === 'byOrder' || stamp.kind === 'appendixMark' ? stamp.org : undefined;
    if (org && !state.organization.short_name) state.organization.short_name = org;
  }
  for (const stamp of stamps) {
    if (stamp.kind === 'appendixMark' || stamp.kind === 'byOrder') continue;
    if (stamp.kind === 'other') {
      if (!state.organization.name && orgPattern.test(stamp.text)) {
        state.organization.name = toOneLine(stamp.text);
        state.notes.push({ path: ['organization', 'name'], text: importText.organizationFromStamps });
      } else state.notes.push({ path, text: importText.stampTableText(stamp.text) });
      continue;
    }
    out[stamp.kind] = stripOrganization(stamp.value, state, [...path, stamp.kind]);
    splitPositionOrganization(stamp.value.by, state);
    state.notes.push(...stamp.notes.map((text) => ({ path: [...path, stamp.kind], text })));
  }
  return out;
}

const councilThenOrganization =
  /^(.*?(?:совета|собрания(?: работников| трудового коллектива)?|комиссии|конференции))\s+(.+)$/u;

/**
 * A council's stamp prints the organization after the council: «педагогического совета ГАПОУ «ЧПК»». A known
 * organization is cut off; an unknown one is read from there as the short name, with a note.
 */
function stripOrganization(
  value: Record<string, unknown>,
  state: ImportState,
  path: PlanPath,
): Record<string, unknown> {
  if (typeof value.council !== 'string') return value;
  const org = state.organization.short_name ?? state.organization.name;
  if (org) {
    const council = value.council.endsWith(` ${org}`)
      ? value.council.slice(0, -org.length - 1)
      : value.council;
    return { ...value, council };
  }
  const split = councilThenOrganization.exec(value.council);
  if (!split) return value;
  state.organization.short_name = split[2]!;
  state.notes.push({ path, text: importText.organizationFromCouncil(split[2]!) });
  return { ...value, council: split[1]! };
}

/**
 * A position, then the short name: an abbreviation with a quoted name («ГАПОУ «ЧПК»»), or an abbreviation of a kind
 * of school and what follows it («МБОУ Школа № 174 г.о. Самара»).
 */
const positionThenOrganization = new RegExp(
  `^(.+?)\\s+(\\p{Lu}{2,}[\\p{L}\\s-]*«[^»]+»|${schoolAbbreviation}\\s.+)$`,
  'u',
);

/**
 * «Директор ГАПОУ «ЧПК»» in a stamp: the position is «Директор» and «ГАПОУ «ЧПК»» the short name, which gramota
 * adds to the position in stamps again (and leaves out of signatures).
 */
function splitPositionOrganization(by: unknown, state: ImportState): void {
  const person = typeof by === 'string' ? state.book.get(by) : undefined;
  const split = person?.position ? positionThenOrganization.exec(person.position) : null;
  if (!split || (state.organization.short_name && state.organization.short_name !== split[2])) return;
  state.organization.short_name = split[2]!;
  state.book.addForms(by as string, { position: split[1]! });
}
