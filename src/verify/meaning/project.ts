/**
 * The view: a credential's RDF dataset projected onto the bundled contexts' term names, as a plain JSON object
 * shaped like a compacted credential. The root node first; nodes of the same graph embedded where they are
 * referenced; a named graph hanging off a triple (a proof) as the node(s) of that graph; IRIs with no term as
 * full-IRI keys; literals as strings (numbers and booleans for XSD's numeric and boolean types, `{"@value",
 * "@language"}` when tagged, parsed JSON for rdf:JSON); rdf:type as `type` (a string for one type, a list for
 * several, as compaction writes it); node IRIs as `id`; RDF lists as arrays.
 * Bounded: a node already on the path is written `{id}`, and the output may hold a few values per quad, no more.
 */
import type { JsonObject } from '../../shape/json.js';
import { termKey, type Graph, type Quad, type RdfTerm } from './dataset.js';
import { RDF_FIRST, RDF_JSON, RDF_NIL, RDF_REST, RDF_TYPE, XSD_BOOLEAN, XSD_NUMERIC } from './rdf.js';
import { termOf, type TermInfo } from './vocabulary.js';

/** Deeper than this, the projection stops: a genuine credential nests far less. */
const MAX_DEPTH = 100;

export class TooComplexError extends Error {}

interface State {
  graphs: Map<string, Graph>;
  /** Values the projection may still write. */
  budget: number;
}

/** The subjects of `graph` that no quad of it refers to: its top nodes. */
export function rootsOf(graph: Graph): string[] {
  const referenced = new Set<string>();
  for (const quads of graph.values()) for (const quad of quads) if (quad.object.termType !== 'Literal') referenced.add(termKey(quad.object));
  return [...graph.keys()].filter((subject) => !referenced.has(subject));
}

function literal(term: RdfTerm): unknown {
  if (term.language) return { '@value': term.value, '@language': term.language };
  const datatype = term.datatype?.value;
  if (datatype === RDF_JSON) {
    try {
      return JSON.parse(term.value);
    } catch {
      return term.value;
    }
  }
  if (datatype && XSD_BOOLEAN.has(datatype) && /^(true|false|1|0)$/.test(term.value)) return term.value === 'true' || term.value === '1';
  if (datatype && XSD_NUMERIC.has(datatype) && term.value.trim() !== '') {
    const number = Number(term.value);
    if (Number.isFinite(number)) return number;
  }
  return term.value;
}

function spend(state: State, amount = 1) {
  state.budget -= amount;
  if (state.budget < 0) throw new TooComplexError('the credential’s meaning is too large to read');
}

/** An RDF list's items, or undefined when `key` is not a well-formed list node. */
function listItems(graph: Graph, key: string): Quad[] | undefined {
  const items: Quad[] = [];
  const seen = new Set<string>();
  for (let node = key; node !== RDF_NIL; ) {
    const quads = graph.get(node);
    if (!node.startsWith('_:') || seen.has(node) || !quads || quads.length !== 2) return undefined;
    seen.add(node);
    const first = quads.find((quad) => quad.predicate.value === RDF_FIRST);
    const rest = quads.find((quad) => quad.predicate.value === RDF_REST);
    if (!first || !rest || rest.object.termType === 'Literal') return undefined;
    items.push(first);
    node = termKey(rest.object);
  }
  return items;
}

/** The value(s) one object term stands for (a named graph may hold several nodes). */
function projectObject(graphName: string, graph: Graph, term: RdfTerm, info: TermInfo | undefined, path: Set<string>, state: State, depth: number): unknown[] {
  spend(state);
  if (term.termType === 'Literal') return [literal(term)];
  const key = termKey(term);
  if (key === RDF_NIL) return [[]];
  if (info?.vocab && term.termType === 'NamedNode') return [termOf(key)?.term ?? key];
  const named = state.graphs.get(key);
  if (named && key !== graphName) {
    // A graph container (a proof, say): the graph's own top nodes, each read inside that graph.
    return rootsOf(named).map((root) => projectNode(key, named, root, path, state, depth + 1));
  }
  if (graph.has(key)) {
    const list = listItems(graph, key);
    if (list) return [list.flatMap((quad) => projectObject(graphName, graph, quad.object, undefined, path, state, depth + 1))];
    if (path.has(`${graphName} ${key}`)) return [{ id: key }];
    return [projectNode(graphName, graph, key, path, state, depth + 1)];
  }
  if (term.termType === 'BlankNode') return [{}];
  return [info?.id ? key : { id: key }];
}

/** One node of `graph`, with what the graph says of it. */
export function projectNode(graphName: string, graph: Graph, key: string, path: Set<string>, state: State, depth = 0): JsonObject {
  if (depth > MAX_DEPTH) throw new TooComplexError('the credential’s meaning nests too deep to read');
  const pathKey = `${graphName} ${key}`;
  path.add(pathKey);
  const types: string[] = [];
  const properties = new Map<string, { set: boolean; items: unknown[] }>();
  for (const quad of graph.get(key) ?? []) {
    spend(state);
    if (quad.predicate.value === RDF_TYPE) {
      types.push(quad.object.termType === 'NamedNode' ? (termOf(quad.object.value)?.typeTerm ?? quad.object.value) : termKey(quad.object));
      continue;
    }
    const info = termOf(quad.predicate.value);
    const name = info?.term ?? quad.predicate.value;
    const entry = properties.get(name) ?? { set: false, items: [] };
    entry.set ||= !!info?.set;
    entry.items.push(...projectObject(graphName, graph, quad.object, info, path, state, depth));
    properties.set(name, entry);
  }
  path.delete(pathKey);
  const node: JsonObject = {};
  if (!key.startsWith('_:')) node.id = key;
  // As compaction writes it: one type as a string, several as a list.
  if (types.length) node.type = types.length === 1 ? types[0] : [...new Set(types)];
  for (const [name, { set, items }] of properties) {
    const values = items.length > 1 ? distinctValues(items) : items;
    // A @set container keeps a lone node in a list; the same IRI may name a plain property elsewhere (OB's
    // `identifier` is both a subject's list of identity objects and an identifier entry's string).
    const list = set && values.every((value) => typeof value === 'object' && value !== null);
    // An RDF list (@list) is one value, already a list.
    node[name] = values.length === 1 && (!list || Array.isArray(values[0])) ? values[0] : values;
  }
  return node;
}

/** Values that differ (two terms with one name can carry the same node twice). */
function distinctValues(items: unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = typeof item === 'string' ? `s${item}` : JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The view of `root` in the default graph; the budget grows with the dataset, so the work stays linear in it. */
export function projectRoot(graphs: Map<string, Graph>, root: string, quadCount: number): JsonObject {
  const state: State = { graphs, budget: 8 * quadCount + 1000 };
  return projectNode('', graphs.get('') ?? new Map(), root, new Set(), state);
}
