import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type StudioFonts = {
  listStudioFonts(): { name: string; path: string; size: number }[];
  isStudioArchiveCurrent(): Promise<boolean>;
  studioFontsArchive: string;
};
// A build script in plain JavaScript (scripts/), loaded by a path the type checker does not follow.
const script = '../../scripts/studio-fonts.mjs';
const { listStudioFonts, isStudioArchiveCurrent, studioFontsArchive } = (await import(script)) as StudioFonts;

describe('the studio fonts archive (src/web/fonts.xz)', () => {
  it('unpacks to every font of fonts/, byte for byte, in the order of their names', async () => {
    expect(listStudioFonts().map((f) => f.name)).toEqual([
      'LiberationSerif-Bold.ttf',
      'LiberationSerif-BoldItalic.ttf',
      'LiberationSerif-Italic.ttf',
      'LiberationSerif-Regular.ttf',
    ]);
    // A stale archive (a font updated, `npm run fonts:studio` not run) would give the studio other fonts than the CLI.
    await expect(isStudioArchiveCurrent()).resolves.toBe(true);
  });

  it('is smaller than the fonts it holds would be to download gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const gzipped = listStudioFonts().reduce(
      (n, f) => n + gzipSync(readFileSync(f.path), { level: 9 }).length,
      0,
    );
    expect(readFileSync(studioFontsArchive).length).toBeLessThan(gzipped * 0.7);
  });
});
