// Whether an element shows any part of itself in the viewport, so a view can skip redraws that
// nobody can see. True until the first report, so a view never starts out blank.
import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new IntersectionObserver((entries) => {
      // Several reports in one batch: the last is the element's state now.
      setOnScreen(entries[entries.length - 1]!.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
