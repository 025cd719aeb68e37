// The simulated clock's time, for views that count down to something the engine has scheduled.
import { useEffect, useState } from 'react';
import { simulatedNow, startFrameTicker } from '../../store';

/** Real ms between readings: at 100× a reading is 20 simulated seconds apart. */
const TICK_MS = 200;

/**
 * The simulated time while `ticking` (0 otherwise), read as the component renders: a frame ticker
 * renders it again every TICK_MS (in the frame the stores' updates render in, so the page is not
 * laid out and painted a second time for the countdowns), so the first reading is never stale.
 */
export function useSimulatedNow(ticking: boolean): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    if (!ticking) return;
    return startFrameTicker(TICK_MS, () => setTicks((n) => n + 1));
  }, [ticking]);
  return ticking ? simulatedNow() : 0;
}
