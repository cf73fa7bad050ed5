/**
 * The card (or certificate) a gallery opens in its dialog: `<credential-badge>` itself, given the gallery's item
 * instead of a source (its document already loaded, its report when it has one), so opening a tile fetches and
 * verifies nothing again. Loaded with the first dialog. The gallery speaks for its items: this card's own events
 * stay inside (a report it makes goes back to the gallery through `onVerified`).
 */
import { property } from 'lit/decorators.js';
import { customElement } from '../shared/define.js';
import type { CredentialErrorEvent, CredentialLoadEvent, CredentialVerifiedEvent } from '../../events.js';
import type { LoadRequest, LoadedDocument, verifyDocument } from '../../load/pipeline.js';
import type { VerificationReport } from '../../verify/types.js';
import { CredentialBadge } from '../credential-badge/credential-badge.js';

export interface CardItem {
  loaded?: LoadedDocument;
  report?: VerificationReport;
}

/**
 * The card a `<credential-gallery>` opens: not for use on its own.
 *
 * @internal
 */
@customElement('credential-gallery-card')
export class CredentialGalleryCard extends CredentialBadge {
  /** The gallery's item: its loaded document and, once verified, its report. */
  @property({ attribute: false }) item?: CardItem;

  /** Told of a report this card made itself (an item the gallery had not verified yet). */
  @property({ attribute: false }) onVerified?: (report: VerificationReport) => void;

  protected override sourceRequest(): LoadRequest {
    return { loaded: this.item?.loaded };
  }

  protected override verifyLoaded(loaded: LoadedDocument, options: Parameters<typeof verifyDocument>[1]): Promise<VerificationReport> {
    const report = this.item?.report;
    return report ? Promise.resolve(report) : super.verifyLoaded(loaded, options);
  }

  protected override emit(event: CredentialLoadEvent | CredentialVerifiedEvent | CredentialErrorEvent): void {
    if (event.type === 'credential-verified' && !this.item?.report) this.onVerified?.((event as CredentialVerifiedEvent).detail as VerificationReport);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'credential-gallery-card': CredentialGalleryCard;
  }
}
