/** The term table the projection names IRIs with, read once from the generated module. */
import { VOCABULARY } from './vocabulary.generated.js';

export interface TermInfo {
  /** The IRI's name as a property. */
  term: string;
  /** Its name as a class (a `type` value). */
  typeTerm: string;
  /** Values are node ids (@type @id): a bare IRI stays a string. */
  id: boolean;
  /** Values are vocabulary terms (@type @vocab): an IRI is named by its term. */
  vocab: boolean;
  /** Always a list (@set or @list container). */
  set: boolean;
}

let table: Map<string, TermInfo> | undefined;

function load(): Map<string, TermInfo> {
  const map = new Map<string, TermInfo>();
  for (const [namespace, entries] of Object.entries(VOCABULARY)) {
    for (const entry of entries.split(',')) {
      const [names, flags = ''] = entry.split(' ');
      const [name, typeTerm] = names!.split('|');
      const [local, term = local] = name!.split('=');
      map.set(namespace + local, { term: term!, typeTerm: typeTerm ?? term!, id: flags.includes('i'), vocab: flags.includes('v'), set: flags.includes('s') });
    }
  }
  return map;
}

/** What the bundled contexts call `iri`, or undefined when no bundled term maps to it. */
export function termOf(iri: string): TermInfo | undefined {
  table ??= load();
  return table.get(iri);
}
