// Said once after the browser ended this tab while functions ran: the likely cause, and that the
// learner's work is safe (store/platform/running-marker.ts keeps the note that makes this possible).
import { useCrash } from '../hooks/use-stores';
import { dismissCrash } from '../../store';
import { DismissableProblem } from './DismissableProblem';

/** "a", "a and b", "a, b and c". */
function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function CrashNotice() {
  const crashed = useCrash((s) => s.crashed);
  if (!crashed) return null;
  const text =
    `This tab stopped while ${listed(crashed.functions)} ${crashed.functions.length > 1 ? 'were' : 'was'} running. ` +
    'The usual cause is a handler that allocates memory without bound: a browser cannot cap one ' +
    'worker’s memory, so it ends the whole tab once its workers hold a few GB, where AWS would end ' +
    'only that instance with Runtime.OutOfMemory at its memory size. Your code, events and ' +
    'settings were saved. A shorter timeout stops such a handler sooner.';
  return <DismissableProblem text={text} onDismiss={dismissCrash} />;
}
