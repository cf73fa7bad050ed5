/**
 * Bounds on the JSON-LD work behind a Data Integrity proof, so that a document under the size limits cannot make
 * expansion or canonicalization run for minutes. Each bound is checked before the work it guards and throws an
 * INPUT_TOO_COMPLEX CredentialError (reason 'too-complex') that says which bound was hit:
 * - before expansion, the @context entries (each long or new list of contexts costs a full context processing);
 * - after expansion, before RDF conversion, the nodes, blank nodes and statements, and the work jsonld's node map
 *   does to drop duplicate values (quadratic in the values one subject has for one property);
 * - during canonicalization, rdf-canonize's own limits: `maxWorkFactor` (deep comparisons at most linear in the
 *   blank nodes) and a deadline `signal`, linear in the statements, for graphs built to make it permute.
 */
import { limitError } from './limits.js';

/** Most entries in one @context value (real credentials list two to five contexts). */
export const MAX_CONTEXT_ENTRIES = 8;
/** Most context entries processed afresh: each distinct @context value in each place it changes the active context. */
export const MAX_CONTEXT_WORK = 64;
/** Most keys in all the inline (object) contexts of a document together. */
export const MAX_INLINE_TERMS = 512;
/** Most node objects (a CLR of 200 badges has about 1,500). */
export const MAX_NODES = 32_000;
/** Most blank nodes, counting list cells (a CLR of 200 badges has about 1,000). */
export const MAX_BLANK_NODES = 16_000;
/** Most RDF statements (a CLR of 200 badges has about 5,400). */
export const MAX_STATEMENTS = 64_000;
/** Most value comparisons jsonld's node map makes to drop duplicates (a CLR of 1,000 badges needs about 1,000,000). */
export const MAX_MERGE_WORK = 4_000_000;
/** The canonicalization deadline: a base, and a share per statement, so that the budget is linear in the input. */
export const CANONIZE_BASE_MS = 1000;
export const CANONIZE_MS_PER_STATEMENT = 0.05;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const tooComplex = (what: string) => limitError('too-complex', `the document is too complex to verify safely: ${what}`);

function countKeys(context: unknown): number {
  let keys = 0;
  const stack = [context];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isObject(value)) for (const key of Object.keys(value)) (keys++, stack.push(value[key]));
  }
  return keys;
}

/**
 * Bounds a JSON-LD document before it is expanded (expansion itself takes time in the number of nodes):
 * - its objects, each at most one node (the expanded bound below counts exactly);
 * - the values jsonld's node map will compare pairwise to drop duplicates: those of one array, and those of one
 *   property of every object with the same `id` (the bound below counts exactly, after expansion; this is its
 *   early estimate for the usual `id`/`@id` keys);
 * - its @context processing. jsonld reuses a processed context when the same context value is applied to the same
 *   active context, so the cost is in distinct (enclosing contexts, context value) pairs, each as long as its list:
 *   the same value in a thousand nested badges costs once.
 */
export function assertDocumentBounded(document: unknown): void {
  let work = 0;
  let inlineTerms = 0;
  let objects = 0;
  let mergeWork = 0;
  const named = new Map<string, Set<string | number>>();
  // Each (enclosing scope, @context value) pair gets a small number: the scope its children are in.
  const scopes = new Map<string, number>();
  const stack: Array<{ value: unknown; scope: number }> = [{ value: document, scope: 0 }];
  const merge = (work: number) => {
    mergeWork += work;
    if (mergeWork > MAX_MERGE_WORK) throw tooComplex('it gives one subject too many values of one property');
  };
  while (stack.length) {
    const { value, scope } = stack.pop()!;
    if (Array.isArray(value)) {
      merge((value.length * (value.length - 1)) / 2);
      for (const item of value) if (item !== null && typeof item === 'object') stack.push({ value: item, scope });
      continue;
    }
    if (!isObject(value)) continue;
    if (++objects > MAX_NODES) throw tooComplex(`it has more than ${MAX_NODES} nodes`);
    let inner = scope;
    if ('@context' in value) {
      const context = value['@context'];
      const entries = Array.isArray(context) ? context : [context];
      if (entries.length > MAX_CONTEXT_ENTRIES) throw tooComplex(`an @context lists ${entries.length} contexts (at most ${MAX_CONTEXT_ENTRIES})`);
      const key = `${scope} ${JSON.stringify(context)}`;
      inner = scopes.get(key) ?? 0;
      if (!inner) {
        inner = scopes.size + 1;
        scopes.set(key, inner);
        work += entries.length;
        inlineTerms += countKeys(entries.filter(isObject));
        if (work > MAX_CONTEXT_WORK) throw tooComplex(`it applies more than ${MAX_CONTEXT_WORK} contexts in different places`);
        if (inlineTerms > MAX_INLINE_TERMS) throw tooComplex(`its inline contexts define more than ${MAX_INLINE_TERMS} terms`);
      }
    }
    const id = typeof value['@id'] === 'string' ? value['@id'] : typeof value.id === 'string' ? value.id : undefined;
    for (const key of Object.keys(value)) {
      if (key === '@context') continue;
      const entry = value[key];
      if (id !== undefined && key !== 'id' && key !== '@id') {
        const values = named.get(`${id} ${key}`) ?? new Set();
        named.set(`${id} ${key}`, values);
        for (const item of Array.isArray(entry) ? entry : [entry]) {
          merge(values.size);
          values.add(isObject(item) ? (typeof item.id === 'string' ? `id ${item.id}` : values.size) : JSON.stringify(item));
        }
      }
      if (entry !== null && typeof entry === 'object') stack.push({ value: entry, scope: inner });
    }
  }
}

const isBlank = (id: unknown) => typeof id !== 'string' || id.startsWith('_:');

/**
 * What makes two expanded values the same for jsonld: an @type's IRI, a node's @id, or the value object itself;
 * undefined for a node without an @id or a list, which are never the same as another.
 */
function identity(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && !('@value' in value)) return '@list' in value ? undefined : typeof value['@id'] === 'string' ? `@id ${value['@id']}` : undefined;
  return JSON.stringify(value);
}

/**
 * Bounds what an expanded JSON-LD document will cost to turn into RDF and canonicalize, before it is: node objects,
 * blank nodes, statements, and the duplicate-dropping comparisons of jsonld's node map, which merges every node
 * object with the same @id (in the same graph) and compares each value it adds with those already there.
 */
export function assertExpandedBounded(expanded: unknown): void {
  let nodes = 0;
  let blankNodes = 0;
  let statements = 0;
  let mergeWork = 0;
  // The distinct values each named subject has for each property, across the document: jsonld compares each value it
  // adds with these (a duplicate, as in the same issuer profile in a thousand nested badges, is not added again).
  const namedValues = new Map<string, Set<string | number>>();
  const stack: Array<{ value: unknown; graph: string }> = [{ value: expanded, graph: '@default' }];
  let anonymous = 0;
  const check = () => {
    if (nodes > MAX_NODES) throw tooComplex(`it has more than ${MAX_NODES} nodes`);
    if (blankNodes > MAX_BLANK_NODES) throw tooComplex(`it has more than ${MAX_BLANK_NODES} blank nodes`);
    if (statements > MAX_STATEMENTS) throw tooComplex(`it makes more than ${MAX_STATEMENTS} statements`);
    if (mergeWork > MAX_MERGE_WORK) throw tooComplex('it gives one subject too many values of one property');
  };
  /** Adds values of `property` to the subject named `name` (an anonymous subject's values are all its own). */
  const addValues = (graph: string, name: string | undefined, property: string, items: unknown[]) => {
    statements += items.length;
    if (name === undefined) {
      mergeWork += (items.length * (items.length - 1)) / 2;
      return;
    }
    const key = `${graph} ${name} ${property}`;
    let values = namedValues.get(key);
    if (!values) namedValues.set(key, (values = new Set()));
    for (const item of items) {
      mergeWork += values.size;
      values.add(identity(item) ?? values.size);
    }
  };
  while (stack.length) {
    const { value, graph } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, graph });
      continue;
    }
    if (!isObject(value) || '@value' in value) continue;
    if ('@list' in value) {
      const items = Array.isArray(value['@list']) ? value['@list'] : [value['@list']];
      blankNodes += items.length; // one list cell each,
      statements += 2 * items.length; // with rdf:first and rdf:rest
      for (const item of items) stack.push({ value: item, graph });
      check();
      continue;
    }
    // A node object: a subject, or a reference to one.
    nodes++;
    const id = value['@id'];
    if (isBlank(id)) blankNodes++;
    const name = typeof id === 'string' ? id : undefined;
    const self = name ?? `_:anonymous${anonymous++}`;
    for (const key of Object.keys(value)) {
      const entry = value[key];
      if (key === '@graph') {
        stack.push({ value: entry, graph: self });
      } else if (key === '@reverse' && isObject(entry)) {
        for (const property of Object.keys(entry)) {
          const items = Array.isArray(entry[property]) ? (entry[property] as unknown[]) : [entry[property]];
          // Each item gets this node as a value of `property`: merge work on the item's side, counted as if on ours.
          addValues(graph, name, `@reverse ${property}`, items);
          stack.push({ value: items, graph });
        }
      } else if (key === '@type' || !key.startsWith('@')) {
        const items = Array.isArray(entry) ? entry : [entry];
        addValues(graph, name, key, items);
        if (key !== '@type') stack.push({ value: items, graph });
      } else if (key === '@included') {
        stack.push({ value: entry, graph });
      }
    }
    check();
  }
}

/**
 * The options that bound rdf-canonize itself, for a dataset of `statements` statements: deep comparisons at most
 * linear in the blank nodes (its default, stated), and a deadline linear in the statements, which it checks while it
 * permutes blank nodes with equal hashes (real credentials never get there; graphs built to make it permute do).
 */
export function canonizeBudget(statements: number): { maxWorkFactor: number; signal: AbortSignal } {
  return { maxWorkFactor: 1, signal: AbortSignal.timeout(Math.ceil(CANONIZE_BASE_MS + statements * CANONIZE_MS_PER_STATEMENT)) };
}

/** rdf-canonize's own refusals (deep iterations exceeded, deadline passed) as a too-complex error; others unchanged. */
export function canonizeFailure(error: unknown): unknown {
  const message = (error as Error)?.message ?? '';
  if (/Maximum deep iterations exceeded|Abort signal received/.test(message)) {
    return limitError('too-complex', 'the document is too complex to verify safely: its blank nodes cannot be told apart within the work budget');
  }
  return error;
}
