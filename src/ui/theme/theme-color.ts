// A theme colour as a canvas can use it. Canvases know no CSS variables, and reading a variable
// gives its declared text (`light-dark(#fff, #000)`), not a colour: so the colour is read back
// from a probe element that wears it, resolved by the browser for the theme in force there.

/** `--name` as `rgb(…)` under `element`; `fallback` when the page defines no such colour. */
export function themeColor(
  element: Element,
  name: string,
  fallback = 'rgb(136, 136, 136)',
): string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = `var(--${name}, ${fallback})`;
  element.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || fallback;
}
