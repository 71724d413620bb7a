/**
 * Where the keyboard focus should go next (the new turn after Enter, the intent filter after
 * `w`, the text box after `n`), asked for by one component and carried out by the element's
 * own component once it has rendered: a focus request outlives the render that makes it.
 */
import { createContext, useContext, useEffect, useState, type ReactNode, type RefObject } from 'react';

/** What to focus: a turn's card or its intent filter, or the utterance box. */
export type FocusTarget = { kind: 'turn' | 'filter'; id: string } | { kind: 'input' };

interface FocusRequest {
  target: FocusTarget;
  /** Makes a repeated request for the same element a new one. */
  seq: number;
}

const FocusContext = createContext<{ request: FocusRequest | null; focus: (target: FocusTarget) => void } | null>(null);

/** Holds the current focus request for the view. */
export function FocusProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const focus = (target: FocusTarget) => setRequest((r) => ({ target, seq: (r?.seq ?? 0) + 1 }));
  return <FocusContext.Provider value={{ request, focus }}>{children}</FocusContext.Provider>;
}

/** The function that asks for focus. */
export function useFocus(): (target: FocusTarget) => void {
  const ctx = useContext(FocusContext);
  if (!ctx) throw new Error('useFocus must be used inside <FocusProvider>');
  return ctx.focus;
}

/** Focuses `ref` whenever a request for `target` arrives. */
export function useFocusTarget(target: FocusTarget, ref: RefObject<HTMLElement | null>): void {
  const request = useContext(FocusContext)?.request ?? null;
  const wanted = request && request.target.kind === target.kind && ('id' in target ? 'id' in request.target && request.target.id === target.id : true);
  const seq = wanted ? request.seq : null;
  useEffect(() => {
    if (seq !== null) ref.current?.focus();
  }, [seq, ref]);
}
