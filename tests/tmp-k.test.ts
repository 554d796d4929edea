import { it } from 'vitest';
import { generate } from '../src/generate.js';
import { readPdf } from './render/pdf/fixtures.js';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `          - Пункт ${i + 1}.`).join('\n');
const regulation = (n: number) => `organization: { name: Школа № 1, head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
documents:
  - type: regulation
    title: Положение о наставничестве
    sections:
      - title: Общие положения
        clauses:
${filler(n)}
      - title: Цели и задачи наставничества
        clauses:
          - text: "Задачи наставничества:"
            list: [адаптация молодых специалистов;, развитие педагогов.]
`;
it('x', async () => {
  for (let n = 24; n <= 52; n++) {
    const [file] = await generate(regulation(n), { formats: ['pdf'], createdAt: new Date(0) });
    const { texts } = await readPdf(file!.pdf!);
    const ends = texts.map((p) => p.trim().split('\n').slice(-2).join(' / '));
    const starts = texts.map((p) => p.trim().split('\n').slice(0, 2).join(' / '));
    if (ends.some((e) => /Цели|Задачи/.test(e))) console.log(n, ends, starts);
  }
}, 120000);
