/**
 * Extracts the credential baked into an Open Badges 3.0 image: a PNG `iTXt` chunk with the keyword
 * `openbadgecredential`, or an SVG `<openbadges:credential>` element (its `verify` attribute holds a VC-JWT,
 * its content a JSON credential).
 */

export { isPng } from '../shape/formats.js';

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text of the PNG's `openbadgecredential` iTXt chunk, or undefined when it has none. Throws on a broken PNG. */
export async function extractFromPng(bytes: Uint8Array): Promise<string | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = new TextDecoder('latin1');
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = latin1.decode(bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) throw new Error(`the PNG's ${type} chunk runs past the end of the file`);
    if (type === 'iTXt') {
      const text = await readITxt(bytes.subarray(dataStart, dataEnd));
      if (text) return text;
    }
    if (type === 'IEND') break;
    offset = dataEnd + 4; // skip the CRC
  }
  return undefined;
}

async function readITxt(chunk: Uint8Array): Promise<string | undefined> {
  // keyword \0 compressionFlag compressionMethod languageTag \0 translatedKeyword \0 text
  const keywordEnd = chunk.indexOf(0);
  if (keywordEnd < 0) return undefined;
  const keyword = new TextDecoder('latin1').decode(chunk.subarray(0, keywordEnd));
  if (keyword !== 'openbadgecredential') return undefined;
  const compressed = chunk[keywordEnd + 1] === 1;
  const languageEnd = chunk.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : chunk.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new Error('the PNG\'s openbadgecredential chunk is malformed');
  const text = chunk.subarray(translatedEnd + 1);
  return new TextDecoder().decode(compressed ? await inflate(text) : text);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    if (entity[0] !== '#') return XML_ENTITIES[entity.toLowerCase()];
    const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/**
 * The credential in an SVG's `<openbadges:credential>` element: the `verify` attribute (a VC-JWT) if present,
 * else the element's content (CDATA or escaped JSON). Undefined when the SVG has no such element.
 * A scan rather than an XML parser, so it works the same in Node and browsers; it reads one element, nothing else.
 */
export function extractFromSvg(svg: string): string | undefined {
  const match = /<openbadges:credential\b([^>]*?)(\/>|>([\s\S]*?)<\/openbadges:credential\s*>)/i.exec(svg);
  if (!match) return undefined;
  const verify = /\bverify\s*=\s*("([^"]*)"|'([^']*)')/i.exec(match[1]);
  if (verify) return unescapeXml(verify[2] ?? verify[3]).trim();
  const content = (match[3] ?? '').trim();
  const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(content);
  return (cdata ? cdata[1] : unescapeXml(content)).trim() || undefined;
}
