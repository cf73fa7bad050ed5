/**
 * How deeply a piece of CSS nests its blocks (`{}`, `()`, `[]`), measured before the browser parses it:
 * Chromium's CSS parser crashes the page's renderer at a few thousand levels (`a{` × 5,000 nested rules,
 * `:is(` × 20,000), which a template must not be able to do to a school's page.
 *
 * Not a CSS parser and not part of any security decision about what CSS may do: it follows only what
 * decides whether a bracket opens or closes a block, exactly as CSS Syntax §4 tokenizes it (comments,
 * strings, escapes, and url(…) tokens, inside which brackets are not blocks), so its depth is the one
 * the browser's parser will reach.
 */

/** Deepest nesting accepted (certificates nest a few levels; the browser's parser holds some thousands). */
export const MAX_CSS_NESTING = 64;

const isNewline = (c: string | undefined) => c === '\n' || c === '\r' || c === '\f';
const isWhitespace = (c: string | undefined) => c === ' ' || c === '\t' || isNewline(c);
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

function isNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d || code >= 0x80;
}

function isNonPrintable(code: number): boolean {
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** A backslash at `i` that starts an escape (not followed by a newline). */
const validEscape = (css: string, i: number) => css[i] === '\\' && !isNewline(css[i + 1]);

/** Consumes the escape whose backslash is at `i`: the code point it stands for and the index after it. */
function escapeAt(css: string, i: number): [string, number] {
  let j = i + 1;
  if (!isHex(css[j])) return [css[j] ?? '\uFFFD', Math.min(j + 1, css.length)];
  const start = j;
  while (j < start + 6 && isHex(css[j])) j++;
  const code = parseInt(css.slice(start, j), 16);
  if (isWhitespace(css[j])) j += css[j] === '\r' && css[j + 1] === '\n' ? 2 : 1;
  const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return [valid ? String.fromCodePoint(code) : '\uFFFD', j];
}

/** The index after a string whose opening quote is just before `i` (a newline ends a bad string, unconsumed). */
function skipString(css: string, i: number, quote: string): number {
  while (i < css.length) {
    const c = css[i];
    if (c === quote) return i + 1;
    if (isNewline(c)) return i;
    if (c === '\\') {
      if (i + 1 >= css.length) return css.length;
      if (isNewline(css[i + 1])) i += css[i + 1] === '\r' && css[i + 2] === '\n' ? 3 : 2;
      else i = escapeAt(css, i)[1];
      continue;
    }
    i++;
  }
  return css.length;
}

/** The index after the remnants of a bad url token. */
function skipBadUrl(css: string, i: number): number {
  while (i < css.length) {
    if (css[i] === ')') return i + 1;
    i = validEscape(css, i) ? escapeAt(css, i)[1] : i + 1;
  }
  return css.length;
}

/** The index after an unquoted url token whose content starts at `i` (after `url(` and whitespace). */
function skipUrl(css: string, i: number): number {
  while (i < css.length) {
    const c = css[i]!;
    if (c === ')') return i + 1;
    if (isWhitespace(c)) {
      while (isWhitespace(css[i])) i++;
      if (i >= css.length) return i;
      return css[i] === ')' ? i + 1 : skipBadUrl(css, i);
    }
    if (c === '"' || c === "'" || c === '(' || isNonPrintable(c.charCodeAt(0))) return skipBadUrl(css, i + 1);
    if (c === '\\') {
      if (!validEscape(css, i)) return skipBadUrl(css, i + 1);
      i = escapeAt(css, i)[1];
      continue;
    }
    i++;
  }
  return css.length;
}

/** Whether `css` nests blocks deeper than `limit`. Linear in the length of `css`. */
export function cssNestsDeeperThan(css: string, limit: number = MAX_CSS_NESTING): boolean {
  // The closers the open blocks wait for: a block ends only at its own mirror (a ")" inside "{…}" is
  // just a token there), as CSS Syntax consumes simple blocks.
  const open: string[] = [];
  // The name (identifier characters and escapes, decoded) just before the current position, for url(:
  // its first characters, its length, and what stands before it.
  let name = '';
  let nameLength = 0;
  let before = '';
  const endName = () => {
    name = '';
    nameLength = 0;
  };
  let i = 0;
  while (i < css.length) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      endName();
      continue;
    }
    if (c === '"' || c === "'") {
      i = skipString(css, i + 1, c);
      endName();
      continue;
    }
    const escape = validEscape(css, i);
    if (escape || isNameChar(c.charCodeAt(0))) {
      if (nameLength === 0) before = css[i - 1] ?? '';
      const [decoded, next] = escape ? escapeAt(css, i) : [c, i + 1];
      if (nameLength < 4) name += decoded;
      nameLength++;
      i = next;
      continue;
    }
    if (c === '(') {
      const url = nameLength === 3 && name.toLowerCase() === 'url' && before !== '#' && before !== '@';
      endName();
      i++;
      if (url) {
        let j = i;
        while (isWhitespace(css[j])) j++;
        if (css[j] !== '"' && css[j] !== "'") {
          i = skipUrl(css, j); // one token: not a block
          continue;
        }
      }
      if (open.push(')') > limit) return true;
      continue;
    }
    endName();
    if (c === '{' || c === '[') {
      if (open.push(c === '{' ? '}' : ']') > limit) return true;
    } else if (c === open[open.length - 1]) open.pop();
    i++;
  }
  return false;
}
