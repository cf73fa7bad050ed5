// Baked badges for tests: a 1×1 PNG with an `openbadgecredential` iTXt chunk, and an SVG with an
// <openbadges:credential> element, built byte by byte so the tests do not depend on an image library.
import { concatBytes } from '../../../src/verify/crypto/encoding.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = new Uint8Array(4 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  out.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function bakePng(credential: string, options: { compressed?: boolean; keyword?: string } = {}): Promise<Uint8Array> {
  const text = new TextEncoder().encode(credential);
  return pngWithText(options.compressed ? await deflate(text) : text, { compressed: options.compressed, keyword: options.keyword });
}

/** The data of an iTXt chunk holding `text` as given (zlib data when `compressed`). */
export const iTxt = (text: Uint8Array, options: { compressed?: boolean; keyword?: string } = {}) =>
  concatBytes(new TextEncoder().encode(options.keyword ?? 'openbadgecredential'), new Uint8Array([0, options.compressed ? 1 : 0, 0, 0, 0]), text);

/** A 1×1 PNG with these iTXt chunks (their data) before its pixels. */
export async function pngWithITxt(chunks: Uint8Array[]): Promise<Uint8Array> {
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1×1, 8-bit greyscale
  const pixels = await deflate(new Uint8Array([0, 0]));
  return concatBytes(signature, chunk('IHDR', ihdr), ...chunks.map((data) => chunk('iTXt', data)), chunk('IDAT', pixels), chunk('IEND', new Uint8Array()));
}

/** A 1×1 PNG with one iTXt chunk whose text is `text` as given (zlib data when `compressed`). */
export const pngWithText = (text: Uint8Array, options: { compressed?: boolean; keyword?: string } = {}) => pngWithITxt([iTxt(text, options)]);

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function bakeSvg(credential: string, form: 'attribute' | 'cdata' | 'escaped'): string {
  const element =
    form === 'attribute'
      ? `<openbadges:credential verify="${escapeXml(credential)}"/>`
      : form === 'cdata'
        ? `<openbadges:credential><![CDATA[${credential}]]></openbadges:credential>`
        : `<openbadges:credential>${escapeXml(credential)}</openbadges:credential>`;
  return `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="100" height="100">${element}<circle cx="50" cy="50" r="40"/></svg>`;
}
