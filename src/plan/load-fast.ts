import { defineMappingTag, defineScalarTag, FAILSAFE_SCHEMA, load, NOT_RESOLVED } from 'js-yaml';
import { mayHaveGluedComment } from './glued-comments.js';
import type { LoadedYaml } from './load.js';
import { mayHaveAnchor } from './lost-anchors.js';
import { mayHaveTag } from './lost-tags.js';
import { mayHaveMergedItem } from './merged-items.js';

/** Plain scalars as loadYaml gives them (YAML 1.2 core, then scalars-as-typed.ts): see typePlain. */
const plainTag = defineScalarTag('tag:gramota,2026:plain', {
  implicit: true,
  resolve: (source, isExplicit) => (isExplicit ? NOT_RESOLVED : typePlain(source)),
  identify: () => false,
});

const coreNumber = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * `~`, `null` and an empty value are null; `true`/`false` in three spellings are booleans; a number whose text is its
 * own value (`5`, `2021`, `1.5`) is a number; anything else (`045`, `1.10`, `0x1F`, `yes`) stays text.
 */
function typePlain(source: string): unknown {
  if (/^(?:~|null|Null|NULL)?$/.test(source)) return null;
  if (/^(?:true|True|TRUE)$/.test(source)) return true;
  if (/^(?:false|False|FALSE)$/.test(source)) return false;
  return coreNumber.test(source) && String(Number(source)) === source ? Number(source) : NOT_RESOLVED;
}

/** Mappings as plain objects whose keys are text or numbers; any other key sends the plan to the full reader. */
const mapTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair: (map, key, value) => {
    if (typeof key !== 'string' && typeof key !== 'number') return 'a key that is not text';
    if (key === '__proto__') return 'a key the full reader handles';
    map[String(key)] = value;
    return '';
  },
  has: (map, key) => Object.hasOwn(map, String(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
  identify: () => false,
});

const schema = FAILSAFE_SCHEMA.withTags(plainTag, mapTag);

/** Shallower than loadYaml's limit (64), so that every file the full reader refuses as too deep comes to it. */
const maxDepth = 48;

/**
 * Stage 1 on the happy path: YAML text → the same plain data as loadYaml, without positions, a few times faster
 * (js-yaml). Whenever it is not sure to agree — a syntax error, a duplicate key, an alias, a tag, a directive such as
 * `%YAML 1.1`, a complex key, reordering characters, nesting near the limit — it gives up, and loadYaml reads the
 * file and reports. Positions are read only when a problem needs them: `doc` and `lines` of the result call
 * `withPositions`, which throws when the full reader finds a problem this one did not.
 */
export function loadYamlFast(
  typed: string,
  file: string,
  withPositions: () => Pick<LoadedYaml, 'doc' | 'lines'>,
): LoadedYaml | undefined {
  const source = typed.normalize('NFC').replace(/\r\n?/g, '\n');
  const unusual = /^%|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/m;
  if (
    unusual.test(source) ||
    mayHaveGluedComment(source) ||
    mayHaveMergedItem(source) ||
    mayHaveAnchor(source) ||
    mayHaveTag(source)
  )
    return undefined;
  let data: unknown;
  try {
    data = load(source, { schema, maxDepth, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return {
    file,
    data,
    get doc() {
      return withPositions().doc;
    },
    get lines() {
      return withPositions().lines;
    },
  };
}
