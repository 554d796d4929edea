import { parse } from 'yaml';

/**
 * What a plan no file named yet (one started from a sample) is called when the studio saves or zips it: the
 * organisation's short name and the project's title (or the first document's), as written. The worker turns it into
 * the package's folder name as the CLI names files (output/file-name.ts toSafeName: Latin letters, no spaces); the
 * page never transliterates itself. None when the plan names neither (or is not YAML yet).
 */
export function describePlan(text: string): string | undefined {
  let plan: unknown;
  try {
    plan = parse(text);
  } catch {
    return undefined;
  }
  const documents = readField(plan, 'documents');
  const words = [
    readField(readField(plan, 'organization'), 'short_name'),
    readField(readField(plan, 'project'), 'title') ??
      (Array.isArray(documents) ? readField(documents[0], 'title') : undefined),
  ].filter((w): w is string => typeof w === 'string' && w.trim() !== '');
  return words.length === 0 ? undefined : words.join(' ');
}

/** A plan's file name without its folder, ending in .yaml or .yml (an import may be named otherwise). */
export function toYamlName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, '') || 'plan.yaml';
  return /\.ya?ml$/i.test(name) ? name : `${name.replace(/\.[^.]*$/, '')}.yaml`;
}

function readField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
