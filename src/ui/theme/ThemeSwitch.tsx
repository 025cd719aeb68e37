// The header's Theme select: System (follow the computer's light or dark setting), Light or Dark.
// Presenter mode makes either one high-contrast (theme.ts).
import { Field } from '../forms/Field';
import { useThemeState } from '../hooks/use-stores';
import type { ThemeChoice } from './theme';
import { isThemeChoice } from './theme';
import { setThemeChoice } from './theme-store';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeSwitch() {
  const choice = useThemeState((s) => s.choice);
  return (
    <Field layout="inline" label="Theme" className="theme-switch">
      {/* Named on its own too: the label around it would add the shown option to the name. */}
      <select
        aria-label="Theme"
        value={choice}
        title="System follows your computer's light or dark setting; presenter mode makes either high-contrast"
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
    </Field>
  );
}
