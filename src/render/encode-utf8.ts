const encoder = new TextEncoder();

/** The most UTF-8 bytes a UTF-16 code unit takes (a surrogate pair: 4 bytes for two). */
const maxBytesPerUnit = 3;

/**
 * The pieces one after another as UTF-8 (text encoded, bytes as they are), without joining them into one string
 * first: the word/document.xml of a big table is its rows' XML, tens of megabytes, and one more copy of it as a
 * string costs twice its UTF-8. The array is sized for the worst case; the pages past what is written are never
 * touched, so they take no memory.
 */
export function encodeUtf8(pieces: readonly (string | Uint8Array)[]): Uint8Array {
  const size = (piece: string | Uint8Array) =>
    typeof piece === 'string' ? piece.length * maxBytesPerUnit : piece.length;
  const bytes = new Uint8Array(pieces.reduce((n, piece) => n + size(piece), 0));
  let written = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') written += encoder.encodeInto(piece, bytes.subarray(written)).written;
    else {
      bytes.set(piece, written);
      written += piece.length;
    }
  }
  return bytes.subarray(0, written);
}
