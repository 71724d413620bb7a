import { describe, expect, it } from 'vitest';
import { FakeRecognizer } from '../../../testing/speech/fakeRecognizer.ts';
import { createRecognizer, listRecognizers, registerRecognizer } from './registry.ts';

describe('recognizer registry', () => {
  it('has Web Speech by default and finds nothing supported in Node', () => {
    expect(listRecognizers().map((f) => f.id)).toContain('web-speech');
    expect(createRecognizer()).toBeNull();
  });

  it('prefers the highest-priority supported plug-in and can remove it again', () => {
    const fake = new FakeRecognizer();
    const remove = registerRecognizer({ id: 'whisper', label: 'Whisper', priority: 20, isSupported: () => true, create: () => fake });
    expect(listRecognizers()[0]?.id).toBe('whisper');
    expect(createRecognizer()).toBe(fake);
    expect(createRecognizer('whisper')).toBe(fake);
    remove();
    expect(createRecognizer('whisper')).toBeNull();
  });
});
