import { describe, expect, it } from 'vitest';
import { isTransient, reasonFromMediaError, reasonFromSpeechError } from './errors.ts';

describe('error mapping', () => {
  it('maps getUserMedia rejections by DOMException name', () => {
    expect(reasonFromMediaError(new DOMException('x', 'NotAllowedError'))).toBe('mic-denied');
    expect(reasonFromMediaError(new DOMException('x', 'SecurityError'))).toBe('mic-denied');
    expect(reasonFromMediaError(new DOMException('x', 'NotFoundError'))).toBe('mic-missing');
    expect(reasonFromMediaError(new DOMException('x', 'NotReadableError'))).toBe('mic-missing');
    expect(reasonFromMediaError(new TypeError('no mediaDevices'))).toBe('unsupported');
    expect(reasonFromMediaError('???')).toBe('unknown');
  });

  it('maps Web Speech error codes and ignores our own aborts', () => {
    expect(reasonFromSpeechError('not-allowed')).toBe('mic-denied');
    expect(reasonFromSpeechError('aborted')).toBeNull();
    expect(reasonFromSpeechError('no-speech')).toBe('no-speech');
    expect(isTransient('no-speech')).toBe(true);
    expect(isTransient('mic-denied')).toBe(false);
  });
});
