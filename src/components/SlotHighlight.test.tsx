import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlotHighlight } from './SlotHighlight.tsx';

describe('SlotHighlight', () => {
  it('marks each span with its label and keeps the span text alone in the mark', () => {
    const text = 'wake me up at seven am';
    const html = renderToStaticMarkup(
      <SlotHighlight text={text} locale="en-US" slots={[{ label: 'time', text: 'seven am', start: 14, end: 22 }]} />,
    );
    expect(html).toContain('<mark data-testid="slot" data-slot-label="time">seven am</mark>');
    expect(html).toContain('<small class="slot-label" dir="ltr">time</small>');
    expect(html).toContain('lang="en"');
  });

  it('escapes markup in user text instead of rendering it', () => {
    const text = '<img src=x onerror=alert(1)> at <b>noon</b>';
    const html = renderToStaticMarkup(
      <SlotHighlight text={text} locale="en-US" slots={[{ label: 'time', text: '<b>noon</b>', start: 32, end: 43 }]} />,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('data-slot-label="time">&lt;b&gt;noon&lt;/b&gt;</mark>');
  });

  it('says so when there are no slots', () => {
    const html = renderToStaticMarkup(<SlotHighlight text="what time is it" locale="en-US" slots={[]} />);
    expect(html).toContain('No slots found');
    expect(html).not.toContain('data-testid="slot"');
  });
});
