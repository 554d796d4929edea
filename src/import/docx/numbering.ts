import { childElement, childElements, childValue, type XmlElement } from './xml-tree.js';

/** One level of a Word list definition (w:abstractNum/w:lvl). */
type Level = {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly legal: boolean;
  /** The paragraph style this level belongs to (w:pStyle: «Heading2» paragraphs are level 2 of the list). */
  readonly style: string | undefined;
};
/** A list instance (w:num): its definition and the levels whose start it overrides. */
type NumInstance = { readonly abstractId: string; readonly starts: ReadonlyMap<number, number> };

export type NumberingDefinitions = {
  readonly abstracts: ReadonlyMap<string, readonly Level[]>;
  readonly nums: ReadonlyMap<string, NumInstance>;
};

/** A numbered paragraph's marker as Word shows it: «1.2.», «а)», «–»; `list` names the list it counts in. */
export type ListMarker = {
  readonly label: string;
  readonly level: number;
  readonly bullet: boolean;
  readonly list: string;
};

const toInt = (value: string | undefined, fallback: number) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isNaN(n) ? fallback : n;
};

/** Reads numbering.xml: list definitions and instances with their start overrides. */
export function readNumbering(root: XmlElement | undefined): NumberingDefinitions {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, NumInstance>();
  for (const a of root ? childElements(root, 'w:abstractNum') : []) {
    const levels: Level[] = [];
    for (const lvl of childElements(a, 'w:lvl')) {
      levels[toInt(lvl.attrs['w:ilvl'], 0)] = {
        start: toInt(childValue(lvl, 'w:start'), 1),
        format: childValue(lvl, 'w:numFmt') ?? 'decimal',
        text: childValue(lvl, 'w:lvlText') ?? '',
        legal: childElement(lvl, 'w:isLgl') !== undefined,
        style: childValue(lvl, 'w:pStyle'),
      };
    }
    abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
  }
  for (const n of root ? childElements(root, 'w:num') : []) {
    const starts = new Map<number, number>();
    for (const o of childElements(n, 'w:lvlOverride')) {
      const start = childValue(o, 'w:startOverride');
      if (start !== undefined) starts.set(toInt(o.attrs['w:ilvl'], 0), toInt(start, 1));
    }
    nums.set(n.attrs['w:numId'] ?? '', { abstractId: childValue(n, 'w:abstractNumId') ?? '', starts });
  }
  return { abstracts, nums };
}

/** The level of a list whose definition ties that level to a paragraph style (numbered headings). */
export function findStyleLevel(
  defs: NumberingDefinitions,
  numId: string,
  styleId: string | undefined,
): number | undefined {
  const num = defs.nums.get(numId);
  const levels = num ? (defs.abstracts.get(num.abstractId) ?? []) : [];
  const level = styleId === undefined ? -1 : levels.findIndex((l) => l?.style === styleId);
  return level >= 0 ? level : undefined;
}

const russian = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** A counter in a level's number format: 3 → «3», «c», «iii», «в». */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
    case 'upperLetter': {
      const s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? s.toUpperCase() : s;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const s = toRoman(n);
      return format === 'upperRoman' ? s : s.toLowerCase();
    }
    case 'russianLower':
    case 'russianUpper': {
      const s = (russian[(n - 1) % russian.length] ?? '').repeat(Math.floor((n - 1) / russian.length) + 1);
      return format === 'russianUpper' ? s.toUpperCase() : s;
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  return table
    .map(([value, letters]) => {
      const times = Math.floor(rest / value);
      rest -= times * value;
      return letters.repeat(times);
    })
    .join('');
}

/**
 * Word's counters over a document, paragraph by paragraph: each list counts on from its previous paragraph, a
 * level restarts the levels below it, `start` and `startOverride` set where counting begins. Instances of one
 * definition without overrides count together, as in Word. Returns a function to call in document order.
 */
export function createCounter(
  defs: NumberingDefinitions,
): (numId: string, level: number) => ListMarker | undefined {
  const counters = new Map<string, (number | undefined)[]>();
  return (numId, level) => {
    const num = defs.nums.get(numId);
    const levels = num ? defs.abstracts.get(num.abstractId) : undefined;
    const own = levels?.[level];
    if (!num || !levels || !own) return undefined;
    const list = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    const counts = counters.get(list) ?? [];
    const startOf = (l: number) => num.starts.get(l) ?? levels[l]?.start ?? 1;
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level]! + 1;
    counts.fill(undefined, level + 1);
    counters.set(list, counts);
    if (own.format === 'bullet') return { label: own.text, level, bullet: true, list };
    const label = own.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const format = own.legal ? 'decimal' : (levels[l]?.format ?? 'decimal');
      return formatCounter(counts[l] ?? startOf(l), format);
    });
    return { label, level, bullet: false, list };
  };
}
