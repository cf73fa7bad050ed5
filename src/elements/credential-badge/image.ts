/**
 * The badge image, part of the badge layout (shared/badge-layout.styles.ts), for the badge and the gallery's tiles:
 * the credential's picture where the URL policy allows it, over the initials of its name, which show until it loads
 * (when the caller tells of loads: `loaded`, `onLoad`) and stay in its place when it fails or is refused. Never an
 * empty square.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialView } from '../../model/types.js';
import { isAllowedImageUrl, resourcePolicy } from '../../render/url-policy.js';
import type { ResourcePolicy } from '../../render/types.js';

const IMAGE_POLICY = resourcePolicy();

export interface BadgeImageOptions {
  /** An image URL that failed to load: the initials show instead. */
  failed?: string | undefined;
  onError: (url: string) => void;
  /** The image URL that has loaded. With `onLoad`, the initials show until then; without, the image shows at once. */
  loaded?: string | undefined;
  onLoad?: (url: string) => void;
  /** The image's alternative text; '' where the name is said beside it. Default: the image's own, else the title. */
  alt?: string;
  /** Which image URLs the page allows (the element's image-policy attributes). Default: the renderer's default. */
  policy?: ResourcePolicy;
}

/** Two initials: of the words that start with a letter ("CS 101: Intro…" is CI), of numbers only when there are none. */
export function initialsOf(title: string): string {
  const words = title.split(/\s+/);
  const lettered = words.filter((word) => /^\p{L}/u.test(word));
  return (lettered.length ? lettered : words.filter((word) => /^\p{N}/u.test(word)))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

export function renderBadgeImage(view: Pick<CredentialView, 'image' | 'title'>, { failed, onError, loaded, onLoad, alt, policy }: BadgeImageOptions): TemplateResult {
  const image = view.image;
  const usable = image && image.url !== failed && isAllowedImageUrl(image.url, policy ?? IMAGE_POLICY);
  const shown = usable && (!onLoad || image.url === loaded);
  const initials = html`<span part="image" class="image placeholder" aria-hidden="true">${initialsOf(view.title)}</span>`;
  return html`${shown ? nothing : initials}
  ${usable
    ? html`<img
        part=${shown ? 'image' : nothing}
        class=${shown ? 'image' : 'image loading'}
        src=${image.url}
        alt=${alt ?? image.alt ?? view.title}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @load=${() => onLoad?.(image.url)}
        @error=${() => onError(image.url)}
      />`
    : nothing}`;
}
