// The simulated clock's time, for views that count down to something the engine has scheduled.
import { world } from './platform-world';

export function simulatedNow(): number {
  return world().clock.now();
}
