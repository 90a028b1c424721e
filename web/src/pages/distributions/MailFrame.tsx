import type { SyntheticEvent } from 'react';
import { restoreStyles, withStylesSetAside } from './mailFrame.js';

/**
 * A mail's HTML in a frame of its own. The frame runs no scripts, submits no forms and opens no
 * windows; it shares the page's origin only so that the mail's styles can be put back (mailFrame.ts).
 */
export function MailFrame({ html, title }: { html: string; title: string }) {
  const onLoad = (event: SyntheticEvent<HTMLIFrameElement>) => {
    const frame = event.currentTarget;
    const document = frame.contentDocument;
    if (!document) return;
    restoreStyles(document);
    // As tall as the mail, so the dialog scrolls rather than a frame inside it.
    frame.style.height = `${Math.ceil(document.documentElement.scrollHeight) + 2}px`;
  };
  return <iframe className="mail-preview-frame" title={title} sandbox="allow-same-origin" srcDoc={withStylesSetAside(html)} onLoad={onLoad} />;
}
