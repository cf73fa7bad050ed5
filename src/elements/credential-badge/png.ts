/**
 * A certificate drawn as a PNG in the browser: no server, no `eval`, no markup parsed in the page. The certificate's
 * tree is written out as XHTML (serialize.ts) inside an SVG `<foreignObject>`, loaded as an image from a `data:` URL
 * (so the page's `img-src` must allow `data:`, as the school page's does), drawn on a canvas and encoded. That SVG
 * image holds no external resource, so the canvas is not tainted: each image of the certificate goes in as a data:
 * URL when the browser lets it be read (data: and same-origin images, or a host that answers CORS), else as its
 * initials. Fonts the page loaded from the network are not in the drawing (system fonts stand in).
 */
import { CredentialError } from '../../errors.js';
import type { SheetSize } from './fit.js';
import { escapeXml, serializeTree, type ImageStandIn } from './serialize.js';

export interface DrawOptions {
  /** The certificate's own size, in CSS pixels. */
  size: SheetSize;
  /** Image pixels per CSS pixel. Default 2; less when the image would pass MAX_SIDE. */
  pixelRatio?: number;
  /** Stylesheet text for the tree (a template brings its own, in its shadow root). */
  css?: string;
  /** How long each image and the drawing itself may take to load, in milliseconds. Default 5000. */
  timeoutMs?: number;
}

/** Longest side of the PNG, in pixels. */
export const MAX_SIDE = 4096;
/** Most images read into the drawing; the others show their initials. */
const MAX_IMAGES = 64;
/** Custom properties carried from the page into the drawing (themes), at most. */
const MAX_PROPERTIES = 256;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      () => (clearTimeout(timer), resolve(undefined)),
    );
  });
}

/** The image as a PNG data: URL, or undefined when the browser will not let it be read (a tainted canvas). */
function readable(image: HTMLImageElement, width: number, height: number): string | undefined {
  const limit = (natural: number, shown: number) => Math.max(1, Math.min(natural, Math.round(Math.max(shown, 1) * 2), 2048));
  const canvas = document.createElement('canvas');
  canvas.width = limit(image.naturalWidth, width);
  canvas.height = limit(image.naturalHeight, height);
  try {
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } catch {
    return undefined;
  }
}

function initialsOf(image: HTMLImageElement): string {
  const given = image.getAttribute('data-initials');
  if (given) return given.slice(0, 3);
  const words = (image.alt ?? '').split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.slice(0, 2).map((word) => word[0]!.toUpperCase()).join('');
}

/** What an image of the certificate becomes in the drawing. */
async function standIn(image: HTMLImageElement, allowed: boolean, timeoutMs: number): Promise<ImageStandIn> {
  const width = image.offsetWidth;
  const height = image.offsetHeight;
  const initials: ImageStandIn = { initials: initialsOf(image), width: width || 48, height: height || 48 };
  const src = image.currentSrc || image.getAttribute('src') || '';
  if (/^data:image\//i.test(src)) return { src };
  if (!allowed) return initials;
  if (!image.complete) await withTimeout(image.decode(), timeoutMs);
  // An image that did not load is not asked for again (the page's policy may have refused it).
  if (image.naturalWidth === 0) return initials;
  const own = readable(image, width, height);
  if (own) return { src: own };
  if (!/^https:/i.test(src)) return initials;
  // A copy asked for with CORS: drawable if the image's host allows it.
  const copy = new Image();
  copy.crossOrigin = 'anonymous';
  copy.referrerPolicy = 'no-referrer';
  copy.src = src;
  const loaded = await withTimeout(copy.decode().then(() => true), timeoutMs);
  const drawn = loaded ? readable(copy, width, height) : undefined;
  return drawn ? { src: drawn } : initials;
}

/** Every image in `root`, its shadow roots included. */
function imagesIn(root: Element): HTMLImageElement[] {
  const found: HTMLImageElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element instanceof HTMLImageElement) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root instanceof HTMLImageElement) found.push(root);
  visit(root);
  return found;
}

/** The page's values the drawing needs: the root font size (rem), the inherited font size, custom properties. */
function inheritedStyle(root: Element): string {
  const style = getComputedStyle(root);
  const declarations = [`font-size: ${getComputedStyle(root.parentElement ?? root).fontSize}`];
  for (let i = 0; i < style.length && declarations.length < MAX_PROPERTIES; i++) {
    const name = style.item(i);
    if (name.startsWith('--')) declarations.push(`${name}: ${style.getPropertyValue(name)}`);
  }
  return declarations.join('; ');
}

/** The SVG document of the drawing of `root`, `side` image pixels wide and high (exported for tests). */
export async function drawingOf(root: Element, options: DrawOptions, side = options.size): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const images = new Map<Element, ImageStandIn>();
  const all = imagesIn(root);
  await Promise.all(all.map(async (image, index) => images.set(image, await standIn(image, index < MAX_IMAGES, timeoutMs))));
  const { width, height } = options.size;
  const rem = getComputedStyle(root.ownerDocument.documentElement).fontSize;
  const box = `width: ${width}px; height: ${height}px; overflow: hidden; ${inheritedStyle(root)}`;
  const css = options.css ? `<style>${escapeXml(options.css)}</style>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${side.width}" height="${side.height}" viewBox="0 0 ${width} ${height}" style="font-size: ${escapeXml(rem)}">`
    + `<foreignObject x="0" y="0" width="${width}" height="${height}">`
    + `<div xmlns="http://www.w3.org/1999/xhtml" style="${escapeXml(box)}">${css}${serializeTree(root, { images })}</div>`
    + `</foreignObject></svg>`;
}

/** Draws `root` (the certificate: the built-in article, or the template's host) as a PNG. */
export async function drawPng(root: Element, options: DrawOptions): Promise<Blob> {
  const { width, height } = options.size;
  if (!(width > 0 && height > 0)) throw new CredentialError('DRAW_FAILED', 'The certificate has no size to draw.');
  const ratio = Math.min(options.pixelRatio ?? 2, MAX_SIDE / Math.max(width, height));
  const side = { width: Math.round(width * ratio), height: Math.round(height * ratio) };
  const svg = await drawingOf(root, options, side);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const ready = await withTimeout(image.decode().then(() => true), options.timeoutMs ?? 5000);
  if (!ready) throw new CredentialError('DRAW_FAILED', "The certificate's drawing did not load (does the page's img-src allow data:?).");
  const canvas = document.createElement('canvas');
  canvas.width = side.width;
  canvas.height = side.height;
  const context = canvas.getContext('2d');
  if (!context) throw new CredentialError('DRAW_FAILED', 'This browser has no 2D canvas.');
  context.drawImage(image, 0, 0, side.width, side.height);
  let blob: Blob | null = null;
  try {
    blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } catch (cause) {
    throw new CredentialError('DRAW_FAILED', 'The browser would not let the drawing be read.', { cause });
  }
  if (!blob) throw new CredentialError('DRAW_FAILED', 'The drawing could not be encoded as PNG.');
  return blob;
}

/** Saves `blob` as a file named `name`, through a temporary object URL. */
export function saveBlob(blob: Blob, name: string, parent: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
