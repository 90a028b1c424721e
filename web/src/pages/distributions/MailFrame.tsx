import type { SyntheticEvent } from 'react';
import { restoreStyles, withNothingLoadedFromElsewhere, withStylesSetAside } from './mailFrame.js';
import './mailFrame.css';

/**
 * A mail's HTML in a frame of its own. The frame runs no scripts, submits no forms, opens no
 * windows and loads nothing from elsewhere; it shares the page's origin only so that the mail's
 * styles can be put back (mailFrame.ts).
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
  return <iframe className="mail-preview-frame" title={title} sandbox="allow-same-origin" srcDoc={withStylesSetAside(withNothingLoadedFromElsewhere(html))} onLoad={onLoad} />;
}
