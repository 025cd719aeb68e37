// Lambda's API for a handler's `@aws-sdk/client-lambda`: Invoke, GetFunction, ListFunctions.
export { createLambdaApi } from './lambda-api';
export type { LambdaPort } from './lambda-port';
