import { describe, expect, it } from 'vitest';
import { withNothingLoadedFromElsewhere, withStylesSetAside } from './mailFrame.js';

describe('withStylesSetAside', () => {
  it('moves inline styles aside and leaves the text alone', () => {
    const html = '<body style="margin:0"><p style="margin:0 0 16px">a style="x" b</p><a href="https://k.example/s?a=1&amp;b=2" style="color:#1f5fbf">Go</a><img src="x" width="1"></body>';
    expect(withStylesSetAside(html)).toBe(
      '<body data-mail-style="margin:0"><p data-mail-style="margin:0 0 16px">a style="x" b</p><a href="https://k.example/s?a=1&amp;b=2" data-mail-style="color:#1f5fbf">Go</a><img src="x" width="1"></body>',
    );
    expect(withStylesSetAside('<table role="presentation" width="100%" style="a:b"><tr><td align="left" style="c:d">x</td></tr></table>')).not.toMatch(/<[^>]*\sstyle="/);
  });
});

describe('withNothingLoadedFromElsewhere', () => {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:">`;
  it('leaves out images from elsewhere and puts a policy that loads nothing first in the head', () => {
    const pixel = '<img src="https://k.example/o/t.gif" width="1" height="1" alt="" style="display:block">';
    expect(withNothingLoadedFromElsewhere(`<!doctype html><html lang="fi"><head><meta charset="utf-8"></head><body><p>Hei</p>${pixel}<img src="data:image/gif;base64,R0l" alt="logo"></body></html>`)).toBe(
      `<!doctype html><html lang="fi"><head>${policy}<meta charset="utf-8"></head><body><p>Hei</p><img src="data:image/gif;base64,R0l" alt="logo"></body></html>`,
    );
    expect(withNothingLoadedFromElsewhere('<p>Hei</p>')).toBe(`${policy}<p>Hei</p>`);
  });
});
