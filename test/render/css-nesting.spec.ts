// The nesting guard in front of the browser's CSS parser (src/render/css-nesting.ts): depth as the CSS
// tokenizer sees it, so that no comment, string, escape or url() can hide a deep nest from it.
import { describe, expect, it } from '../helpers/harness.js';
import { cssNestsDeeperThan, MAX_CSS_NESTING } from '../../src/render/css-nesting.js';

const deep = (n: number) => `${'a{'.repeat(n)}${'}'.repeat(n)}`;

describe('css-nesting: depth before parsing', () => {
  it('measures blocks of every kind', () => {
    expect(cssNestsDeeperThan(deep(MAX_CSS_NESTING))).to.equal(false);
    expect(cssNestsDeeperThan(deep(MAX_CSS_NESTING + 1))).to.equal(true);
    expect(cssNestsDeeperThan(`${':is('.repeat(65)}a${')'.repeat(65)}{}`)).to.equal(true);
    expect(cssNestsDeeperThan(`a{b:${'calc('.repeat(40)}1px${')'.repeat(40)}}`, 40)).to.equal(true);
    expect(cssNestsDeeperThan('[a]'.repeat(10000) + '{}', 2)).to.equal(false);
    expect(cssNestsDeeperThan('@media all{'.repeat(3), 2)).to.equal(true);
    // Unclosed blocks at the end still count (the parser opens them).
    expect(cssNestsDeeperThan('a{'.repeat(3), 2)).to.equal(true);
  });

  it('a stylesheet of many flat rules is shallow', () => {
    expect(cssNestsDeeperThan('.a{color:red}'.repeat(50000))).to.equal(false);
    expect(cssNestsDeeperThan('@media (min-width: 1px) { .a { & .b { color: rgb(1 2 3 / calc(1 * (2 + 3))) } } }')).to.equal(false);
  });

  it('closers that are not closers cannot hide depth (the attacker version)', () => {
    const hidden = (closer: string) => `a{${closer}`.repeat(10);
    // In a string, a comment, escaped, in an unquoted url(), or the wrong mirror: no block closes.
    for (const closer of ['"}"', "'}'", '/*}*/', '\\}', 'url(})', 'url( } )', 'URL(})', 'u\\72l(})', 'u\\000072l(})', 'u\\72 l(})', ')', ']', 'b:(}', 'url(x"})', 'url(\\)})']) {
      expect(cssNestsDeeperThan(hidden(closer), 5), closer).to.equal(true);
    }
  });

  it('follows strings, comments and url() exactly as the tokenizer does', () => {
    // A newline ends a bad string; an escaped newline continues it; a hex escape eats one whitespace.
    expect(cssNestsDeeperThan('a{"x\n}b{c{d{', 3)).to.equal(false);
    expect(cssNestsDeeperThan('a{"x\\\n}"b{c{d{', 3)).to.equal(true);
    expect(cssNestsDeeperThan('a{"\\22\n}"b{c{d{', 3)).to.equal(true);
    // A comment without end swallows the rest; "*/" in a string is no comment end.
    expect(cssNestsDeeperThan('a{/*}}}}b{c{d{e{', 3)).to.equal(false);
    expect(cssNestsDeeperThan('a{"/*"}b{c{d{', 3)).to.equal(false);
    // url( followed by a quote is a function with a string: a real "(" block.
    expect(cssNestsDeeperThan('a{b:url( "x" ) c:url(\'y\')}', 2)).to.equal(false);
    expect(cssNestsDeeperThan('a{b:url("x"', 1)).to.equal(true);
    // Not a url token: a hash, an at-keyword, a longer name, a name with a digit: "(" opens a block.
    for (const prefix of ['#url', '@url', 'xurl', '-url', '1url', 'url ']) {
      expect(cssNestsDeeperThan(`a{${prefix}(})`.repeat(3), 2), prefix).to.equal(true);
    }
    // A url token ends at its ")" (a bad url too): what follows nests as usual.
    expect(cssNestsDeeperThan('a{b:url(x"y)}c{d{e{', 3)).to.equal(false);
    expect(cssNestsDeeperThan('a{b:url(x y)}c{d{e{', 3)).to.equal(false);
  });

  it('is linear: a megabyte of brackets in strings and comments', () => {
    expect(cssNestsDeeperThan(`"${'{'.repeat(1 << 20)}"`)).to.equal(false);
    expect(cssNestsDeeperThan(`/*${'{'.repeat(1 << 20)}*/`)).to.equal(false);
    expect(cssNestsDeeperThan('{'.repeat(1 << 20))).to.equal(true);
  });
});
