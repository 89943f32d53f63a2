// The service logs one line per request at its production level (info). The bench keeps everything else it wrote
// (warnings, errors, stack traces) and reports only the volume of the request lines.
import { createReadStream, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const MAX_KEPT_LINES = 5_000;

export async function compactServiceLog(file) {
  if (!existsSync(file)) return { requestLines: 0, requestLogBytes: 0, otherLines: 0 };
  const kept = [];
  let requestLines = 0;
  let requestLogBytes = 0;
  let otherLines = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.includes('"msg":"request"')) {
      requestLines += 1;
      requestLogBytes += Buffer.byteLength(line) + 1;
    } else if (line !== '') {
      otherLines += 1;
      if (kept.length < MAX_KEPT_LINES) kept.push(line);
    }
  }
  if (kept.length === 0) rmSync(file);
  else if (requestLines > 0) writeFileSync(file, `${kept.join('\n')}\n`);
  return { requestLines, requestLogBytes, otherLines };
}

export function removeIfEmpty(file) {
  if (existsSync(file) && statSync(file).size === 0) rmSync(file);
}
