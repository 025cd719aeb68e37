// The page's frames as requestAnimationFrame sees them: the stamps the frame figures are built from.

/** requestAnimationFrame timestamps until `stop()`; each is the start of a frame. */
export function recordFrames(): { stop(): number[] } {
  const stamps: number[] = [];
  let running = true;
  const tick = (time: number) => {
    stamps.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      return stamps;
    },
  };
}
