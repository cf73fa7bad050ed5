/** The badge image: the credential's picture where the URL policy allows it, else its initials on a tinted disk. */
import { html, type TemplateResult } from 'lit';
import type { CredentialView } from '../../model/types.js';
import { isAllowedImageUrl, resourcePolicy } from '../../render/url-policy.js';

const IMAGE_POLICY = resourcePolicy();

export interface BadgeImageOptions {
  /** An image URL that failed to load: the initials show instead. */
  failed?: string | undefined;
  onError: (url: string) => void;
  /** The image's alternative text; '' where the name is said beside it. Default: the image's own, else the title. */
  alt?: string;
}

export function renderBadgeImage(view: CredentialView, { failed, onError, alt }: BadgeImageOptions): TemplateResult {
  const image = view.image;
  if (image && image.url !== failed && isAllowedImageUrl(image.url, IMAGE_POLICY)) {
    return html`<img
      part="image"
      class="image"
      src=${image.url}
      alt=${alt ?? image.alt ?? view.title}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${() => onError(image.url)}
    />`;
  }
  const initials = view.title
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return html`<span part="image" class="image placeholder" aria-hidden="true">${initials}</span>`;
}
