// The `process` package's browser module (the studio's bundle injects it as the global process).
declare module 'process/browser.js' {
  const process: NodeJS.Process;
  export default process;
}
