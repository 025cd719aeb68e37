// What the Fargate model reports as it runs: the stage's timeline, the service's event list, logs.
import type { TargetHealthState } from '../alb/target-group';
import type { Datapoint } from '../autoscaling/target-tracking';
import type { TaskState } from './lifecycle';

export type FargateEvent =
  | { type: 'task-status'; time: number; task: TaskState }
  /** One line of the service's Events tab, worded as ECS writes it. */
  | { type: 'service-event'; time: number; id: string; message: string }
  | {
      type: 'target-health';
      time: number;
      taskId: string;
      state: TargetHealthState | 'unused';
      reason: string | null;
    }
  | {
      type: 'alb-request';
      time: number;
      method: string;
      path: string;
      taskId: string | null;
      status: number;
      /** `elb`: the load balancer answered itself (502/503/504); `target`: the program did. */
      source: 'elb' | 'target';
      latencyMs: number;
    }
  | {
      type: 'scaling-activity';
      time: number;
      from: number;
      to: number;
      direction: 'out' | 'in';
      /** As the console's auto scaling events word it. */
      message: string;
      cause: string;
    }
  | {
      type: 'metric';
      time: number;
      cpuUtilization: Datapoint;
      requestCountPerTarget: Datapoint;
    }
  | { type: 'log'; time: number; logGroupName: string; logStreamName: string; message: string };
