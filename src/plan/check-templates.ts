import { resolve } from 'node:path';
import { text } from '../messages.js';
import { platform } from '../platform/index.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/** `settings.templates` must name an existing folder, a path from the plan file's folder (`baseDir`). */
export function checkTemplatesFolder(plan: Plan, baseDir: string, report: Report): void {
  const own = plan.settings?.templates;
  if (own === undefined) return;
  if (!isFolder(resolve(baseDir, own))) report(['settings', 'templates'], text.templatesFolderMissing(own));
}

export function isFolder(path: string): boolean {
  return platform.isFolder(path);
}
