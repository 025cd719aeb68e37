// Stops every instance and clears what the platform did (logs, cost, stage) for a fresh start.
import { resetPlatform } from '../../store';

export function ResetButton() {
  return (
    <button
      type="button"
      onClick={resetPlatform}
      title="Stop every instance and clear logs and cost"
    >
      Reset
    </button>
  );
}
