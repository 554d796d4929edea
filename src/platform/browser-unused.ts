/**
 * Library parts gramota never reaches, left out of the studio's bundle (scripts/build-web.mjs): pdfkit's encryption
 * ciphers and hash (gramota writes no password-protected PDF), pdfmake's SVG images and QR codes (gramota draws
 * neither), the source-map library of Handlebars' compiler, which then uses its own small stand-in, as it does in any
 * browser, and Node's web streams, which xz-decompress takes only where there are no global ones.
 */
function unsupported(): never {
  throw new Error('not part of the gramota studio');
}

export const cbc = unsupported;
export const ecb = unsupported;

export default unsupported;
export const sha256 = unsupported;
