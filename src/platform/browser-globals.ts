// The Node globals the bundled libraries expect (Buffer, process), injected into the studio's bundle by esbuild.
import { Buffer } from 'buffer';
import process from 'process/browser.js';

export { Buffer, process };
