// The simulated clock's time, for views that count down to something the engine has scheduled.
import { useEffect, useState } from 'react';
import { simulatedNow } from '../../store';

/** Real ms between readings: at 100× a reading is 20 simulated seconds apart. */
const TICK_MS = 200;

/**
 * The simulated time while `ticking` (0 otherwise), read as the component renders: a timer renders
 * it again every TICK_MS, so the first reading is never a stale one.
 */
export function useSimulatedNow(ticking: boolean): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setTicks((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [ticking]);
  return ticking ? simulatedNow() : 0;
}
