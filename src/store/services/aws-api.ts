// The page's simulated AWS services, as handlers' SDK calls reach them through the platform: each
// service's wire protocol (src/services) over the app's own buckets, topics, queues, functions
// and tables.
import { createAwsApi } from '../../services';
import type { AwsApi, ServiceHandler, ServiceName } from '../../services';
import { dynamodbService } from './dynamodb-service';
import { lambdaService } from './lambda-service';
import { s3Service } from './s3-service';
import { snsService } from './sns-service';
import { sqsService } from './sqs-service';

let api: AwsApi | null = null;

/**
 * Built on the first call: the services reach the platform, which imports this module, so none
 * of them may be read while the modules are still loading.
 */
export const awsApi: AwsApi = (request, caller) => {
  api ??= createAwsApi(
    new Map<ServiceName, ServiceHandler>([
      ['s3', s3Service],
      ['sns', snsService],
      ['sqs', sqsService],
      ['lambda', lambdaService],
      ['dynamodb', dynamodbService],
    ]),
  );
  return api(request, caller);
};
