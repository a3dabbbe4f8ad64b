// Shared by parse.mjs and shacl.mjs: reading an export into RDF/JS quads with the real parsers, offline.
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';
import N3 from 'n3';

const { DataFactory } = N3;

/** Parses Turtle with N3.js; a syntax error rejects with the parser's message and line. */
export async function parseTurtle(path) {
  const text = await readFile(path, 'utf8');
  return new N3.Parser({ format: 'text/turtle' }).parse(text);
}

/**
 * Parses JSON-LD with jsonld.js in safe mode (a key or value that would be silently dropped is an error). The
 * document loader never goes to the network: a remote @context is answered only from contextPath, and only for the
 * URL the document itself names, so a download that points at a wrong or unpublished context fails here.
 */
export async function parseJsonLd(path, contextPath) {
  const document = JSON.parse(await readFile(path, 'utf8'));
  const contextUrl = typeof document['@context'] === 'string' ? document['@context'] : null;
  const localContext = contextPath ? JSON.parse(await readFile(contextPath, 'utf8')) : null;
  const documentLoader = async (url) => {
    if (localContext && url === contextUrl) {
      return { contextUrl: null, documentUrl: url, document: localContext };
    }
    throw new Error(`refusing to fetch ${url}: the conformance checks never use the network (pass the context file)`);
  };
  const quads = await jsonld.toRDF(document, { documentLoader, safe: true });
  // Rebuilt with N3's factory so both formats are written by the same N-Triples writer.
  return quads.map((quad) => DataFactory.quad(term(quad.subject), term(quad.predicate), term(quad.object)));
}

function term(value) {
  switch (value.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(value.value);
    case 'BlankNode':
      return DataFactory.blankNode(value.value.replace(/^_:/, ''));
    case 'Literal':
      return value.language
        ? DataFactory.literal(value.value, value.language)
        : DataFactory.literal(value.value, DataFactory.namedNode(value.datatype.value));
    default:
      throw new Error(`unexpected term type ${value.termType}`);
  }
}

export async function parse(path, format, contextPath) {
  switch (format) {
    case 'ttl':
      return parseTurtle(path);
    case 'jsonld':
      return parseJsonLd(path, contextPath);
    default:
      throw new Error(`unknown format '${format}': use ttl or jsonld`);
  }
}

/** One N-Triples line per distinct triple, sorted by code unit, so two graphs compare as text. */
export function canonicalLines(quads) {
  const writer = new N3.Writer({ format: 'N-Triples' });
  const lines = new Set(quads.map((quad) => writer.quadToString(quad.subject, quad.predicate, quad.object).trimEnd()));
  return [...lines].sort();
}
