import { studioText as t } from '../../messages.js';
import { element } from './layout.js';

/**
 * The document tabs in one row, whatever the width: tabs that do not fit are scrolled to. At an end with more tabs
 * beyond it an arrow stands over a fading edge; a click on it, or the mouse wheel over the row, scrolls the tabs.
 */
export function createTabStrip(tabs: HTMLElement): HTMLElement {
  const back = element('button', {
    type: 'button',
    class: 'tabs-scroll back',
    title: t.tabsBack,
    tabindex: '-1',
  });
  back.textContent = '‹';
  const on = element('button', { type: 'button', class: 'tabs-scroll on', title: t.tabsOn, tabindex: '-1' });
  on.textContent = '›';
  back.setAttribute('aria-label', t.tabsBack);
  on.setAttribute('aria-label', t.tabsOn);
  const strip = element('div', { class: 'tab-strip', 'data-testid': 'tab-strip' });
  strip.append(tabs, back, on);
  const showArrows = () => {
    back.hidden = tabs.scrollLeft <= 1;
    on.hidden = tabs.scrollLeft + tabs.clientWidth >= tabs.scrollWidth - 1;
  };
  const scrollBy = (sign: number) =>
    tabs.scrollBy({ left: sign * Math.max(tabs.clientWidth * 0.7, 80), behavior: 'smooth' });
  back.addEventListener('click', () => scrollBy(-1));
  on.addEventListener('click', () => scrollBy(1));
  tabs.addEventListener('scroll', showArrows, { passive: true });
  // A mouse wheel turns vertically: over the row of tabs it scrolls them sideways.
  tabs.addEventListener(
    'wheel',
    (event) => {
      if (event.deltaX !== 0 || tabs.scrollWidth <= tabs.clientWidth) return;
      event.preventDefault();
      tabs.scrollLeft += event.deltaY;
    },
    { passive: false },
  );
  // A narrower window keeps the selected tab in sight.
  new ResizeObserver(() => {
    revealSelectedTab(tabs);
    showArrows();
  }).observe(tabs);
  new MutationObserver(showArrows).observe(tabs, { childList: true });
  showArrows();
  return strip;
}

/** Scrolls the row of tabs so that the selected one is seen whole, clear of the arrows at its ends. */
export function revealSelectedTab(tabs: HTMLElement): void {
  const selected = tabs.querySelector<HTMLElement>('[aria-selected="true"]');
  if (!selected) return;
  const clear = 36; // the width of an arrow (studio.css) and a little more
  const left = selected.offsetLeft; // the row is the tabs' offset parent (studio.css)
  const right = left + selected.offsetWidth;
  if (left - clear < tabs.scrollLeft) tabs.scrollLeft = Math.max(0, left - clear);
  else if (right + clear > tabs.scrollLeft + tabs.clientWidth)
    tabs.scrollLeft = right + clear - tabs.clientWidth;
}
