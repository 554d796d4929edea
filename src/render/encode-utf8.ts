const encoder = new TextEncoder();

/**
 * The pieces as UTF-8, one array each (text encoded, bytes as they are), never joined: the word/document.xml of a
 * big table is its rows' bytes, tens of megabytes, and the zip compresses and checks them piece by piece
 * (zip-docx.ts), so one more copy of them all in one array is never made.
 */
export function encodeUtf8Pieces(pieces: readonly (string | Uint8Array)[]): Uint8Array[] {
  return pieces.map((piece) => (typeof piece === 'string' ? encoder.encode(piece) : piece));
}
