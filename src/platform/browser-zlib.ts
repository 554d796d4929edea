import { Buffer } from 'buffer';
import { zlibSync } from 'fflate';

/**
 * The part of Node's zlib that pdfkit calls (its FlateDecode streams, at zlib's default level), for the studio's
 * bundle (scripts/build-web.mjs).
 */
export function deflateSync(data: Uint8Array): Buffer {
  return Buffer.from(zlibSync(data, { level: 6 }));
}

export default { deflateSync };
