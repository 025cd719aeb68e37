// The header's Theme select: System (follow the computer's light or dark setting), Light or Dark.
// Presenter mode makes either one high-contrast (theme.ts).
import { useThemeState } from '../hooks/use-stores';
import type { ThemeChoice } from './theme';
import { isThemeChoice } from './theme';
import { setThemeChoice } from './theme-store';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeSwitch() {
  const choice = useThemeState((s) => s.choice);
  return (
    <label className="theme-switch">
      Theme
      <select
        value={choice}
        onChange={(e) => {
          if (isThemeChoice(e.target.value)) setThemeChoice(e.target.value);
        }}
      >
        {Object.entries(LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
