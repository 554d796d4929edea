import { spawn } from 'node:child_process';

/** Opens a URL in the user's browser, as the desktop does for a link; nothing happens where there is none. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {}); // no browser to open: the printed address is enough
    child.unref();
  } catch {
    // As above.
  }
}
