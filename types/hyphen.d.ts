declare module 'hyphen/ru/index.js' {
  type Options = { hyphenChar?: string; minWordLength?: number; debug?: boolean };
  const hyphenator: { hyphenateSync(text: string, options?: Options): string };
  export default hyphenator;
}
