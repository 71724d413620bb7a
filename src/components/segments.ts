/**
 * Splits an utterance into plain and slot segments for highlighting. Offsets are UTF-16
 * (as the runtime reports them); overlapping or out-of-range spans are dropped rather than
 * trusted, so the rendered text always equals the original.
 */
import type { SlotSpan } from '../nlu/types.ts';

/** A run of the utterance, either plain text or one slot span. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; text: string; label: string };

/** Segments covering `text` exactly once, in order. */
export function segmentText(text: string, slots: readonly SlotSpan[]): Segment[] {
  const ordered = [...slots].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const span of ordered) {
    if (span.start < pos || span.end <= span.start || span.end > text.length) continue;
    if (span.start > pos) out.push({ kind: 'text', text: text.slice(pos, span.start) });
    out.push({ kind: 'slot', text: text.slice(span.start, span.end), label: span.label });
    pos = span.end;
  }
  if (pos < text.length) out.push({ kind: 'text', text: text.slice(pos) });
  return out;
}

/** Makes a label such as `house_place` readable: `house place`. */
export function humanizeLabel(label: string): string {
  return label.replace(/_/g, ' ');
}
