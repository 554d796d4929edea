import { text } from '../messages.js';
import type { Path } from './list-items.js';
import type { Plan } from './schema/plan.js';
import { planSchema } from './schema/plan.js';
import { collectSchemaKeys } from './schema-keys.js';
import { forEachTypedText } from './typed-texts.js';
import type { Report } from './validate.js';

let keyStart: RegExp | undefined;

/**
 * A text that starts with a key of the plan and a space, or a colon with no space: the colon after the key, or the
 * space after it, was left out. `- text Организовать работу …` is one string to YAML, and the order would print
 * «1. text Организовать работу …»; `- approve polozhenie` «4. approve polozhenie.». The keys are the schema's own,
 * lower case and case-sensitive: a Russian text never starts with them, an English title starts with a capital.
 */
export function checkKeyWithoutColon(plan: Plan, report: Report): void {
  keyStart ??= toKeyStart(collectSchemaKeys(planSchema));
  const pattern = keyStart;
  forEachTypedText(plan.documents, (value, at) => {
    const found = pattern.exec(value.trimStart());
    if (!found) return;
    const say = found[2] === ':' ? text.keyWithoutSpace : text.keyWithoutColon;
    report([...at], say(found[1]!, toFixed(found, at)));
  });
}

/** `^(text|approve|…)` and a space and more, or a colon and no space. The longest keys first. */
function toKeyStart(keys: ReadonlySet<string>): RegExp {
  const names = [...keys].filter((key) => /^[a-z][a-z_]*$/.test(key)).sort((a, b) => b.length - a.length);
  return new RegExp(`^(${names.join('|')})( +|:(?=\\S))(\\S.*)$`, 's');
}

/** The item as it should be written: «- text: Организовать работу …», with the first words of the text. */
function toFixed([, key, , rest]: RegExpExecArray, at: Path): string {
  const words = rest!.split(/\s+/);
  const start = words.slice(0, 2).join(' ') + (words.length > 2 ? ' …' : '');
  const dash = typeof at[at.length - 1] === 'number' ? '- ' : '';
  return `${dash}${key}: ${start}`;
}
