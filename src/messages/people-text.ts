import { quote } from './words.js';

/** Who prints a typed text: every organisation, or those a document's `only_for` names. */
const printedBy = (onlyFor: readonly string[] | undefined) =>
  onlyFor === undefined
    ? 'текст печатается одинаково у всех организаций'
    : `текст печатается одинаково у всех организаций, которым дан документ (only_for: [${onlyFor.join(', ')}])`;

/** How to keep a document from an organisation: give it to the base alone, or take the organisation from it. */
const leaveOutAdvice = (
  folder: string,
  place: { id: string; own: string; onlyFor: readonly string[] | undefined },
  example = '',
) =>
  place.onlyFor === undefined
    ? `если весь документ — только базовой организации${example}, дайте ему only_for: [${place.own}] или оставьте его без этой организации: leave_out: [${place.id}] в её variants`
    : `если документ не для этой организации, уберите ${quote(folder)} из его only_for`;

/** What gramota says about a text that almost names a person of `people`, or names one where it should not. */
export const peopleText = {
  unknownPersonToAdd: (key: string, entry: string, hint: string | undefined) =>
    `нет человека с ключом ${quote(key)} в people. Если это новый человек, добавьте его в people, вписав его имя и должность: ${entry}` +
    (hint === undefined
      ? ''
      : `; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду ${quote(hint)}`),
  unknownPersonNameToAdd: (name: string, entry: string, hint: string | undefined) =>
    `нет человека ${quote(name)} в people. Если это новый человек, добавьте его в people, вписав его должность: ${entry}` +
    (hint === undefined
      ? ''
      : `; если он там уже есть, имя пишется так же, как в people, или ключом: возможно, имелось в виду ${quote(hint)}`),
  personOfSomeOrganizations: (
    key: string,
    name: string,
    having: readonly string[],
    lacking: readonly string[],
  ) =>
    `${quote(key)} (${name}) есть только в people ${having.length > 1 ? 'организаций' : 'организации'} ${having.map(quote).join(', ')}, а документ печатается и у ${lacking.length > 1 ? 'организаций' : 'организации'} ${lacking.map(quote).join(', ')}, где такого человека нет. Если это касается только ${having.map(quote).join(', ')}, вынесите эту запись в документ с only_for: [${having.join(', ')}]; если человек работает во всех организациях, задайте его в people плана или в people каждой из них — своего`,
  newPersonName: 'Фамилия Имя Отчество',
  nameOrder: (name: string, printed: string, fixed: string | undefined) =>
    `в имени ${quote(name)} отчество стоит вторым словом, а имя читается как «Фамилия Имя Отчество»: в подписях ` +
    `напечаталось бы ${quote(printed)}. Напишите его в порядке «Фамилия Имя Отчество»` +
    (fixed === undefined ? '' : `: ${quote(fixed)}`),
  newPersonPosition: 'Должность',
  personNameWithoutDot: (value: string, person: string) =>
    `в имени ${quote(value)} нет точки после последнего инициала: оно напечаталось бы как есть, а не как имя человека из people; возможно, имелось в виду ${person}`,
  personSurnameNear: (value: string, people: readonly string[]) =>
    `${quote(value)} напечаталось бы как есть: такой фамилии в people нет, а похожая есть; возможно, имелось в виду ${people.join(' или ')}`,
  personNameInClause: (name: string, key: string) =>
    `имя ${quote(name)} уже есть в тексте пункта, а person: ${key} поставит после текста должность и имя ещё раз — имя напечаталось бы дважды; уберите его из текста (и должность, если она там есть): их подставит person`,
  baseEmployeeInVariant: (folder: string, key: string, name: string, organization: string) =>
    `предупреждение: документы организации ${quote(folder)} называют ${key} (${name}) — сотрудника ${organization}, взятого из people плана: своего человека с ключом ${key} у этой организации нет. Задайте его в people этой организации`,
  baseEmployeeAcquainted: (
    folder: string,
    order: string,
    named: readonly string[],
    organization: string,
    kept: readonly string[],
    own: 'list' | 'entry' | 'none',
  ) =>
    `приказ ${quote(order)} организации ${quote(folder)} в списке «С приказом ознакомлены» называет ` +
    `${named.length > 1 ? 'сотрудников' : 'сотрудника'} ${organization} — ${named.join(', ')}: своего человека с ` +
    `${named.length > 1 ? 'такими ключами' : 'таким ключом'} у этой организации нет, а с приказом организации знакомят ` +
    'только её работников. Задайте своего человека в people этой организации (если это тот же человек и он работает ' +
    `и в ней — повторите его там) или ${own === 'list' ? 'уберите его из этого списка' : own === 'entry' ? `дайте ей свой список: acquainted: [${kept.join(', ')}] в её documents: { ${order}: … } в variants` : `дайте ей свой список: documents: { ${order}: { number: …, date: …, acquainted: [${kept.join(', ')}] } } в её variants`}`,
  caseFormOtherPerson: (form: string, name: string, caseName: string, own: string) =>
    `форма падежа ${quote(form)} называет другого человека, а name — ${quote(name)}: форма печатается как написана, и в документе стояло бы чужое имя. Исправьте форму или удалите её — в ${caseName} падеже gramota сама напишет ${quote(own)}`,
  unknownNameInText: (name: string) =>
    `предупреждение: в тексте названо имя ${quote(name)}, а такого человека в people нет. Если имя осталось от прошлого плана, исправьте его; если это сотрудник организации — добавьте его в people и называйте в пунктах приказа ключом (person, responsible), тогда имя будет меняться вместе с people`,
  unknownNameAtPosition: (name: string, position: string, key: string, holder: string) =>
    `предупреждение: в тексте названо имя ${quote(name)}, а такого человека в people нет; ${position.toLowerCase()} в people — ${holder} (${key}). Если имя осталось от прошлого плана, исправьте его; в пункте приказа человека лучше называть ключом — person: ${key}, тогда должность и имя подставятся из people`,
  replacedPersonInVariant: (
    folder: string,
    name: string,
    person: { key: string; holder: string },
    place: { id: string; own: string; clause: boolean; onlyFor: readonly string[] | undefined },
  ) =>
    `предупреждение: в документах организации ${quote(folder)} напечаталось бы имя ${quote(name)} — человека из people плана, которого эта организация заменяет своим (${person.key}: ${person.holder}); ${printedBy(place.onlyFor)}. ${
      place.onlyFor?.length === 1
        ? `Документ только этой организации: напишите в тексте её человека — ${person.holder}${place.clause ? ` или назовите его ключом (person: ${person.key})` : ''}`
        : `${place.clause ? `Назовите человека ключом (person: ${person.key}) или напишите` : 'Напишите'} текст без имени; ${leaveOutAdvice(folder, place)}`
    }`,
  baseNameInVariant: (
    folder: string,
    organization: string,
    place: { id: string; own: string; onlyFor: readonly string[] | undefined },
  ) =>
    `предупреждение: в документах организации ${quote(folder)} напечаталось бы наименование ${quote(organization)} — базовой организации плана: ${printedBy(place.onlyFor)}. Если речь не о базовой организации как партнёре сети, напишите текст без наименования («организации», «учреждения»); ${leaveOutAdvice(folder, place, ' (её паспорт)')}`,
} as const;
