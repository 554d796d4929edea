import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';

const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );

/** An order of `date` (line 8) approving a roadmap whose body is `body`. */
const pack = (date: string, body: string) => `organization: { name: МБОУ «СОШ № 14», head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
documents:
  - type: order
    id: order
    number: 112-од
    date: ${date}
    title: Об утверждении дорожной карты
    clauses: [{ approve: roadmap }]
    appendices: [roadmap]
  - type: roadmap
    id: roadmap
    title: Дорожная карта программы наставничества
${body}`;

const stages = `    stages:
      - title: Подготовительный
        term: { from: 2026-09, to: 2026-10 }
        items:
          - { activity: Формирование базы наставников, term: 2026-09 }
      - title: Основной
        term: { from: 2026-11, to: 2027-05 }
        items:
          - { activity: Работа наставнических пар, term: { from: 2026-11, to: 2027-05 } }
`;
const items = (first: string) => `    items:
      - { activity: Формирование базы наставников и наставляемых, term: ${first} }
      - { activity: Информирование родителей, term: 2026-09 }
`;

describe('a roadmap that starts before the order approving it', () => {
  it('warns at the order’s date, naming the first stage and its term', () => {
    expect(warningsOf(pack('2026-10-15', stages))).toEqual([
      '8:11: предупреждение: приказ датирован 15.10.2026 и утверждает «roadmap», а её первый этап «Подготовительный» (сентябрь – октябрь 2026 г.) начинается раньше приказа: дорожную карту утверждают до того, как по ней начинают работать, — проверьте дату приказа или сроки',
    ]);
  });

  it('names the first event of a roadmap without stages', () => {
    expect(warningsOf(pack('2026-10-15', items('2026-10-01')))).toEqual([
      '8:11: предупреждение: приказ датирован 15.10.2026 и утверждает «roadmap», а её первое мероприятие «Формирование базы наставников и наставляемых» (01.10.2026) начинается раньше приказа: дорожную карту утверждают до того, как по ней начинают работать, — проверьте дату приказа или сроки',
    ]);
  });

  it('takes a first term of the order’s month, a first «до …», and later events done on the way', () => {
    expect(warningsOf(pack('2026-09-05', stages))).toEqual([]);
    expect(warningsOf(pack('2026-10-15', items('2026-10')))).toEqual([]);
    expect(warningsOf(pack('2026-10-15', items('{ until: 2026-10-01 }')))).toEqual([]);
  });
});
