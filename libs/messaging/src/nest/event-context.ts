import { BaseRpcContext } from '@nestjs/microservices';

/** Where the event being handled came from: `@Ctx() context: EventContext` in a handler. */
export class EventContext extends BaseRpcContext<[topic: string, partition: number, groupId: string]> {
  get topic(): string {
    return this.args[0];
  }

  get partition(): number {
    return this.args[1];
  }

  get groupId(): string {
    return this.args[2];
  }
}
