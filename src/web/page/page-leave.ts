/**
 * Calls `leave` when the page may be gone before a timer fires: a reload, a closed tab (pagehide, beforeunload), or
 * the tab going out of sight (visibilitychange), after which a phone's browser may discard it unasked.
 */
export function onPageLeave(leave: () => void): void {
  addEventListener('pagehide', leave);
  addEventListener('beforeunload', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
}
