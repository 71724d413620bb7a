/** The carousel's position: advances every `intervalMs` while `running`, from 0. */
import { useEffect, useState } from 'react';

/** The current card index. */
export function useCarouselIndex(running: boolean, intervalMs: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setIndex((i) => i + 1), intervalMs);
    return () => clearInterval(id);
  }, [running, intervalMs]);
  return index;
}
