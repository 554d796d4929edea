// Preloaded (`node --require peak-rss.cjs …`) into every whole-process run of the bench: at exit, the process's peak
// resident set size in kilobytes and its CPU time (user + system, all threads) in milliseconds go to the file
// GRAMOTA_BENCH_RSS names, as "kb ms". Same for gramota and its peers.
const { writeFileSync } = require('node:fs');

const file = process.env.GRAMOTA_BENCH_RSS;
if (file)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
  });
