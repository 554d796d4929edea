/**
 * The document tab chosen in each plan, by the plan file's whole path (two plan.yaml in two folders are two plans) or
 * its draft's id: a reload selects it again.
 */
const memoryKey = 'gramota.studio.tabs';
/** The plans remembered at most: the newest choices stay. */
const plansKept = 50;

/** The tab last chosen in this plan, if any. */
export function recallTab(plan: string): string | undefined {
  return readMemory()[plan];
}

/** Remembers the tab chosen in this plan. */
export function rememberTab(plan: string, tab: string): void {
  const memory = readMemory();
  delete memory[plan];
  memory[plan] = tab;
  const kept = Object.entries(memory).slice(-plansKept);
  try {
    localStorage.setItem(memoryKey, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // No localStorage (or full): a reload selects the first tab.
  }
}

function readMemory(): Record<string, string> {
  try {
    const read = JSON.parse(localStorage.getItem(memoryKey) ?? '{}') as unknown;
    return typeof read === 'object' && read !== null ? (read as Record<string, string>) : {};
  } catch {
    return {};
  }
}
