/**
 * An Open Badges 2.0 document read by its meaning, as the reference validator reads it (by JSON-LD, against the
 * OB 2.0 context): one expansion with the bundled contexts into RDF, then the view — the document's root node
 * written back with the OB 2.0 context's term names, as compaction would write it. Aliases (`verify`), full and
 * compact IRIs (`obi:revoked`), value objects and the like all come out under one name; two values of one term stay
 * two, for the checks to refuse.
 *
 * Leniently, unlike a verifiable credential's reading: OB 2.0 documents carry extensions whose contexts are not
 * bundled (and are never fetched) and terms of their own. What can't be read is left out and listed, never guessed;
 * what the checks and the display use is all in the OB 2.0 context.
 */
import type { JsonObject } from '../../shape/json.js';
import { isObject } from '../../shape/json.js';
import type { DocumentLoader } from '../contexts/index.js';
import { findStructuralProblem, hasAtMostContainers, limitReason } from '../limits.js';
import { indexGraphs, termKey, toDataset, type Graph, type Quad, type RdfTerm } from '../meaning/dataset.js';
import { rootsOf } from '../meaning/project.js';
import { RDF_TYPE, XSD_BOOLEAN as XSD_BOOLEANS, XSD_NUMERIC } from '../meaning/rdf.js';
import type { ReasonCode } from '../types.js';
import { CLASSES, className, OB2_CONTEXT, termsOf, type Ob2Class } from './vocabulary.js';

/** Most JSON objects and arrays in one OB 2.0 document (a revocation list of thousands of entries is well under). */
export const MAX_OB2_CONTAINERS = 20_000;
/** Deepest the view nests (a badge's documents nest a few levels). */
const MAX_DEPTH = 32;

export interface Ob2Document {
  /** The root node's IRI; undefined for a blank node. */
  id?: string;
  /** The root node as the OB 2.0 context names it. */
  view: JsonObject;
  unread: Unread;
}

/** What could not be read: contexts this verifier does not bundle (an extension's own apart), and terms no context defines. */
export interface Unread {
  contexts: string[];
  /** Contexts not bundled that only extensions (objects typed Extension) use: they scope those objects alone. */
  extensions: string[];
  terms: string[];
}

export const nothingUnread = (): Unread => ({ contexts: [], extensions: [], terms: [] });

/** The context URLs objects typed Extension bring (below the root): they say nothing about anything else. */
function extensionContexts(json: JsonObject): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = Object.values(json);
  while (stack.length) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      stack.push(...item);
      continue;
    }
    const object = item as JsonObject;
    const types = [object['type'], object['@type']].flat();
    if (types.some((type) => type === 'Extension' || type === 'obi:Extension')) {
      for (const context of [object['@context']].flat()) if (typeof context === 'string') found.add(context);
    }
    stack.push(...Object.values(object));
  }
  return found;
}

/** The document can't be read as the class asked for: a reason code and a sentence. */
export class Ob2ReadError extends Error {
  constructor(
    readonly reason: ReasonCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  documentLoader: DocumentLoader;
  /** The document in words, for messages: "The hosted assertion", "The BadgeClass at https://…". */
  label: string;
  /** The IRI the root should have (the URL it was fetched from): a node with it is the root, whatever else is there. */
  expectedId?: string;
}

/** Reads `json` as an OB 2.0 `kind` (an Assertion, BadgeClass, …). Throws Ob2ReadError. */
export async function readOb2(json: unknown, kind: Ob2Class, options: ReadOptions): Promise<Ob2Document> {
  const { label } = options;
  if (!isObject(json)) throw new Ob2ReadError('malformed', `${label} is not a JSON object.`);
  const problem = findStructuralProblem(json);
  if (problem) throw new Ob2ReadError(problem.reason, `${label} can't be read safely: ${problem.message}.`);
  if (!hasAtMostContainers(json, MAX_OB2_CONTAINERS)) throw new Ob2ReadError('too-complex', `${label} holds more than ${MAX_OB2_CONTAINERS} objects and arrays.`);

  const unread = nothingUnread();
  const extensions = extensionContexts(json);
  // A document without a context is read with OB 2.0's, as the specification's documents are written.
  const document = json['@context'] === undefined ? { '@context': OB2_CONTEXT, ...json } : json;
  const loader: DocumentLoader = async (url) => {
    try {
      return await options.documentLoader(url);
    } catch {
      // Never fetched: the terms it would define are left unread (and listed).
      const list = extensions.has(url) ? unread.extensions : unread.contexts;
      if (!list.includes(url)) list.push(url);
      return { contextUrl: null, documentUrl: url, document: { '@context': {} } };
    }
  };
  let quads: Quad[];
  try {
    quads = await toDataset(document, loader, ({ code, details }) => {
      const term = typeof details?.['property'] === 'string' ? details['property'] : code;
      if (!unread.terms.includes(term) && unread.terms.length < 20) unread.terms.push(term);
    });
  } catch (error) {
    const bound = limitReason(error);
    if (bound) throw new Ob2ReadError(bound, `${label} can't be read safely: ${(error as Error).message}.`);
    throw new Ob2ReadError('malformed', `${label} is not valid JSON-LD: ${(error as Error)?.message ?? String(error)}`);
  }
  const graph = indexGraphs(quads).get('') ?? new Map<string, Quad[]>();
  const root = rootOf(graph, kind, options);
  const view = projectNode(graph, root, new Set(), { budget: 8 * quads.length + 1000 }, 0);
  return { ...(root.startsWith('_:') ? {} : { id: root }), view, unread };
}

const typesOf = (graph: Graph, node: string) => (graph.get(node) ?? []).filter((quad) => quad.predicate.value === RDF_TYPE).map((quad) => quad.object.value);

/** The node the document is about: the one with the expected IRI, else the one node of the class no other refers to. */
function rootOf(graph: Graph, kind: Ob2Class, { label, expectedId }: ReadOptions): string {
  const classes: readonly string[] = CLASSES[kind];
  const typed = [...graph.keys()].filter((node) => typesOf(graph, node).some((type) => classes.includes(type)));
  // Named by the URL it came from: that node, typed so or in a document that types nothing so (keys often aren't).
  if (expectedId && graph.has(expectedId) && (!typed.length || typed.includes(expectedId))) return expectedId;
  const unreferenced = new Set(rootsOf(graph));
  const roots = typed.length > 1 ? typed.filter((node) => unreferenced.has(node)) : typed;
  if (roots.length === 1) return roots[0]!;
  if (!roots.length) throw new Ob2ReadError('malformed', `${label} is not an Open Badges 2.0 ${kind}${typed.length ? '' : ` (nothing in it is typed ${kind})`}.`);
  throw new Ob2ReadError('ambiguous-value', `${label} holds ${roots.length} ${kind} nodes side by side, so which one it is can't be told.`);
}

interface State {
  budget: number;
}

function spend(state: State) {
  if (--state.budget < 0) throw new Ob2ReadError('too-complex', 'An Open Badges 2.0 document is too large to read.');
}

function literal(term: RdfTerm): unknown {
  if (term.language) return { '@value': term.value, '@language': term.language };
  const datatype = term.datatype?.value;
  if (datatype && XSD_BOOLEANS.has(datatype) && /^(true|false|1|0)$/.test(term.value)) return term.value === 'true' || term.value === '1';
  if (datatype && XSD_NUMERIC.has(datatype) && Number.isFinite(Number(term.value)) && term.value.trim()) return Number(term.value);
  return term.value;
}

/** The term that names `predicate` for this value, as compaction picks it: one whose type fits the value first. */
function nameFor(predicate: string, object: RdfTerm): { name: string; ids: boolean } {
  const terms = termsOf(predicate);
  const wanted = object.termType === 'Literal' ? object.datatype?.value : '@id';
  const term = terms.find((entry) => entry.type === wanted) ?? terms.find((entry) => entry.type === undefined) ?? terms[0];
  return { name: term?.name ?? predicate, ids: term?.type === '@id' };
}

function projectNode(graph: Graph, node: string, path: Set<string>, state: State, depth: number): JsonObject {
  if (depth > MAX_DEPTH) throw new Ob2ReadError('too-complex', 'An Open Badges 2.0 document nests too deep to read.');
  path.add(node);
  const view: JsonObject = node.startsWith('_:') ? {} : { id: node };
  const types: string[] = [];
  const values = new Map<string, unknown[]>();
  for (const quad of graph.get(node) ?? []) {
    spend(state);
    if (quad.predicate.value === RDF_TYPE) {
      types.push(quad.object.termType === 'NamedNode' ? className(quad.object.value) : termKey(quad.object));
      continue;
    }
    const { name, ids } = nameFor(quad.predicate.value, quad.object);
    const value = projectObject(graph, quad.object, ids, path, state, depth);
    const list = values.get(name) ?? [];
    const key = JSON.stringify(value);
    if (!list.some((item) => JSON.stringify(item) === key)) list.push(value);
    values.set(name, list);
  }
  path.delete(node);
  if (types.length) view.type = types.length === 1 ? types[0] : [...new Set(types)];
  for (const [name, list] of values) view[name] = list.length === 1 ? list[0] : list;
  return view;
}

function projectObject(graph: Graph, term: RdfTerm, ids: boolean, path: Set<string>, state: State, depth: number): unknown {
  if (term.termType === 'Literal') return literal(term);
  const key = termKey(term);
  if (graph.has(key) && !path.has(key)) return projectNode(graph, key, path, state, depth + 1);
  if (term.termType === 'BlankNode') return {};
  return ids ? key : { id: key };
}
