/**
 * The plans «Новый план» starts from, made from the example plans of data/ by scripts/build-web.mjs
 * (assets/starters/<id>.yaml): a roadmap; an order with its roadmap; a project's package of documents (orders, roadmap,
 * working group, regulation); a project's passport; a project's programme with its contents.
 */
export const starterIds = ['roadmap', 'order-roadmap', 'package', 'passport', 'programme'] as const;
export type StarterId = (typeof starterIds)[number];

export async function fetchStarter(id: StarterId): Promise<string> {
  const response = await fetch(`assets/starters/${id}.yaml`);
  if (!response.ok) throw new Error(`assets/starters/${id}.yaml: ${response.status}`);
  return response.text();
}
