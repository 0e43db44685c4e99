import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type VirtualItem } from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

/**
 * Windowing for long tables (issue 12: the inbox renders 1,000 rows without jank): only the rows
 * in view (plus `overscan`) are in the DOM. @tanstack/virtual-core does the range arithmetic and
 * the scroll and resize observation; this is the few lines of Preact glue its React adapter
 * (@tanstack/react-virtual, which would pull in React) holds: keep one Virtualizer, hand it the
 * options on every render, mount it after the first layout, and re-render when it says so.
 */
export function useVirtualRows(count: number, scrollElement: RefObject<HTMLElement | null>, rowHeight: number): VirtualRows {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // The first paint, before the element is measured: about a screen of rows.
    initialRect: { width: 1000, height: 640 },
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    onChange: () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  const rows = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = rows[0];
  const last = rows[rows.length - 1];
  return { rows, before: first ? first.start : 0, after: last ? total - last.end : 0 };
}

export interface VirtualRows {
  /** The rows to render, each with its index into the list. */
  rows: VirtualItem[];
  /** Pixels of the rows not rendered above and below: spacer rows keep the scroll height true. */
  before: number;
  after: number;
}
