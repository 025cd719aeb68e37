// The AWS service APIs a handler's SDK calls reach, as their wire protocols over the simulation.
export type * from './api-types';
export { createAwsApi, serviceOfHost, type AwsApi } from './router';
export { toApiRequest, readBody, type SdkHttpRequest } from './wire/http-message';
export { createDynamoDbApi } from './dynamodb/dynamodb-api';
export { createTableStore, type TableStore } from './dynamodb/table-store';
