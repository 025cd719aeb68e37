// The simulated clock's controls (speed, pause, step). Speed and pause are kept in the control
// store and applied to the platform's clock once there is one, so a scenario can be held paused
// before the platform starts (a link opened at page load) without starting it early.
import { controlStore } from './control-store';
import { liveWorld, world } from './platform-world';

export function setSpeed(speed: number): void {
  liveWorld()?.clock.setSpeed(speed);
  controlStore.setState({ speed });
}

export function setPaused(paused: boolean): void {
  const clock = liveWorld()?.clock;
  if (paused) clock?.pause();
  else clock?.resume();
  controlStore.setState({ paused });
}

/** While paused: moves simulated time to the platform's next decision; false if none is due. */
export function stepSimulation(): boolean {
  return world().clock.step() !== null;
}
