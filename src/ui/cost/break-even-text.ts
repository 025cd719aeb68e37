// The sentence that states a break-even figure: the chart's caption, read by screen readers too.
import { formatCents, formatCount } from './money-format';

/** One always-on option as the comparison shows it. */
export interface AlwaysOnOption {
  name: string;
  monthlyUsd: number;
  /** Monthly requests from which Lambda costs at least as much; null: never within range. */
  breakEven: number | null;
}

export function breakEvenSentence(option: AlwaysOnOption, maxRequests: number): string {
  const price = `${option.name} (${formatCents(option.monthlyUsd)} a month)`;
  if (option.breakEven === null) {
    return `Lambda stays cheaper than ${price} up to ${formatCount(maxRequests)} requests a month.`;
  }
  if (option.breakEven === 0) return `Lambda costs at least as much as ${price} from the start.`;
  return `Lambda costs more than ${price} from ${formatCount(option.breakEven)} requests a month.`;
}
