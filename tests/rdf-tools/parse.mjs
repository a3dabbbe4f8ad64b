// Usage: node parse.mjs <file> <ttl|jsonld> [context.jsonld]
// Prints the file's triples as sorted, de-duplicated N-Triples; exits 1 with the parser's message when it cannot read it.
import { canonicalLines, parse } from './rdf.mjs';

const [path, format, contextPath] = process.argv.slice(2);
if (!path || !format) {
  console.error('usage: node parse.mjs <file> <ttl|jsonld> [context.jsonld]');
  process.exit(2);
}

try {
  const lines = canonicalLines(await parse(path, format, contextPath));
  process.stdout.write(lines.map((line) => `${line}\n`).join(''));
} catch (error) {
  console.error(`${path}: ${describe(error)}`);
  process.exit(1);
}

/** jsonld.js wraps the reason (a refused context, a dropped property) in details; say all of it. */
function describe(error) {
  const parts = [error.message ?? String(error)];
  const event = error.details?.event;
  if (event) {
    parts.push(`${event.message} ${JSON.stringify(event.details ?? {})}`);
  }
  const cause = error.details?.cause ?? error.cause;
  if (cause) {
    parts.push(describe(cause));
  }
  return parts.join(': ');
}
