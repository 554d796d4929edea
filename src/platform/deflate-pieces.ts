import { constants, deflateRawSync } from 'node:zlib';
import { concatBytes } from './concat-bytes.js';

/** What one call compresses at the most: pieces are gathered into it (reused, so its memory is touched once). */
const segmentBytes = 1 << 20;
/** Deflate's window: how far back a segment's matches may reach, into the one before it. */
const windowBytes = 32 * 1024;
let segment: Uint8Array | undefined;

/**
 * Raw deflate (level 6) of the pieces' bytes one after another, without joining them into one array first: the
 * word/document.xml of a big table is its rows' bytes, tens of megabytes, and a new array that size costs more to
 * fill than to compress on a machine where fresh memory is slow to map. The pieces are compressed a segment at a
 * time, each segment ended by a sync flush (a byte-aligned, non-final block) and the last one finished, and each
 * primed with the last 32 KB before it as its dictionary (as pigz does): the segments one after another are one
 * deflate stream whose matches may reach back into the segment before, so it is as small as one call's. Pieces that
 * fit one segment compress exactly as their joined bytes would.
 */
export function deflateRawPieces(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (pieces.length === 1) return new Uint8Array(deflateRawSync(pieces[0]!, { level: 6 }));
  segment ??= new Uint8Array(segmentBytes);
  const buffer = segment;
  const out: Uint8Array[] = [];
  let dictionary: Uint8Array | undefined;
  const compress = (data: Uint8Array, last: boolean) => {
    const finishFlush = last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    out.push(deflateRawSync(data, { level: 6, finishFlush, ...(dictionary && { dictionary }) }));
    // A copy: the segment's memory is filled again.
    dictionary = data.slice(Math.max(0, data.length - windowBytes));
  };
  let used = 0;
  for (const piece of pieces) {
    if (used + piece.length > buffer.length) {
      if (used > 0) compress(buffer.subarray(0, used), false);
      used = 0;
      if (piece.length > buffer.length) {
        compress(piece, false);
        continue;
      }
    }
    buffer.set(piece, used);
    used += piece.length;
  }
  compress(buffer.subarray(0, used), true);
  return concatBytes(out);
}
