// Requests per month (log scale) against dollars per month: Lambda's rising line, the flat
// always-on lines, and where they cross. Inline SVG; the caption states the figures in words.
import { useId } from 'react';
import type { RequestShape } from '../../engine';
import { lambdaMonthlyUsd } from '../../engine';
import type { AlwaysOnOption } from './break-even-text';
import { breakEvenSentence } from './break-even-text';
import {
  decades,
  linearPosition,
  logPosition,
  logSamples,
  niceCeiling,
  shortCount,
} from './chart-scale';
import { formatCents } from './money-format';

const [WIDTH, HEIGHT] = [320, 190];
const PLOT = { left: 46, right: 312, top: 10, bottom: 160 };
const MIN_REQUESTS = 1e4;
const COLORS = ['var(--cold)', 'var(--ok)', 'var(--throttle)'];

interface Props {
  shape: RequestShape;
  options: AlwaysOnOption[];
  maxRequests: number;
}

export function BreakEvenChart({ shape, options, maxRequests }: Props) {
  const captionId = useId();
  const clipId = useId();
  const x = { min: MIN_REQUESTS, max: maxRequests, from: PLOT.left, to: PLOT.right };
  const highest = Math.max(...options.map((option) => option.monthlyUsd));
  const yMax = niceCeiling(highest > 0 ? highest * 2 : lambdaMonthlyUsd(maxRequests, shape));
  const y = { min: 0, max: yMax, from: PLOT.bottom, to: PLOT.top };
  const lambdaPoints = logSamples(MIN_REQUESTS, maxRequests, 10)
    .map(
      (n) =>
        `${logPosition(n, x).toFixed(1)},${linearPosition(lambdaMonthlyUsd(n, shape), y).toFixed(1)}`,
    )
    .join(' ');

  return (
    <figure className="break-even">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Monthly cost against requests per month"
        aria-describedby={captionId}
      >
        <clipPath id={clipId}>
          <rect
            x={PLOT.left}
            y={PLOT.top}
            width={PLOT.right - PLOT.left}
            height={PLOT.bottom - PLOT.top}
          />
        </clipPath>
        {decades(MIN_REQUESTS, maxRequests).map((tick) => (
          <g key={tick} className="chart-tick">
            <line
              x1={logPosition(tick, x)}
              x2={logPosition(tick, x)}
              y1={PLOT.top}
              y2={PLOT.bottom}
            />
            <text x={logPosition(tick, x)} y={PLOT.bottom + 12} textAnchor="middle">
              {shortCount(tick)}
            </text>
          </g>
        ))}
        {[0, yMax / 2, yMax].map((usd) => (
          <text
            key={usd}
            className="chart-tick"
            x={PLOT.left - 4}
            y={linearPosition(usd, y) + 3}
            textAnchor="end"
          >
            {formatCents(usd).replace('.00', '')}
          </text>
        ))}
        <text
          className="chart-tick"
          x={(PLOT.left + PLOT.right) / 2}
          y={HEIGHT - 4}
          textAnchor="middle"
        >
          requests per month
        </text>
        <g clipPath={`url(#${clipId})`}>
          {options.map((option, i) => (
            <line
              key={option.name}
              x1={PLOT.left}
              x2={PLOT.right}
              y1={linearPosition(option.monthlyUsd, y)}
              y2={linearPosition(option.monthlyUsd, y)}
              stroke={COLORS[i]}
              strokeDasharray="4 3"
            />
          ))}
          <polyline points={lambdaPoints} fill="none" stroke="var(--accent)" strokeWidth={2} />
        </g>
        {options.map((option, i) => {
          const at = option.breakEven;
          if (at === null || at < MIN_REQUESTS) return null;
          const [cx, cy] = [logPosition(at, x), linearPosition(option.monthlyUsd, y)];
          return (
            <g key={option.name}>
              <circle cx={cx} cy={cy} r={4} fill={COLORS[i]} />
              <text className="chart-mark" x={cx - 6} y={cy - 6} textAnchor="end">
                {option.name}: {shortCount(at)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={captionId} data-testid="break-even">
        <span className="chart-key-lambda">Lambda</span> against{' '}
        {options.map((option) => option.name).join(' and ')}.{' '}
        {options.map((option) => breakEvenSentence(option, maxRequests)).join(' ')}
      </figcaption>
    </figure>
  );
}
