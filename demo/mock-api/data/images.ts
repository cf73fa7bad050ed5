/**
 * Badge and seal images for the mock data, as PNG data URIs (OB 3.0 allows an image's id to be a data URI):
 * the demo then shows real pictures with no host to fetch them from, and passes a page's `img-src 'self'` policy.
 * A ring and a disk in the achievement type's colour, drawn pixel by pixel; deterministic.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rgb = (hex: string) => [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));

/** A `size`×`size` RGBA PNG: a disk of `fill` inside a ring of `ring`, transparent outside. */
export function medallionPng(fill: string, ring: string, size = 96): string {
  const [fr, fg, fb] = rgb(fill);
  const [rr, rg, rb] = rgb(ring);
  const center = (size - 1) / 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA pixels
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x - center, y - center) / (size / 2);
      const pixel = distance > 1 ? [0, 0, 0, 0] : distance > 0.8 ? [rr, rg, rb, 255] : distance > 0.74 ? [255, 255, 255, 255] : [fr, fg, fb, 255];
      row.set(pixel, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Colours per OB 3.0 achievementType, so a transcript's programs, courses and competencies look apart. */
const COLOURS: Record<string, string> = { Course: '#1f5fbf', Competency: '#2e7d4f', Diploma: '#7a1f2b', AssociateDegree: '#7a1f2b', Certificate: '#8a5a00' };

export function achievementImage(achievementType: string): string {
  return medallionPng(COLOURS[achievementType] ?? '#4a4f5c', '#c8a43a');
}

export const SEAL_IMAGE = medallionPng('#7a1f2b', '#c8a43a', 128);
