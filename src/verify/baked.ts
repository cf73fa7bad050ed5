/**
 * Extracts the credential baked into an image: a PNG `iTXt` chunk with the keyword `openbadgecredential` (Open
 * Badges 3.0) or `openbadges` (2.0), or an SVG `<openbadges:credential>` (3.0) or `<openbadges:assertion>` (2.0)
 * element, whose `verify` attribute holds a VC-JWT (or, in 2.0, a URL or JWS) and whose content holds JSON.
 * Both readers take time linear in the image, and a compressed chunk is inflated only up to the text limit.
 */
import { inflateCapped } from './inflate.js';
import { limitError, MAX_TEXT_BYTES } from './limits.js';

export { isPng } from '../shape/formats.js';

const PNG_KEYWORDS = ['openbadgecredential', 'openbadges'];
const SVG_ELEMENTS = ['openbadges:credential', 'openbadges:assertion'];

const tooLarge = () => limitError('too-large', `the baked credential is larger than ${MAX_TEXT_BYTES / 1048576} MB`);

const chunkType = (bytes: Uint8Array, offset: number) => new TextDecoder('latin1').decode(bytes.subarray(offset, offset + 4));
const isType = (bytes: Uint8Array, offset: number, type: readonly number[]) => type.every((byte, i) => bytes[offset + i] === byte);
const ITXT = [0x69, 0x54, 0x58, 0x74];
const IEND = [0x49, 0x45, 0x4e, 0x44];

/**
 * The text of the PNG's baked-credential iTXt chunk (the first one: a PNG carries one credential), or undefined when
 * it has none. Throws on a broken PNG. One pass over the chunks, reading only their 8-byte headers.
 */
export async function extractFromPng(bytes: Uint8Array): Promise<string | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) throw new Error(`the PNG's ${chunkType(bytes, offset + 4)} chunk runs past the end of the file`);
    if (isType(bytes, offset + 4, ITXT)) {
      const text = await readITxt(bytes.subarray(dataStart, dataEnd));
      if (text !== undefined) return text;
    }
    if (isType(bytes, offset + 4, IEND)) break;
    offset = dataEnd + 4; // skip the CRC
  }
  return undefined;
}

async function readITxt(chunk: Uint8Array): Promise<string | undefined> {
  // keyword \0 compressionFlag compressionMethod languageTag \0 translatedKeyword \0 text
  const keywordEnd = chunk.indexOf(0);
  if (keywordEnd < 0) return undefined;
  const keyword = new TextDecoder('latin1').decode(chunk.subarray(0, keywordEnd));
  if (!PNG_KEYWORDS.includes(keyword)) return undefined;
  const compressed = chunk[keywordEnd + 1] === 1;
  const languageEnd = chunk.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : chunk.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new Error(`the PNG's ${keyword} chunk is malformed`);
  const text = chunk.subarray(translatedEnd + 1);
  if (!compressed && text.length > MAX_TEXT_BYTES) throw tooLarge();
  return new TextDecoder().decode(compressed ? await inflateCapped(text, 'deflate', MAX_TEXT_BYTES, tooLarge) : text);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    if (entity[0] !== '#') return XML_ENTITIES[entity.toLowerCase()];
    const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\n' || char === '\t' || char === '\r';

/** Where the first baked-credential start tag begins (at its '<'), and which element it is; one forward scan. */
function findElement(lower: string): { start: number; name: string } | undefined {
  for (let at = lower.indexOf('<openbadges:'); at >= 0; at = lower.indexOf('<openbadges:', at + 1)) {
    const name = SVG_ELEMENTS.find((candidate) => lower.startsWith(candidate, at + 1));
    const next = lower[at + 1 + (name?.length ?? 0)];
    if (name && (isSpace(next) || next === '/' || next === '>')) return { start: at, name };
  }
  return undefined;
}

interface StartTag {
  /** The index of its closing '>'. */
  end: number;
  selfClosing: boolean;
  verify?: string;
}

/** Reads the attributes of a start tag from `at` (just after its name) to its '>', in one pass; undefined if it never ends. */
function readStartTag(svg: string, lower: string, at: number): StartTag | undefined {
  let verify: string | undefined;
  while (at < svg.length) {
    while (isSpace(svg[at])) at++;
    if (svg[at] === '>') return { end: at, selfClosing: false, verify };
    if (svg.startsWith('/>', at)) return { end: at + 1, selfClosing: true, verify };
    const nameStart = at;
    while (at < svg.length && !isSpace(svg[at]) && !'=/>'.includes(svg[at])) at++;
    if (at === nameStart) {
      at++; // a stray character
      continue;
    }
    const name = lower.slice(nameStart, at);
    while (isSpace(svg[at])) at++;
    if (svg[at] !== '=') continue;
    at++;
    while (isSpace(svg[at])) at++;
    const quote = svg[at];
    if (quote !== '"' && quote !== "'") continue; // XML values are always quoted
    const close = svg.indexOf(quote, at + 1);
    if (close < 0) return undefined;
    if (name === 'verify') verify = svg.slice(at + 1, close);
    at = close + 1;
  }
  return undefined;
}

/**
 * The credential in an SVG's baked-credential element: the `verify` attribute if present, else the element's
 * content (CDATA or escaped JSON). Undefined when the SVG has no such element, or its first one is unterminated.
 * A scan rather than an XML parser, so it works the same in Node, browsers and workers; it reads one element.
 */
export function extractFromSvg(svg: string): string | undefined {
  // Lower-cased ASCII only, so that every index into `lower` is the same index into `svg`.
  const lower = svg.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const element = findElement(lower);
  if (!element) return undefined;
  const tag = readStartTag(svg, lower, element.start + 1 + element.name.length);
  if (!tag) return undefined;
  if (tag.verify !== undefined) return unescapeXml(tag.verify).trim();
  if (tag.selfClosing) return undefined;
  const close = lower.indexOf(`</${element.name}`, tag.end + 1);
  if (close < 0) return undefined;
  const content = svg.slice(tag.end + 1, close).trim();
  const cdata = content.startsWith('<![CDATA[') && content.endsWith(']]>') ? content.slice('<![CDATA['.length, -']]>'.length) : undefined;
  return (cdata ?? unescapeXml(content)).trim() || undefined;
}
