// Usage: node shacl.mjs <data.ttl> [more-data.ttl ...] <shapes.ttl>
// With one data file: prints its SHACL validation report as JSON ({ conforms, results }).
// With several: validates each against the shapes, loaded once, and prints { "<file>": report, ... }.
// Exits 0 when every file conforms, 1 when one does not, 2 on bad input (a file that is not Turtle, say).
import rdf from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';
import { parseTurtle } from './rdf.mjs';

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error('usage: node shacl.mjs <data.ttl> [more-data.ttl ...] <shapes.ttl>');
  process.exit(2);
}
const shapesPath = files.pop();

const value = (term) => (term ? term.value : null);
const named = (term) => (term?.termType === 'NamedNode' ? term.value : null);

async function validate(shapes, dataPath) {
  const data = await parseTurtle(dataPath);
  const report = await new SHACLValidator(shapes).validate(rdf.dataset(data));
  return {
    conforms: report.conforms,
    results: report.results.map((result) => ({
      focusNode: value(result.focusNode),
      path: named(result.path) ?? (result.path ? '(complex path)' : null),
      value: value(result.value),
      constraint: value(result.sourceConstraintComponent),
      shape: named(result.sourceShape),
      severity: value(result.severity),
      message: result.message.map((message) => message.value),
    })),
  };
}

let reports;
try {
  const shapes = rdf.dataset(await parseTurtle(shapesPath));
  reports = {};
  for (const file of files) {
    reports[file] = await validate(shapes, file);
  }
} catch (error) {
  console.error(`${error.message ?? error}`);
  process.exit(2);
}

const output = files.length === 1 ? reports[files[0]] : reports;
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
process.exit(Object.values(reports).every((report) => report.conforms) ? 0 : 1);
