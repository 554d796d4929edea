// `npm run fonts:studio`: src/web/fonts.xz, the fonts as the studio downloads them (README, «Студия»): every
// fonts/*.ttf, in the order of their names, one after another, compressed by xz -9e. The four faces of Liberation
// Serif share most of their tables' structure, so one archive is 557 KB where the four files gzipped are 835 KB;
// the studio's worker unpacks it (web/worker/files.ts) to the same bytes, which scripts/build-web.mjs checks.
// Needs the `xz` command (xz-utils); the archive is committed, so building the studio does not.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { listStudioFonts, studioFontsArchive } from './studio-fonts.mjs';

const joined = Buffer.concat(listStudioFonts().map((f) => readFileSync(f.path)));
const packed = execFileSync('xz', ['-9e', '--format=xz', '--check=crc32', '--stdout'], {
  input: joined,
  maxBuffer: 64 * 1024 * 1024,
});
writeFileSync(studioFontsArchive, packed);
console.log(`src/web/fonts.xz: ${joined.length} → ${packed.length} байт`);
