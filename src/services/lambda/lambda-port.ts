// What the Lambda API needs from the rest of the app, passed in so tests can give it a headless
// platform on a manual clock (the app's own port is src/store/services/lambda-service.ts).
import type { FunctionConfig, Platform } from '../../engine';

export interface LambdaPort {
  /** The app's functions by name, with their settings: what GetFunction and ListFunctions show. */
  functions(): ReadonlyMap<string, FunctionConfig>;
  /**
   * Gets the function's newest good build deployed, as the app's other triggers do before they
   * invoke. False when it cannot run (the function's own notice says why).
   */
  readyToRun(name: string): Promise<boolean>;
  /** The engine the invokes go through: its throttles, cold starts and bill apply. */
  platform(): Pick<Platform, 'invoke' | 'invokeAsync' | 'subscribe'>;
}
