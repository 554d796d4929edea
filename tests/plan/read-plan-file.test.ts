import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan-file.js';
import { useTempFolder } from '../_fixtures/temp.js';

const dir = useTempFolder('read').root;

describe('readPlanFile', () => {
  it('reads a plan file whole', () => {
    writeFileSync(join(dir, 'plan.yaml'), 'organization: {}\n');
    expect(Buffer.from(readPlanFile(join(dir, 'plan.yaml'), 'plan.yaml') as Uint8Array).toString()).toBe(
      'organization: {}\n',
    );
  });

  it('refuses /dev/zero before reading a byte (it would grow without end)', { timeout: 60_000 }, () => {
    expect(readPlanFile('/dev/zero', '/dev/zero')).toEqual({
      code: 'file-unreadable',
      file: '/dev/zero',
      message:
        'это не обычный файл (канал или устройство), из него нельзя прочитать план; укажите файл .yaml',
    });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO that no one writes to instead of waiting forever',
    { timeout: 60_000 },
    () => {
      const fifo = join(dir, 'pipe.yaml');
      execFileSync('mkfifo', [fifo]);
      expect(readPlanFile(fifo, 'pipe.yaml')).toMatchObject({
        message: expect.stringMatching(/^это не обычный файл/),
      });
    },
  );

  it('says in Russian what is wrong with a folder, a missing file and a name too long', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expect(readPlanFile(join(dir, 'folder.yaml'), 'folder.yaml')).toMatchObject({
      message: 'это папка, а не файл плана; укажите файл .yaml или папку с ними в команде',
    });
    expect(readPlanFile(join(dir, 'nope.yaml'), 'nope.yaml')).toEqual({
      code: 'file-unreadable',
      message: 'файл не найден: nope.yaml',
    });
    expect(readPlanFile(join(dir, `${'д'.repeat(300)}.yaml`), 'long.yaml')).toMatchObject({
      file: 'long.yaml',
      message: 'слишком длинное имя файла или путь к нему; сократите имена папок или перенесите файл',
    });
  });
});
