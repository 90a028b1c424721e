/**
 * A mail's HTML for a preview frame. Mail styles are inline (`style="…"`), which the admin app's
 * Content-Security-Policy (style-src 'self') forbids, and a srcdoc frame inherits that policy. So the
 * styles travel in a data attribute and are put back through the CSSOM, which the policy allows.
 */

export const styleAttribute = 'data-mail-style';

/** Moves every inline style into `data-mail-style`; the mail's HTML quotes and escapes its attributes. */
export function withStylesSetAside(html: string): string {
  return html.replace(/(<[a-zA-Z][^<>]*?\s)style="([^"]*)"/g, `$1${styleAttribute}="$2"`);
}

/** Puts the set-aside styles back on the elements of a loaded frame's document. */
export function restoreStyles(document: Document): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[${styleAttribute}]`)) {
    element.style.cssText = element.getAttribute(styleAttribute) ?? '';
  }
}

/**
 * Makes the mail load nothing from elsewhere: a real mail carries an open-tracking image, and
 * showing the mail in Kuulo must not count as its recipient opening it. Images from elsewhere are
 * left out (the tracking image is invisible anyway), and a policy in the frame's own document, which
 * adds to the one it inherits, stops anything else.
 */
export function withNothingLoadedFromElsewhere(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:">`;
  const withoutImages = html.replace(/<img\s[^>]*?src="(?!data:)[^"]*"[^>]*>/gi, '');
  const head = /<head(\s[^>]*)?>/i;
  return head.test(withoutImages) ? withoutImages.replace(head, (tag) => `${tag}${policy}`) : `${policy}${withoutImages}`;
}
