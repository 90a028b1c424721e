import { render } from 'preact';
import surveyCss from '../renderer/survey.css?inline';
import type { MountOptions } from './options.js';
import widgetCss from './widget.css?inline';
import { Widget } from './Widget.js';

export type { MountOptions } from './options.js';

/** A constructed stylesheet: allowed under `style-src 'self'`, unlike a <style> element or a style attribute. */
function sheet(cssText: string): CSSStyleSheet {
  const constructed = new CSSStyleSheet();
  constructed.replaceSync(cssText);
  return constructed;
}

/**
 * The renderer's look, sized from the widget rather than from the host page: `rem` is the host's
 * root font size (often 10px or 20px), `em` here starts from the visitor's own default, which the
 * host element's `all: initial` restores.
 */
const ownSizes = (cssText: string) => cssText.replace(/(\d)rem\b/g, '$1em');

/**
 * Shows one survey in a card in the corner of the host page, inside a shadow root that the page's
 * own CSS cannot reach. Called by the loader (widget.js) once a survey's trigger fires.
 */
export function mount(options: MountOptions): void {
  const host = document.createElement('kuulo-widget');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet(ownSizes(surveyCss)), sheet(widgetCss)];
  (document.body ?? document.documentElement).append(host);
  const onClose = () => {
    render(null, shadow);
    host.remove();
    options.onClose();
  };
  render(<Widget {...options} onClose={onClose} />, shadow);
}
