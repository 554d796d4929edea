import type { Plan } from '../plan/schema/plan.js';

/** How a document heads itself with the organization: `show_organization` of an order or a roadmap. */
export type OrganizationShow = 'full' | 'short' | 'both';

/**
 * The organization's name as a document's head prints it, lines parted by «\n»: the full name, the short one, or
 * the full name with the short one in brackets on a line of its own under it («(ГБПОУ «ТПК»)», GOST R 7.0.97).
 * Without `short_name` the full name stands alone (the plan's check says so).
 */
export function toOrganizationHead(org: Plan['organization'], show: OrganizationShow): string {
  if (show === 'full' || org.short_name === undefined) return org.name;
  return show === 'short' ? org.short_name : `${org.name}\n(${org.short_name})`;
}
