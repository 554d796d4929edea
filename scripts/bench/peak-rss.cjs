// Preloaded (`node --require peak-rss.cjs …`) into every whole-process run of the bench: at exit, the process's
// peak resident set size in kilobytes goes to the file GRAMOTA_BENCH_RSS names. Same for gramota and its peers.
const { writeFileSync } = require('node:fs');

const file = process.env.GRAMOTA_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
