// render/format-date.ts: the one date formatter of the elements and the certificate renderer.
import { describe, expect, it } from '../harness.js';
import { formatDate, prepareDateFormat } from '../../src/render/format-date.js';

describe('render/format-date', () => {
  it('shows a calendar day as that day, wherever the reader is', () => {
    expect(formatDate('2025-03-01', 'en-US')).to.equal('Mar 1, 2025');
    expect(formatDate('2025-03-01T00:00:00Z', 'en-US', { style: 'long' })).to.equal('March 1, 2025');
    expect(formatDate('2025-03-01', 'es')).to.equal('1 mar 2025');
  });

  it('falls back to the ISO date for a locale Intl refuses, never throwing', () => {
    expect(formatDate('2025-03-01T10:00:00Z', 'not a locale!!')).to.equal('2025-03-01');
    expect(formatDate('2025-03-01T10:00:00Z', 'not a locale!!', { style: 'long', time: true })).to.equal('2025-03-01T10:00');
  });

  it('gives back what is not a date, and nothing for nothing', () => {
    expect(formatDate('next spring', 'en')).to.equal('next spring');
    expect(formatDate(undefined, 'en')).to.equal(undefined);
  });

  it('adds the time of day when asked', () => {
    expect(formatDate('2025-03-01T10:00:00Z', 'en-US', { time: true })).to.match(/^Mar 1, 2025, \d{1,2}:\d{2}\s?[AP]M$/);
  });

  it('prepares a locale\'s formatter ahead of need without throwing, even for a locale Intl refuses', () => {
    expect(() => prepareDateFormat('another bad locale!!')).not.to.throw();
    expect(formatDate('2025-03-01', 'another bad locale!!')).to.equal('2025-03-01');
    prepareDateFormat('de');
    expect(formatDate('2025-03-01', 'de')).to.equal('01.03.2025');
  });
});
