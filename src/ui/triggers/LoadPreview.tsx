// A load pattern at a glance: requests in each second of the run, as bars.
const WIDTH = 300;
const HEIGHT = 48;

export function LoadPreview({ perSecond }: { perSecond: number[] }) {
  const total = perSecond.reduce((sum, n) => sum + n, 0);
  const peak = Math.max(1, ...perSecond);
  const barWidth = WIDTH / Math.max(1, perSecond.length);
  return (
    <figure className="load-preview">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`Requests per second, peaking at ${peak}`}
      >
        {perSecond.map((count, second) => {
          const height = (count / peak) * HEIGHT;
          return (
            <rect
              key={second}
              x={second * barWidth}
              y={HEIGHT - height}
              width={Math.max(1, barWidth - 1)}
              height={height}
            />
          );
        })}
      </svg>
      <figcaption className="hint">
        {total.toLocaleString('en-US')} requests over {perSecond.length} s, at most{' '}
        {peak.toLocaleString('en-US')} in one second.
      </figcaption>
    </figure>
  );
}
