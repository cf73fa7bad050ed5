/**
 * A badge's image, part of the badge layout (badge-layout.styles.ts): the image over the initials of the credential's
 * name, which show until it loads and stay in its place when it fails or the URL policy refuses it, so a badge is
 * never an empty square. The element keeps which URLs loaded or failed (`loaded`, `failed`) and is told by the hooks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialView } from '../../model/types.js';
import { isAllowedImageUrl, resourcePolicy } from '../../render/url-policy.js';

const IMAGE_POLICY = resourcePolicy();

/** Two initials: of the words that start with a letter ("CS 101: Intro…" is CI), of numbers only when there are none. */
export function initialsOf(title: string): string {
  const words = title.split(/\s+/);
  const lettered = words.filter((word) => /^\p{L}/u.test(word));
  return (lettered.length ? lettered : words.filter((word) => /^\p{N}/u.test(word)))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

export interface BadgeImageState {
  /** The URL that has loaded (until then the initials show). */
  loaded: string | undefined;
  /** The URL that failed to load (a view read again after verification may name another). */
  failed: string | undefined;
  onLoad(url: string): void;
  onError(url: string): void;
}

export function renderBadgeImage(view: Pick<CredentialView, 'image' | 'title'>, state: BadgeImageState): TemplateResult {
  const image = view.image;
  const usable = image && image.url !== state.failed && isAllowedImageUrl(image.url, IMAGE_POLICY);
  const loaded = usable && image.url === state.loaded;
  return html`${loaded ? nothing : html`<span part="image" class="image placeholder" aria-hidden="true">${initialsOf(view.title)}</span>`}
  ${usable
    ? html`<img
        part=${loaded ? 'image' : nothing}
        class=${loaded ? 'image' : 'image loading'}
        src=${image.url}
        alt=${image.alt ?? view.title}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @load=${() => state.onLoad(image.url)}
        @error=${() => state.onError(image.url)}
      />`
    : nothing}`;
}
