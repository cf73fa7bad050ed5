/**
 * The 100-badge page as one <credential-gallery>, against the 100 separate badges, each in fresh contexts, ROUNDS
 * times (medians); and a thousand credentials in one gallery, scrolled to the end, for its longest main-thread task.
 */
import { runFresh } from '../lib/browser.js';
import { machineLine, median, ms, ratio, ROUNDS, step } from '../lib/env.js';
import type { Section } from '../lib/section.js';

type Figures = Record<string, number>;

export const gallery: Section = {
  name: 'gallery',
  description: 'the 100-badge page as one <credential-gallery>, and a thousand credentials scrolled',
  async run(context) {
    await context.documents();
    const browser = await context.browser();
    const server = await context.server();
    const run = async (path: string, done: string): Promise<Figures> => {
      server.inFlight.max = 0;
      const result = await runFresh<Figures>(browser, `${server.origin}${path}`, done);
      return { ...result, maxInFlight: server.inFlight.max };
    };
    const badges: Figures[] = [];
    const galleries: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      step(`gallery: round ${round + 1} of ${ROUNDS}`);
      badges.push(await run('/bench/pages/badges.html', 'badgesDone'));
      galleries.push(await run('/bench/pages/gallery.html', 'galleryDone'));
    }
    const middle = (runs: Figures[], key: string) => median(runs.map((entry) => entry[key]!));
    const most = (runs: Figures[], key: string) => Math.max(...runs.map((entry) => entry[key]!));
    step('gallery: a thousand credentials');
    const thousand = await run('/bench/pages/gallery.html?count=1000', 'galleryDone');
    const results = {
      badges: { verifiedMs: middle(badges, 'verifiedMs'), longestTaskMs: most(badges, 'longestTaskMs'), maxInFlight: most(badges, 'maxInFlight') },
      gallery: {
        visibleMs: middle(galleries, 'visibleMs'),
        verifiedMs: middle(galleries, 'verifiedMs'),
        verifiedCount: Math.min(...galleries.map((entry) => entry['verifiedCount']!)),
        longestTaskMs: most(galleries, 'longestTaskMs'),
        maxInFlight: most(galleries, 'maxInFlight'),
      },
      thousand: { tiles: thousand['tiles']!, longestTaskMs: thousand['longestTaskMs']!, totalBlockingMs: thousand['totalBlockingMs']! },
    };
    const { badges: b, gallery: g, thousand: t } = results;
    const lines = [
      `The 100-badge page as one <credential-gallery>, median of ${ROUNDS} fresh pages each ${machineLine()}`,
      `  100 <credential-badge> elements: all verified ${ms(b.verifiedMs)}; longest task ${ms(b.longestTaskMs)}; at most ${b.maxInFlight} requests in flight`,
      `  one <credential-gallery>:        tiles on screen verified ${ms(g.visibleMs)}, all 100 verified ${ms(g.verifiedMs)} (${g.verifiedCount} verified; ${ratio(b.verifiedMs, g.verifiedMs)} the badges); longest task ${ms(g.longestTaskMs)}; at most ${g.maxInFlight} requests in flight`,
      `  1,000 credentials in one gallery, scrolled to the end: ${t.tiles} tiles in the DOM; longest task ${ms(t.longestTaskMs)}, TBT ${ms(t.totalBlockingMs)}`,
    ];
    return { lines, results };
  },
};
