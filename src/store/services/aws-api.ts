// The page's simulated AWS services, as handlers' SDK calls reach them through the platform: each
// service's wire protocol (src/services) over the app's own buckets, topics, queues, functions
// and tables.
import { createAwsApi } from '../../services';
import type { ServiceHandler, ServiceName } from '../../services';

const SERVICES = new Map<ServiceName, ServiceHandler>([]);

export const awsApi = createAwsApi(SERVICES);
