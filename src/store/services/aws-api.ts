// The page's simulated AWS services, as handlers' SDK calls reach them through the platform: each
// service's wire protocol (src/services) over the app's own buckets, topics, queues, functions
// and tables.
import { createAwsApi } from '../../services';
import type { ServiceHandler, ServiceName } from '../../services';
import { lambdaService } from './lambda-service';
import { s3Service } from './s3-service';
import { snsService } from './sns-service';
import { sqsService } from './sqs-service';

const SERVICES = new Map<ServiceName, ServiceHandler>([
  ['s3', s3Service],
  ['sns', snsService],
  ['sqs', sqsService],
  ['lambda', lambdaService],
]);

export const awsApi = createAwsApi(SERVICES);
