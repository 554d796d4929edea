import { describe, expect, it } from 'vitest';
import { resolveElectronicMark } from '../../src/resolve/electronic-signature.js';
import { contextOf } from '../_fixtures/resolve-context.js';

describe('resolveElectronicMark', () => {
  const signature = { certificate: ' 01 d7 a3 f2 ', valid_from: '2025-09-01', valid_to: '2026-12-01' };

  it('the signer owns the certificate by default: full name, the number in capitals, dates in digits', () => {
    expect(
      resolveElectronicMark(signature, 'aleykina', contextOf('settings: { date_style: words }\n')),
    ).toEqual({
      certificate: '01 D7 A3 F2',
      owner: 'Алейкина Галина Викторовна',
      validFrom: '01.09.2025',
      validTo: '01.12.2026',
    });
  });

  it('an owner the plan names, by key or by name', () => {
    const ctx = contextOf();
    expect(resolveElectronicMark({ ...signature, owner: 'spiridonova' }, 'aleykina', ctx).owner).toBe(
      'Спиридонова Анна Владимировна',
    );
    expect(resolveElectronicMark({ ...signature, owner: 'А.В. Спиридонова' }, 'aleykina', ctx).owner).toBe(
      'Спиридонова Анна Владимировна',
    );
  });
});
