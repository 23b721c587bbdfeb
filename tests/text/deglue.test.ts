import { describe, expect, it } from 'vitest';
import { deglue, glueTransitions } from '../../src/text/deglue.js';

const parts = (s: string) => deglue(s).segments.map((x) => x.text);

describe('deglue', () => {
  it('splits a glued breadcrumb at its transitions', () => {
    expect(parts('HomeLocal NewsHarbourCouncil Approves Plan')).toEqual(['Home', 'Local News', 'Harbour', 'Council Approves Plan']);
    expect(glueTransitions('HomeLocal NewsHarbour')).toEqual([4, 14]);
  });

  it('splits at breadcrumb separators', () => {
    expect(parts('Home › Local › Harbour')).toEqual(['Home', 'Local', 'Harbour']);
    expect(parts('Home > Local | Harbour')).toEqual(['Home', 'Local', 'Harbour']);
    expect(deglue('Home › Local').separators).toBe(1);
  });

  it('keeps slashes and angle brackets that are not between spaces', () => {
    expect(parts('Open 24/7 and/or a>b')).toEqual(['Open 24/7 and/or a>b']);
  });

  it('leaves CamelCase names, particles and lower-initial brands whole', () => {
    for (const s of ['YouTube and PayPal', 'McDonald and MacArthur', 'DeSantis meets LaGuardia staff', 'iPhone, eBay, mRNA', 'NGOs and CEOs']) {
      expect(glueTransitions(s)).toEqual([]);
    }
  });

  it('splits before a known name glued to a label', () => {
    expect(parts('NewsYouTube bans ads')).toEqual(['News', 'YouTube bans ads']);
    expect(parts('HomeMcDonald profits')).toEqual(['Home', 'McDonald profits']);
  });

  it('ignores URLs, handles, tags and tokens with digits', () => {
    expect(glueTransitions('see example.com/HomePage @HarbourNews #HarbourPlan Covid19Update')).toEqual([]);
  });

  it('reports offsets into the input', () => {
    const s = '  HomeLocal';
    expect(deglue(s).segments).toEqual([
      { text: 'Home', start: 2, end: 6 },
      { text: 'Local', start: 6, end: 11 },
    ]);
  });
});
