import { buildBlocks, type MarkupWriter } from '../markup/build-blocks.js';
import type { Block } from '../model/schema.js';
import { platform } from '../platform/index.js';
import { writeRoadmapTable } from './native/roadmap-table.js';

/**
 * Built-in partials that also exist as code writing the same elements (template/native/): a big roadmap table's
 * markup is megabytes that Handlebars writes and saxes reads back, the two a seventh of a 1,000-row DOCX
 * (docs/speed.md, «Пятнадцатый шаг»). The code stands in for a partial only while every partial it follows is the
 * built-in file with the text the code was written from (its SHA-1 here): a user's own roadmap-table.hbs or
 * cell-value.hbs (settings.templates), or a built-in one edited in place, runs as written. A change to the
 * templates fails tests/template/native-partials.test.ts until the code and the hash follow it.
 */
type NativePartial = {
  /** The partials whose text the code follows (the partial itself and those it calls), with their texts' SHA-1. */
  readonly follows: Readonly<Record<string, string>>;
  readonly write: (context: unknown, out: MarkupWriter) => void;
};

export const nativePartials: Readonly<Record<string, NativePartial>> = {
  'roadmap-table': {
    follows: {
      'roadmap-table': '25b2090c89c4d304984cd9b65088fa69e4af6da5',
      'cell-value': '3d400726595b2560cf634b3b91ecfb5e5f4d267c',
    },
    write: writeRoadmapTable,
  },
};

/** Whether the code still follows the partials: `builtInText` gives a partial's text, none for a user's own. */
export function followsTemplates(
  native: NativePartial,
  builtInText: (name: string) => string | undefined,
): boolean {
  return Object.entries(native.follows).every(([name, sha1]) => {
    const source = builtInText(name);
    return source !== undefined && platform.digest('sha1', source) === sha1;
  });
}

/** Where a render keeps the blocks its native partials built, for parseMarkup (Handlebars' `@data`). */
export type PrebuiltData = { readonly prebuilt?: Block[] };

type PartialFn = (context: unknown, options?: { data?: PrebuiltData }) => string;

/**
 * The partial as Handlebars calls it: the blocks built natively and kept in the render's data, `<prebuilt ref/>`
 * standing in the markup for them; the template itself when the render keeps no blocks (a render for its text
 * alone, or traced) or the code does not write this context.
 */
export function toNativePartial(native: NativePartial, template: PartialFn): PartialFn {
  return (context, options) => {
    const prebuilt = options?.data?.prebuilt;
    const blocks = prebuilt && buildBlocks((out) => native.write(context, out));
    if (!prebuilt || !blocks) return template(context, options);
    return blocks.map((block) => `<prebuilt ref="${prebuilt.push(block) - 1}"/>`).join('');
  };
}
