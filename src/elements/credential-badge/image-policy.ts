/**
 * The renderer's image and font policy as `<credential-badge>` attributes, for a page whose Content-Security-Policy
 * allows fewer images than the renderer would show: `image-origins` and `font-origins` (origins, separated by spaces
 * or commas), `remote-images="false"`, `inline-images="false"`. What the page's policy would block is then never
 * asked for, so the browser reports nothing.
 */
import type { ComplexAttributeConverter } from 'lit';
import { resourcePolicy } from '../../render/url-policy.js';
import type { RenderOptions, ResourcePolicy } from '../../render/types.js';

/** A list of origins: `https://a.example https://b.example` (or comma-separated); no attribute, no list. */
export const originList: ComplexAttributeConverter<string[] | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : value.split(/[\s,]+/).filter(Boolean)),
  toAttribute: (value) => (value ? value.join(' ') : null),
};

/** On unless the attribute says `false`: `remote-images="false"`. */
export const onUnlessFalse: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value === null || value.trim().toLowerCase() !== 'false',
  toAttribute: (value) => (value ? null : 'false'),
};

export interface ImagePolicySource {
  remoteImages: boolean;
  inlineImages: boolean;
  imageOrigins?: string[] | undefined;
  fontOrigins?: string[] | undefined;
}

/** The renderer's options of an element's policy attributes. */
export function imagePolicyOptions(source: ImagePolicySource): Pick<RenderOptions, 'remoteImages' | 'inlineImages' | 'imageOrigins' | 'fontOrigins'> {
  return {
    remoteImages: source.remoteImages,
    inlineImages: source.inlineImages,
    ...(source.imageOrigins ? { imageOrigins: [...source.imageOrigins] } : {}),
    ...(source.fontOrigins ? { fontOrigins: [...source.fontOrigins] } : {}),
  };
}

/** The resolved policy, for the images the element shows itself (the badge image). */
export function imagePolicy(source: ImagePolicySource): ResourcePolicy {
  return resourcePolicy(imagePolicyOptions(source));
}
