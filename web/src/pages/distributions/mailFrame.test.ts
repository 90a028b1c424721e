import { describe, expect, it } from 'vitest';
import { withStylesSetAside } from './mailFrame.js';

describe('withStylesSetAside', () => {
  it('moves inline styles aside and leaves the text alone', () => {
    const html = '<body style="margin:0"><p style="margin:0 0 16px">a style="x" b</p><a href="https://k.example/s?a=1&amp;b=2" style="color:#1f5fbf">Go</a><img src="x" width="1"></body>';
    expect(withStylesSetAside(html)).toBe(
      '<body data-mail-style="margin:0"><p data-mail-style="margin:0 0 16px">a style="x" b</p><a href="https://k.example/s?a=1&amp;b=2" data-mail-style="color:#1f5fbf">Go</a><img src="x" width="1"></body>',
    );
    expect(withStylesSetAside('<table role="presentation" width="100%" style="a:b"><tr><td align="left" style="c:d">x</td></tr></table>')).not.toMatch(/<[^>]*\sstyle="/);
  });
});
