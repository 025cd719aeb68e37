// Messages moving along the Architecture view's edges: a dot travels each edge a message takes.
// The dots are a fixed pool of circles moved by one animation-frame loop (no React render per
// frame); when more messages arrive than there are dots, the extra ones are not drawn. With
// reduced motion nothing travels: the edge lights up with how many messages took it.
import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Hop } from '../../store';
import { subscribeTraffic } from '../../store';
import type { ArchLayout, LaidEdge } from './architecture-layout';
import { pointOnCurve } from './architecture-layout';
import type { EdgeIndex } from './edge-index';
import { indexEdges } from './edge-index';

/** Dots on screen at once: enough to read a fan-out, few enough to stay cheap under load. */
export const MAX_DOTS = 32;
/** Real time a dot takes along an edge (the simulated clock's speed does not change it). */
export const TRAVEL_MS = 900;
/** How long an edge stays lit (reduced motion) after its last message. */
export const FLASH_MS = 1500;

interface Dot {
  slot: number;
  curve: LaidEdge['curve'];
  reversed: boolean;
  startAt: number;
  failed: boolean;
}

export interface Traffic {
  dots: RefObject<(SVGCircleElement | null)[]>;
  /** Reduced motion: messages per edge id since the edge last went quiet. */
  flashes: ReadonlyMap<string, number>;
}

export function useTraffic(layout: ArchLayout, reducedMotion: boolean): Traffic {
  const dots = useRef<(SVGCircleElement | null)[]>([]);
  const [flashes, setFlashes] = useState<ReadonlyMap<string, number>>(() => new Map());
  // The layout changes as connections appear; dots already under way keep their curve.
  const routes = useRef<EdgeIndex>(indexEdges(layout.edges));
  useEffect(() => {
    routes.current = indexEdges(layout.edges);
  }, [layout]);

  useEffect(() => {
    // The pool's array stays the same; its circles are set by their ref callbacks.
    const circles = dots.current;
    const moving: Dot[] = [];
    const free = Array.from({ length: MAX_DOTS }, (_, i) => MAX_DOTS - 1 - i);
    let frame = 0;
    const counts = new Map<string, number>();
    let quiet: ReturnType<typeof setTimeout> | undefined;

    const draw = (now: number) => {
      frame = 0;
      for (let i = moving.length - 1; i >= 0; i--) {
        const dot = moving[i]!;
        const circle = circles[dot.slot];
        const t = (now - dot.startAt) / TRAVEL_MS;
        if (t >= 1 || !circle) {
          circle?.setAttribute('visibility', 'hidden');
          moving.splice(i, 1);
          free.push(dot.slot);
          continue;
        }
        if (t < 0) continue; // a second leg, waiting for the first to arrive
        const at = pointOnCurve(dot.curve, dot.reversed ? 1 - t : t);
        circle.setAttribute('cx', at.x.toFixed(1));
        circle.setAttribute('cy', at.y.toFixed(1));
        circle.setAttribute('visibility', 'visible');
        circle.classList.toggle('failed', dot.failed);
      }
      if (moving.length > 0) frame = requestAnimationFrame(draw);
    };

    const receive = (hops: Hop[]) => {
      const now = performance.now();
      for (const hop of hops) {
        const route = routes.current(hop);
        if (!route) continue;
        if (reducedMotion) {
          counts.set(route.edge.id, (counts.get(route.edge.id) ?? 0) + 1);
          continue;
        }
        const slot = free.pop();
        if (slot === undefined) continue;
        const { curve } = route.edge;
        const startAt = now + hop.leg * TRAVEL_MS;
        moving.push({ slot, curve, reversed: route.reversed, startAt, failed: hop.failed });
      }
      if (moving.length > 0 && frame === 0) frame = requestAnimationFrame(draw);
      if (reducedMotion && counts.size > 0) {
        setFlashes(new Map(counts));
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          counts.clear();
          setFlashes(new Map());
        }, FLASH_MS);
      }
    };

    const unsubscribe = subscribeTraffic(receive);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(quiet);
      for (const circle of circles) circle?.setAttribute('visibility', 'hidden');
      setFlashes(new Map());
    };
  }, [reducedMotion]);

  return { dots, flashes };
}
