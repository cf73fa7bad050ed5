// The examples of the README's integration sections, which the consumer tests compile: every ```ts / ```tsx block
// under "Use it with a bundler", "React / Vue / Svelte / Angular" and "Server-side rendering frameworks".
export const COMPILED_SECTIONS = ['Use it with a bundler', 'React / Vue / Svelte / Angular', 'Server-side rendering frameworks'];

export function readmeExamples(readme: string): Array<{ section: string; lang: 'ts' | 'tsx'; code: string }> {
  const examples: Array<{ section: string; lang: 'ts' | 'tsx'; code: string }> = [];
  for (const section of COMPILED_SECTIONS) {
    const start = readme.indexOf(`\n## ${section}\n`);
    if (start < 0) throw new Error(`README.md has no "## ${section}" section`);
    const end = readme.indexOf('\n## ', start + 1);
    const body = readme.slice(start, end < 0 ? undefined : end);
    const blocks = [...body.matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map((match) => ({ section, lang: match[1] as 'ts' | 'tsx', code: match[2]! }));
    if (!blocks.length) throw new Error(`README.md: "## ${section}" has no ts or tsx example`);
    examples.push(...blocks);
  }
  return examples;
}
