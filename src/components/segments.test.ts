import { describe, expect, it } from 'vitest';
import { humanizeLabel, segmentText } from './segments.ts';

const span = (label: string, text: string, start: number) => ({ label, text, start, end: start + text.length });

describe('segmentText', () => {
  it('splits around slot spans and keeps every character', () => {
    const text = 'wake me up at seven am tomorrow';
    const segs = segmentText(text, [span('date', 'tomorrow', 23), span('time', 'seven am', 14)]);
    expect(segs).toEqual([
      { kind: 'text', text: 'wake me up at ' },
      { kind: 'slot', text: 'seven am', label: 'time' },
      { kind: 'text', text: ' ' },
      { kind: 'slot', text: 'tomorrow', label: 'date' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('handles non-BMP characters by UTF-16 offsets', () => {
    const text = '🎉 明天 叫醒我';
    const segs = segmentText(text, [span('date', '明天', 3)]);
    expect(segs).toEqual([
      { kind: 'text', text: '🎉 ' },
      { kind: 'slot', text: '明天', label: 'date' },
      { kind: 'text', text: ' 叫醒我' },
    ]);
  });

  it('drops overlapping, empty and out-of-range spans', () => {
    const segs = segmentText('abc def', [
      { label: 'a', text: 'abc', start: 0, end: 3 },
      { label: 'b', text: 'c d', start: 2, end: 5 },
      { label: 'c', text: '', start: 4, end: 4 },
      { label: 'd', text: 'x', start: 6, end: 99 },
    ]);
    expect(segs).toEqual([
      { kind: 'slot', text: 'abc', label: 'a' },
      { kind: 'text', text: ' def' },
    ]);
  });

  it('returns one plain segment without slots and nothing for empty text', () => {
    expect(segmentText('what time is it', [])).toEqual([{ kind: 'text', text: 'what time is it' }]);
    expect(segmentText('', [])).toEqual([]);
  });
});

describe('humanizeLabel', () => {
  it('replaces underscores', () => {
    expect(humanizeLabel('house_place')).toBe('house place');
  });
});
