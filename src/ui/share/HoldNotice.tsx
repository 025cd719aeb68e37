// While someone else's scenario is held (a link, an embed, an import), says what it would run on its
// own and offers the one button that lets it: Run this scenario.
import { useRunHold } from '../hooks/use-stores';
import { holdSentence, runThisScenario } from '../../store';
import './share.css';

export function HoldNotice() {
  const hold = useRunHold((s) => s.hold);
  if (!hold) return null;
  return (
    <p className="hold-notice" data-testid="hold-notice">
      <span>{holdSentence(hold)}</span>
      <button type="button" onClick={runThisScenario}>
        Run this scenario
      </button>
    </p>
  );
}
