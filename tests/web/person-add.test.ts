import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addPerson } from '../../src/web/person-add.js';

const apply = (text: string, change: { from: number; to: number; insert: string }) =>
  text.slice(0, change.from) + change.insert + text.slice(change.to);

const plan = `organization:
  name: Школа
people:
  belova:
    name: Белова Ольга Николаевна
    position: Директор
  # методисты
  zhukova:
      name: Жукова Т.С.

documents: []
`;

describe('a person added to people from the table of rows', () => {
  it('goes after the last person, indented as the people are, with a key made of the surname and a position to fill', () => {
    const added = addPerson(plan, 'Петрова А.А.')!;
    const text = apply(plan, added.change);
    expect(added.key).toBe('petrova');
    expect(text).toContain(
      '  zhukova:\n      name: Жукова Т.С.\n  petrova:\n      name: Петрова А.А.\n      position: ""\n',
    );
    expect(parse(text).people.petrova).toEqual({ name: 'Петрова А.А.', position: '' });
    expect(text.split('\n')[added.positionLine - 1]).toBe('      position: ""');
  });

  it('gets a key of its own when the surname is taken, and a name typed in small letters is written as a name', () => {
    const twice = plan.replace('  zhukova:', '  petrova:\n    name: Петрова Анна Ивановна\n  zhukova:');
    const added = addPerson(twice, 'петрова м.с.')!;
    expect(added.key).toBe('petrova-2');
    expect(parse(apply(twice, added.change)).people['petrova-2'].name).toBe('Петрова М.С.');
  });

  it('starts the people of a plan that has none, before its documents', () => {
    const none = 'organization:\n  name: Школа\ndocuments: []\n';
    const added = addPerson(none, 'Смирнова Л.А.')!;
    const text = apply(none, added.change);
    expect(text).toBe(
      'organization:\n  name: Школа\npeople:\n  smirnova:\n    name: Смирнова Л.А.\n    position: ""\n\ndocuments: []\n',
    );
    expect(added.positionLine).toBe(6);
  });
});
