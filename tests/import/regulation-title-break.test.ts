import { describe, expect, it } from 'vitest';
import { importGenerated, writeParagraph, writeTitleParagraph } from './_generated-docx.js';

describe('import of a regulation whose title is one paragraph with a line break', () => {
  it('reads «ПОЛОЖЕНИЕ⏎о школьной службе медиации» as the title, though «школ» looks like an organization', async () => {
    const { plan, text } = await importGenerated([
      writeTitleParagraph('ПОЛОЖЕНИЕ\nо школьной службе медиации'),
      writeTitleParagraph('1. Общие положения'),
      writeParagraph('1.1. Служба медиации является объединением обучающихся и педагогов.'),
      writeTitleParagraph('2. Цели и задачи службы'),
      writeParagraph('2.1. Цель службы – содействие профилактике правонарушений.'),
    ]);
    expect(plan.documents[0]).toMatchObject({
      type: 'regulation',
      title: 'Положение о школьной службе медиации',
      sections: [
        {
          title: 'Общие положения',
          clauses: ['Служба медиации является объединением обучающихся и педагогов.'],
        },
        { title: 'Цели и задачи службы', clauses: ['Цель службы – содействие профилактике правонарушений.'] },
      ],
    });
    expect(text[0]).toBe('ПОЛОЖЕНИЕ о школьной службе медиации');
  });
});
