import { strFromU8, unzipSync } from 'fflate';
import { UserError } from '../../errors.js';
import { importText } from '../../messages.js';
import { parseXml, type XmlElement } from './xml-tree.js';

/** The parts of a DOCX the reader needs, parsed; numbering and styles are optional in a package. */
export type DocxParts = {
  readonly document: XmlElement;
  readonly numbering: XmlElement | undefined;
  readonly styles: XmlElement | undefined;
};

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const wanted = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

/** What a file is by its first bytes: a zip (DOCX, ODT), an OLE container (.doc or an encrypted DOCX), other. */
export function sniffFile(bytes: Uint8Array): 'zip' | 'ole' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  return oleSignature.every((b, i) => bytes[i] === b) ? 'ole' : 'other';
}

/** Whether an OLE container holds an encrypted Office package (its stream «EncryptedPackage», UTF-16). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  // A plain scan (no Buffer), so that the reader runs in a browser too.
  for (let at = bytes.indexOf(name[0]!); at >= 0; at = bytes.indexOf(name[0]!, at + 1)) {
    if (name.every((b, i) => bytes[at + i] === b)) return true;
  }
  return false;
}

/** Unzips a DOCX and parses its parts; every way a file can fail to be a readable DOCX is a UserError. */
export function openDocx(bytes: Uint8Array, file: string): DocxParts {
  const fail = (message: string): never => {
    throw new UserError([{ code: 'file-unreadable', file, message }]);
  };
  const kind = sniffFile(bytes);
  if (kind === 'ole') fail(isEncryptedPackage(bytes) ? importText.encrypted : importText.oldWordFormat);
  if (kind !== 'zip') fail(importText.notDocx);
  let files: Record<string, Uint8Array> = {};
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.includes(f.name) || f.name === 'mimetype' });
  } catch {
    fail(importText.damaged);
  }
  const document = files['word/document.xml'];
  if (!document) {
    const mime = files.mimetype ? strFromU8(files.mimetype) : '';
    fail(mime.includes('opendocument') ? importText.odtInDisguise : importText.notDocx);
  }
  const parse = (data: Uint8Array | undefined): XmlElement | undefined => {
    if (!data) return undefined;
    try {
      return parseXml(strFromU8(data));
    } catch {
      return fail(importText.damaged);
    }
  };
  return {
    document: parse(document)!,
    numbering: parse(files['word/numbering.xml']),
    styles: parse(files['word/styles.xml']),
  };
}
