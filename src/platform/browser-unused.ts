/**
 * Library parts gramota never reaches, left out of the studio's bundle (scripts/build-web.mjs): pdfkit's encryption
 * ciphers (gramota writes no password-protected PDF), pdfmake's SVG images and QR codes (gramota draws neither), and
 * the source-map library of Handlebars' compiler, which then uses its own small stand-in, as it does in any browser.
 */
function unsupported(): never {
  throw new Error('not part of the gramota studio');
}

export const cbc = unsupported;
export const ecb = unsupported;

export default unsupported;
