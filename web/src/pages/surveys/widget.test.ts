import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtml, originOf, readWidget, widgetScript, widgetValues } from './widget.js';

describe('widget and embed snippets', () => {
  it('builds the loader tag from the survey link origin', () => {
    expect(originOf('https://kuulo.example:8443/s/abc')).toBe('https://kuulo.example:8443');
    expect(widgetScript(originOf('https://kuulo.example/s/abc'), 'ws_1')).toBe('<script src="https://kuulo.example/widget.js" data-workspace="ws_1" async></script>');
  });

  it('escapes the iframe title and marks the channel', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(embedSnippet('https://kuulo.example/s/abc', 'Q&A "2026"')).toBe(
      '<iframe src="https://kuulo.example/s/abc?ch=embed" title="Q&amp;A &quot;2026&quot;" width="100%" height="560" frameborder="0" loading="lazy"></iframe>',
    );
  });
});

describe('widget settings form', () => {
  it('fills in the server defaults and round-trips', () => {
    const values = widgetValues(undefined);
    expect(values).toMatchObject({ isEnabled: false, pages: [], when: 'immediately', samplePercent: '100', recontactDays: '90' });
    const stored = {
      isEnabled: true,
      pages: [{ match: 'contains' as const, value: '/checkout' }],
      when: { type: 'event' as const, name: 'checkout_done' },
      targeting: [{ attribute: 'seats', op: 'gt' as const, value: 10 }, { attribute: 'plan', op: 'present' as const }],
      samplePercent: 25,
      recontactDays: 30,
    };
    const read = readWidget(widgetValues(stored));
    expect(read.problems).toEqual({});
    expect(read.widget).toEqual(stored);
  });

  it('names problems by the server paths', () => {
    const values = {
      ...widgetValues({}),
      pages: [{ match: 'regex' as const, value: '(' }, { match: 'exact' as const, value: ' ' }],
      when: 'delay' as const,
      seconds: '4000',
      targeting: [{ attribute: '1plan', op: 'lt' as const, value: 'many' }],
      samplePercent: '',
      recontactDays: '1.5',
    };
    expect(readWidget(values).problems).toEqual({
      'pages.0.value': 'regex',
      'pages.1.value': 'required',
      'when.seconds': 'range',
      'targeting.0.attribute': 'attribute',
      'targeting.0.value': 'number',
      samplePercent: 'range',
      recontactDays: 'range',
    });
    expect(readWidget({ ...widgetValues({}), when: 'event', eventName: '  ' }).problems).toEqual({ 'when.name': 'required' });
  });
});
