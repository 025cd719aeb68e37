// A table's stream: off, or the view type that decides what each record carries.
import type { StreamViewType } from '../../../store';
import { Field } from '../../forms/Field';

const VIEWS: ReadonlyArray<[StreamViewType, string]> = [
  ['KEYS_ONLY', 'Keys only (KEYS_ONLY)'],
  ['NEW_IMAGE', 'New image (NEW_IMAGE)'],
  ['OLD_IMAGE', 'Old image (OLD_IMAGE)'],
  ['NEW_AND_OLD_IMAGES', 'New and old images (NEW_AND_OLD_IMAGES)'],
];

export function StreamSelect(props: {
  value: StreamViewType | null;
  onChange: (view: StreamViewType | null) => void;
}) {
  return (
    <Field label="Stream">
      <select
        value={props.value ?? 'off'}
        onChange={(e) =>
          props.onChange(e.target.value === 'off' ? null : (e.target.value as StreamViewType))
        }
      >
        <option value="off">Off</option>
        {VIEWS.map(([view, text]) => (
          <option key={view} value={view}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
