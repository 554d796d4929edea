/**
 * Buffer's 'latin1' ('binary') in one loop: each UTF-16 unit as its low byte. The browser's Buffer (the `buffer`
 * package) gathers the bytes in an array and copies them — a few milliseconds of every studio build's PDF streams.
 */
export function encodeLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
