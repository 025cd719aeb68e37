// Whether the page is inside another site's frame. The full app must not be (a page that frames it
// could steer a learner's clicks over it); only the embed may. Hosts that send `frame-ancestors`
// stop such a frame before the page loads (scripts/frame-policy.ts); this check holds where a host
// cannot send headers: the app, not the framing page, decides what the frame shows, and nothing of
// the app is drawn until it has.

/** The parts of `window` the check reads. */
export interface FrameView {
  self: unknown;
  top: { location: { origin: string } } | null;
  location: { origin: string };
}

export function framedByAnotherOrigin(view: FrameView): boolean {
  if (view.top === null || view.top === view.self) return false;
  try {
    return view.top.location.origin !== view.location.origin;
  } catch {
    // Reading another origin's location throws: the top page is not ours.
    return true;
  }
}
