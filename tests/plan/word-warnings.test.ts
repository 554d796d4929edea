import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../_fixtures/run-captured.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('word-warnings');

/** 40 Latin letters: no hyphenation point, no break mark (those start above 40), so it cannot break but between letters. */
const longWord = 'informationresourcesofinnovationprojects';

/** A document table whose first column is a tenth of the page: the long word is on line 18, from column 16. */
const plan = `organization:
  name: МБОУ «Школа № 1»
  short_name: МБОУ «Школа № 1»
project:
  title: Проект
  period: { from: 2026-09, to: 2027-06 }
documents:
  - type: roadmap
    title: Дорожная карта
    items: [{ activity: Создание рабочей группы }]
  - type: document
    title: План ресурсов
    body:
      - table:
          columns: [Ресурс, Описание]
          widths: [1, 9]
          rows:
            - [${longWord}, Раздел сайта школы]
            - [Сайт, "Страница проекта: ${longWord}"]
`;

const warning =
  `plan.yaml:18:16: предупреждение: слово «${longWord}» не помещается в столбец «Ресурс» ` +
  '(ему нужно 63 мм, а столбец шириной 17 мм) и будет разорвано между буквами. Сократите слово или разделите его ' +
  'пробелом или дефисом, уберите лишние столбцы из columns или, в таблице документа, дайте этому столбцу ' +
  'большую долю в widths\n';

describe('a word wider than its column (plan/word-warnings.ts)', () => {
  it('gramota check warns with the word, the column and the line:col of the word, and exits 0', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), plan);
    const { code, out, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    expect(out).toBe('plan.yaml: ошибок нет, документов — 2\n');
    // Once per column: the same word in the wide column fits there and is not reported.
    expect(err).toBe(warning);
  });

  it('gramota build shows the same warning and still writes both files', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), plan);
    const { code, err } = await runCaptured(cwd, ['build', 'plan.yaml', '--format', 'docx'], {
      SOURCE_DATE_EPOCH: '1601510400',
    });
    expect(code).toBe(0);
    expect(err).toBe(warning);
    expect(readdirSync(join(cwd, 'output', 'plan')).filter((f) => f.endsWith('.docx'))).toHaveLength(2);
  });

  it('points at the value of the roadmap item that holds the word, in a table too wide for every word whole', async () => {
    const cwd = fresh();
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const roadmap = `organization: { name: МБОУ «Школа № 1», short_name: МБОУ «Школа № 1» }
documents:
  - type: roadmap
    title: Дорожная карта
    columns: [number, ${keys.map((k) => `{ key: ${k}, title: Столбец ${k} }`).join(', ')}]
    items:
      - activity: Создание рабочей группы
${keys.map((k) => `        ${k}: ${longWord}`).join('\n')}
`;
    writeFileSync(join(cwd, 'plan.yaml'), roadmap);
    const { code, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    const lines = err.trimEnd().split('\n');
    // One warning per column, each at its own value: lines 8 to 15, after «key: ».
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(
      new RegExp(
        `^plan\\.yaml:8:12: предупреждение: слово «${longWord}» не помещается в столбец «Столбец a»`,
      ),
    );
    expect(lines[7]).toMatch(/^plan\.yaml:15:12: предупреждение: .* в столбец «Столбец h»/);
  });

  it('warns of a word the markup must break between letters, wherever it stands, but not of a link', async () => {
    const cwd = fresh();
    const glued = 'ГБУДПОСамарскийобластнойинститутповышенияквалификации';
    const link = 'https://disk.yandex.ru/d/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const source = plan
      .replaceAll(longWord, 'Сайт')
      .replace('items: [{ activity: Создание рабочей группы }]', `items: [{ activity: Курсы ${glued} }]`)
      .replace('Раздел сайта школы', link);
    writeFileSync(join(cwd, 'plan.yaml'), source);
    const { code, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    expect(err).toBe(
      `plan.yaml:10:31: предупреждение: в слове «${glued}» 53 знака подряд без пробела и дефиса — в документе его ` +
        'может разорвать между буквами, без знака переноса. Если здесь пропущен пробел, вставьте его\n',
    );
  });

  it('names a column of an order’s «С приказом ознакомлены», a table without a head, as the reader knows it', async () => {
    const cwd = fresh();
    const order = `organization: { name: МБОУ «Школа № 1», short_name: МБОУ «Школа № 1», head: head }
people:
  head: { name: Смирнова Елена Петровна, position: Директор }
  coordinator: { name: Константинопольскаяфонвестфален Ольга Николаевна, position: Заместитель директора }
documents:
  - type: order
    number: 1-од
    date: 2026-09-01
    title: О проекте
    clauses: [Начать проект]
    control: self
    acquainted: [coordinator]
`;
    writeFileSync(join(cwd, 'plan.yaml'), order);
    const { code, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    expect(err).toMatch(
      /^plan\.yaml:4:24: предупреждение: слово «О\.Н\.\u00A0Константинопольскаяфонвестфален» \(из имени coordinator в people\) не помещается в столбец «Фамилия, инициалы» \(/,
    );
  });

  it('points at the name in people of a person printed in the roadmap’s «Ответственный», and says whose it is', async () => {
    const cwd = fresh();
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const roadmap = `organization: { name: МБОУ «Школа № 1», short_name: МБОУ «Школа № 1» }
people:
  coordinator: { name: Константинопольскаяфонвестфален Ольга Николаевна, position: Заместитель директора }
documents:
  - type: roadmap
    title: Дорожная карта
    columns: [number, responsible, ${keys.map((k) => `{ key: ${k}, title: Столбец ${k} }`).join(', ')}]
    items:
      - activity: Создание рабочей группы
        responsible: coordinator
${keys.map((k) => `        ${k}: ${longWord}`).join('\n')}
`;
    writeFileSync(join(cwd, 'plan.yaml'), roadmap);
    const { code, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    const lines = err.trimEnd().split('\n');
    // The surname where it is written (line 3, after «name: »), not the roadmap (line 5); the other eight at their values.
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(
      /^plan\.yaml:3:24: предупреждение: слово «Константинопольскаяфонвестфален\u00A0О\.Н\.» \(из имени coordinator в people\) не помещается в столбец «Ответственный» \(/,
    );
    expect(lines[1]).toMatch(
      /^plan\.yaml:11:12: предупреждение: слово «informationresourcesofinnovationprojects» не/,
    );
  });

  it('says nothing when every word fits its column', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), plan.replaceAll(longWord, 'информационные ресурсы'));
    const { code, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});
