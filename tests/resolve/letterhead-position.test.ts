import { describe, expect, it } from 'vitest';
import { toLetterheadPosition } from '../../src/resolve/letterhead-position.js';

const org = {
  name: 'Государственное бюджетное профессиональное образовательное учреждение «Новокуйбышевский колледж»',
  short_name: 'ГБПОУ «НГГТК»',
};

describe('a signer’s position on the organization’s letterhead', () => {
  it.each([
    ['Директор ГБПОУ «НГГТК»', 'Директор'],
    ['Директор ГБПОУ "НГГТК"', 'Директор'],
    ['Исполняющий обязанности директора ГБПОУ  «НГГТК»', 'Исполняющий обязанности директора'],
    [`Директор ${org.name}`, 'Директор'],
  ])('drops the organization’s own name: %s', (position, shown) => {
    expect(toLetterheadPosition(position, org)).toBe(shown);
  });

  it.each(['Директор', 'Директор колледжа', 'Председатель ГБПОУ «СТПТ»', 'ГБПОУ «НГГТК»'])(
    'leaves any other position as written: %s',
    (position) => {
      expect(toLetterheadPosition(position, org)).toBe(position);
    },
  );
});
