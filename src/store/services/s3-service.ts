// The S3 API a handler's SDK reaches, over the page's buckets (s3-store-port.ts).
import { createS3Api, type ServiceHandler } from '../../services';
import { world } from '../platform/platform-world';
import { deleteObjectFromApi, putObjectFromApi } from '../sources/s3/s3-actions';
import { createStoreS3Port } from './s3-store-port';

/** The S3 API for the page's router. */
export const s3Service: ServiceHandler = createS3Api(
  createStoreS3Port({
    putObject: putObjectFromApi,
    deleteObject: deleteObjectFromApi,
    now: () => world().clock.now(),
  }),
);
