// Node's `stream` in the studio's bundle (scripts/build-web.mjs): pdfkit's document is a Readable only to push the
// file's bytes into, and gramota's own document class keeps what is pushed (render/pdf/lay-out.ts) and never reads
// the stream. An event emitter with a push that drops the bytes stands in for the whole of readable-stream.
import { EventEmitter } from 'events';

export class Readable extends EventEmitter {
  push(_chunk: unknown): boolean {
    return true;
  }
}

export default { Readable };
