/** "Download JSON": the record as it was served (JSON, or a VC-JWT), saved through a temporary object URL. */
import type { LoadedDocument } from '../../load/pipeline.js';

export function downloadOriginal(loaded: LoadedDocument, root: ShadowRoot | null, basename: string): void {
  const jwt = typeof loaded.document === 'string';
  const url = URL.createObjectURL(new Blob([loaded.original], { type: jwt ? 'application/vc+jwt' : 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${basename}.${jwt ? 'jwt' : 'json'}`;
  link.rel = 'noopener';
  link.hidden = true;
  root?.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
