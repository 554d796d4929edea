import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { expect } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import type { DocumentModel } from '../../src/model/schema.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan } from '../../src/plan/schema/plan.js';
import { toModelText } from './_model-text.js';

/**
 * A cell of a generated table: its text (a list: one paragraph each), a merge down (`restart` opens it, `continue`
 * extends it), a span across.
 */
export type CellSpec =
  | string
  | readonly string[]
  | { readonly text: string; readonly merge?: 'restart' | 'continue'; readonly span?: number };

function readCellSpec(spec: CellSpec): {
  texts: readonly string[];
  merge?: 'restart' | 'continue' | undefined;
  span?: number | undefined;
} {
  if (typeof spec === 'string') return { texts: [spec] };
  if ('text' in spec) return { ...spec, texts: [spec.text] };
  return { texts: spec };
}

/** A paragraph as Word types it: «\t» a tab, «\n» a manual line break (Shift+Enter). */
export function writeParagraph(text: string): Paragraph {
  return new Paragraph({ children: writeRuns(text) });
}

/** The runs of a paragraph's text: «\t» a tab, «\n» a manual line break. */
function writeRuns(text: string): TextRun[] {
  return text.split('\n').flatMap((line, i) =>
    line.split('\t').map(
      (part, j) =>
        new TextRun({
          children: j > 0 ? ['\t', part] : [part],
          ...(i > 0 && j === 0 && { break: 1 }),
        }),
    ),
  );
}

/** A document's title as Word users set it: centred and bold; «\n» a manual line break. */
export function writeTitleParagraph(text: string): Paragraph {
  const children = text
    .split('\n')
    .map((line, i) => new TextRun({ text: line, bold: true, ...(i > 0 && { break: 1 }) }));
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

/** A paragraph that starts a new page (Word's «С новой страницы», as a page break before it). */
export function writeNewPageParagraph(text: string): Paragraph {
  return new Paragraph({ children: writeRuns(text), pageBreakBefore: true });
}

/**
 * A paragraph in a Word list: `clauses` numbers «1.», «1.1.», «1.1.1.» by level, `paren` numbers «1)».
 */
export function writeListParagraph(text: string, list: 'clauses' | 'paren', level = 0): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], numbering: { reference: list, level } });
}

const decimalLevel = (level: number, text: string) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
});

/** The Word lists writeListParagraph refers to. */
const numbering = {
  config: [
    {
      reference: 'clauses',
      levels: [decimalLevel(0, '%1.'), decimalLevel(1, '%1.%2.'), decimalLevel(2, '%1.%2.%3.')],
    },
    { reference: 'paren', levels: [decimalLevel(0, '%1)')] },
  ],
};

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** A table of text cells, drawn with lines or (a signature, a stamp) without them. */
export function writeTable(rows: readonly (readonly CellSpec[])[], borderless = false): Table {
  return new Table({
    ...(borderless && { borders: noBorders }),
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map((spec) => {
            const { texts, merge, span } = readCellSpec(spec);
            return new TableCell({
              children: texts.map((t) => writeParagraph(t)),
              ...(span && { columnSpan: span }),
              ...(merge && {
                verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
              }),
              ...(borderless && { borders: { top: none, bottom: none, left: none, right: none } }),
            });
          }),
        }),
    ),
  });
}

/** A DOCX of these blocks, made in memory: nothing is written to disk. */
export async function writeDocx(children: readonly FileChild[]): Promise<Uint8Array> {
  const doc = new Document({ numbering, sections: [{ children: [...children] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Imports a generated DOCX and builds the plan it gives (appendices in their order): the plan, its YAML and the
 * first built document as lines of text.
 */
export async function importGenerated(
  children: readonly FileChild[],
): Promise<{ plan: Plan; yaml: string; text: string[]; model: DocumentModel }> {
  const { yaml, problems } = importDocx(await writeDocx(children), 'generated.docx');
  expect(problems).toEqual([]);
  const plan = parsePlan(yaml, 'imported.yaml');
  const [built] = assemblePackage(plan, buildModels(plan, { createdAt: new Date('2024-09-01T00:00:00Z') }));
  return { plan, yaml, text: toModelText(built!.model), model: built!.model };
}

/** A roadmap table of one activity dated `date` (dd.mm.yyyy): what makes a section of a generated file a roadmap. */
export function writeSmallRoadmap(date: string): Table {
  return writeTable([
    ['№ п/п', 'Мероприятие', 'Сроки'],
    ['1.', 'Создание рабочей группы', date],
  ]);
}
