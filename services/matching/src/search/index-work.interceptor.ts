import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { IndexSnapshots } from './index-snapshots';

/** For handlers whose work changes the indexes: no snapshot is captured half-way through one. */
@Injectable()
export class IndexWorkInterceptor implements NestInterceptor {
  constructor(private readonly snapshots: IndexSnapshots) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.snapshots.indexWork(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
