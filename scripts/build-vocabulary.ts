// Writes src/verify/meaning/vocabulary.generated.ts: IRI → term name for every term of the bundled JSON-LD contexts
// (type- and property-scoped contexts included), with how each term's values are written. The engine projects the
// signed RDF of a credential onto these names (src/verify/meaning/project.ts). Where one IRI has several names, the
// first context in PREFERRED wins: VC 2.0, then OB 3.0.3, then the rest. The Open Badges 2.0 context is left out: OB 2.0
// documents are read by their own reader (src/verify/ob2), and its schema.org and security terms would give names
// to IRIs that verifiable credentials do not use. Run: node --import tsx scripts/build-vocabulary.ts
// test/verify/vocabulary.node.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import contextApi from 'jsonld/lib/context.js';
import { bundledContexts, createDocumentLoader } from '../src/verify/contexts/index.js';

const PREFERRED = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
  'https://www.w3.org/ns/credentials/status/v1',
  'https://w3id.org/security/data-integrity/v2',
  'https://w3id.org/security/multikey/v1',
  'https://w3id.org/security/suites/ed25519-2020/v1',
  'https://www.w3.org/2018/credentials/v1',
];

/** Bundled, but not a verifiable credential's vocabulary (see above). */
const LEFT_OUT = ['https://w3id.org/openbadges/v2'];

export const OUTPUT = new URL('../src/verify/meaning/vocabulary.generated.ts', import.meta.url);

interface Definition {
  '@id'?: string;
  '@type'?: string;
  '@container'?: string[];
  '@context'?: unknown;
  reverse?: boolean;
}
interface ActiveContext {
  mappings: Map<string, Definition>;
}

/** Flags, one letter each: i = values are node ids (@type @id), v = vocabulary terms (@type @vocab), s = always a list (@set or @list container), l = an RDF list, j = JSON literal. */
function flagsOf(definition: Definition): string {
  const container = definition['@container'] ?? [];
  return [
    definition['@type'] === '@id' ? 'i' : '',
    definition['@type'] === '@vocab' ? 'v' : '',
    container.includes('@set') || container.includes('@list') ? 's' : '',
    container.includes('@list') ? 'l' : '',
    definition['@type'] === '@json' ? 'j' : '',
  ].join('');
}

/** An IRI's names: the one it has as a property (lower-case, by convention), and as a class (`type` values). */
interface Names {
  term: string;
  flags: string;
  typeTerm?: string;
}

const isClassName = (term: string) => !/^[a-z]/.test(term);

export async function buildVocabulary(): Promise<Map<string, Names>> {
  const options = { documentLoader: createDocumentLoader(), safe: true, base: '', contextResolver: new ContextResolver({ sharedCache: new Map() }) };
  // jsonld's own context processing (internal API: the public one cannot apply a scoped context over protected terms,
  // which expansion does for property-scoped contexts).
  const api = contextApi as unknown as {
    getInitialContext(options: object): ActiveContext;
    process(args: { activeCtx: ActiveContext; localCtx: unknown; options: object; overrideProtected?: boolean; propagate?: boolean }): Promise<ActiveContext>;
  };
  const process = (activeCtx: ActiveContext, localCtx: unknown) => api.process({ activeCtx, localCtx, options, overrideProtected: true });
  const initial = api.getInitialContext(options);
  const table = new Map<string, Names>();
  const seen = new Set<string>();
  const urls = [...PREFERRED, ...[...bundledContexts.keys()].filter((url) => !PREFERRED.includes(url) && !LEFT_OUT.includes(url)).sort()];

  // Breadth first: a context's own terms before the terms of the contexts scoped inside it.
  for (const url of urls) {
    let level: ActiveContext[] = [await process(initial, url)];
    for (let depth = 0; level.length && depth < 6; depth++) {
      const next: ActiveContext[] = [];
      for (const active of level) {
        for (const [term, definition] of active.mappings) {
          const iri = definition['@id'];
          if (definition.reverse || !iri || iri.startsWith('@') || term.includes(':')) continue;
          const names = table.get(iri);
          // One IRI can name a class and a property (OB's "Criteria" and "criteria"): keep the first of each.
          if (!names) table.set(iri, { term, flags: flagsOf(definition), ...(isClassName(term) && { typeTerm: term }) });
          else if (isClassName(names.term) && !isClassName(term)) table.set(iri, { term, flags: flagsOf(definition), typeTerm: names.typeTerm ?? names.term });
          else if (!isClassName(names.term) && isClassName(term) && !names.typeTerm) names.typeTerm = term;
          const scoped = definition['@context'];
          const key = JSON.stringify(scoped);
          if (scoped === undefined || seen.has(key)) continue;
          seen.add(key);
          next.push(await process(active, scoped));
        }
      }
      level = next;
    }
  }
  return table;
}

/** The generated module's text: IRIs grouped by namespace, a term's name only where it differs from the IRI's last part. */
export async function vocabularySource(): Promise<string> {
  const table = await buildVocabulary();
  const namespaces = new Map<string, string[]>();
  for (const [iri, { term, flags, typeTerm }] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
    const [namespace, local] = [iri.slice(0, at), iri.slice(at)];
    if (!local || !namespace) continue; // a prefix (`cred`, `xsd`), or a compact IRI its context left unexpanded
    const entry = `${local}${term === local ? '' : `=${term}`}${typeTerm && typeTerm !== term ? `|${typeTerm}` : ''}${flags ? ` ${flags}` : ''}`;
    namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), entry]);
  }
  const body = [...namespaces].map(([namespace, entries]) => `  ${JSON.stringify(namespace)}: ${JSON.stringify(entries.join(','))},`).join('\n');
  return (
    '// Generated by scripts/build-vocabulary.ts from the bundled JSON-LD contexts. Do not edit.\n' +
    '// Namespace → comma-separated entries "<local part>[=<term>][|<class term>][ <flags>]": the term names the IRI as a\n' +
    '// property, the class term (when another) as a type; flags: i = node ids (@type @id),\n' +
    '// v = vocabulary terms (@type @vocab), s = always a list (@set / @list), l = RDF list (@list), j = JSON literal.\n' +
    `export const VOCABULARY: Record<string, string> = {\n${body}\n};\n`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(OUTPUT, await vocabularySource());
  console.log(`wrote ${fileURLToPath(OUTPUT)}`);
}
