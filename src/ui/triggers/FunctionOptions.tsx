// The workspace's functions as the options of a trigger's target <select>, by id, shown by name.
import { useWorkspace } from '../hooks/use-stores';

export function FunctionOptions() {
  const functions = useWorkspace((s) => s.functions);
  return functions.map((fn) => (
    <option key={fn.id} value={fn.id}>
      {fn.config.name}
    </option>
  ));
}
