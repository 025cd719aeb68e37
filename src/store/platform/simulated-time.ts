// The simulated clock's time, for views that count down to something the engine has scheduled.
// Views read it while rendering, so it never creates the platform: until start-up has, it is null.
import { liveWorld } from './platform-world';

export function simulatedNow(): number | null {
  return liveWorld()?.clock.now() ?? null;
}
