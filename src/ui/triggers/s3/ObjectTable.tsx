// A bucket's objects as S3 lists them (by key), each to view, download or delete.
import { useState } from 'react';
import { useS3Objects } from '../../hooks/use-stores';
import type { S3ObjectView } from '../../../store';
import { deleteObject } from '../../../store';
import { saveFile } from '../../download';
import { formatLastModified } from './object-display';
import { ObjectPreview } from './ObjectPreview';

const NONE: S3ObjectView[] = [];

export function ObjectTable({ bucket }: { bucket: string }) {
  const objects = useS3Objects((s) => s.objects.get(bucket) ?? NONE);
  const [viewing, setViewing] = useState<string | null>(null);
  const shown = objects.find((o) => o.key === viewing);
  if (objects.length === 0) return <p className="hint">No objects yet.</p>;
  return (
    <>
      <table className="object-table" aria-label={`Objects in ${bucket}`}>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Size (bytes)</th>
            <th scope="col">ETag (MD5)</th>
            <th scope="col">Last modified</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {objects.map((object) => (
            <tr key={object.key}>
              <th scope="row" className="mono">
                {object.key}
              </th>
              <td data-testid="object-size">{object.size}</td>
              <td className="mono" data-testid="object-etag">
                {object.eTag}
              </td>
              <td>{formatLastModified(object.lastModified)}</td>
              <td className="form-buttons">
                <button
                  type="button"
                  aria-label={`View ${object.key}`}
                  onClick={() => setViewing(object.key)}
                >
                  View
                </button>
                <button
                  type="button"
                  aria-label={`Download ${object.key}`}
                  // A key's folders are not the file's: keep the last part.
                  onClick={() =>
                    saveFile(
                      object.key.split('/').pop() || 'object',
                      object.bytes,
                      object.contentType,
                    )
                  }
                >
                  Download
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${object.key}`}
                  onClick={() => void deleteObject(bucket, object.key)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown && <ObjectPreview object={shown} onClose={() => setViewing(null)} />}
    </>
  );
}
