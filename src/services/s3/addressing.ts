// Which bucket and key a request names. The SDK addresses a bucket in the host
// (`my-bucket.s3.us-east-1.amazonaws.com/photos/a%20b.jpg`, virtual-hosted style) or, with
// `forcePathStyle` or a name that cannot be a host label, in the path
// (`s3.us-east-1.amazonaws.com/my-bucket/photos/a%20b.jpg`). The key stays percent-encoded in the
// path, slashes included as they are, and is decoded here once.
import type { ApiRequest } from '../api-types';
import { invalidArgument, invalidUri } from './errors';

export interface S3Address {
  /** Null for the service itself (ListBuckets). */
  bucket: string | null;
  /** Null for the bucket itself (ListObjectsV2, HeadBucket). */
  key: string | null;
}

/** Whether a host label is S3's endpoint: `s3`, or the legacy `s3-us-west-2` / `s3-external-1`. */
const isEndpointLabel = (label: string) => label === 's3' || label.startsWith('s3-');

/** The bucket named in the host, or null for a path-style host. */
function hostBucket(hostname: string): string | null {
  const labels = hostname.toLowerCase().split('.');
  const endpoint = labels.findIndex(isEndpointLabel);
  return endpoint > 0 ? labels.slice(0, endpoint).join('.') : null;
}

function decodePart(part: string, path: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalidUri(path);
  }
}

export function addressOf(request: Pick<ApiRequest, 'hostname' | 'path'>): S3Address {
  const { path } = request;
  const rest = path.startsWith('/') ? path.slice(1) : path;
  const bucketInHost = hostBucket(request.hostname);
  if (bucketInHost !== null) {
    return { bucket: bucketInHost, key: rest === '' ? null : decodePart(rest, path) };
  }
  if (rest === '') return { bucket: null, key: null };
  const slash = rest.indexOf('/');
  const bucket = decodePart(slash === -1 ? rest : rest.slice(0, slash), path);
  const key = slash === -1 ? '' : decodePart(rest.slice(slash + 1), path);
  return { bucket, key: key === '' ? null : key };
}

/**
 * CopyObject's `x-amz-copy-source`: `bucket/key`, URL-encoded, an optional leading slash and an
 * optional `?versionId=`. The bucket and key are decoded separately, so an encoded slash (%2F)
 * stays in the key.
 */
export function copySourceOf(header: string): { bucket: string; key: string; versionId?: string } {
  const malformed = () =>
    invalidArgument(
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
      'x-amz-copy-source',
      header,
    );
  const [source = '', version] = header.split('?versionId=');
  const rest = source.startsWith('/') ? source.slice(1) : source;
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) throw malformed();
  try {
    const bucket = decodeURIComponent(rest.slice(0, slash));
    const key = decodeURIComponent(rest.slice(slash + 1));
    return version === undefined ? { bucket, key } : { bucket, key, versionId: version };
  } catch {
    throw malformed();
  }
}
