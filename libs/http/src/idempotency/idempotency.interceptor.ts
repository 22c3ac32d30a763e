import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import type { Request, Response } from 'express';
import { from, mergeMap, Observable, of, throwError, catchError } from 'rxjs';
import {
  bodyHashOf,
  IDEMPOTENCY_KEY_PATTERN,
  IDEMPOTENCY_KEY_RULE,
  idempotencyClaimId,
} from './idempotency-key';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * A request repeated with the same Idempotency-Key (a retry after a timeout, a double tap) gets the
 * first one's answer instead of doing it twice. Without the header a request runs as usual.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: { userId: string } }>();
    const response = http.getResponse<Response>();
    const key = request.header(IDEMPOTENCY_HEADER);
    if (key === undefined) return next.handle();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key))
      throw new BadRequestException(`Idempotency-Key ${IDEMPOTENCY_KEY_RULE}`);

    const route = `${context.getClass().name}.${context.getHandler().name}`;
    const id = idempotencyClaimId(request.principal?.userId ?? 'anonymous', route, key);
    const bodyHash = bodyHashOf(request.body);
    if (!(await this.store.claim(id, bodyHash, this.clock.now()))) return this.replay(id, bodyHash, response);

    return next.handle().pipe(
      mergeMap((body) =>
        from(this.store.complete(id, response.statusCode, body)).pipe(mergeMap(() => of(body))),
      ),
      catchError((error: unknown) =>
        from(this.store.release(id)).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }

  private async replay(id: string, bodyHash: string, response: Response): Promise<Observable<unknown>> {
    const earlier = await this.store.find(id);
    if (!earlier)
      throw new ConflictException('Idempotency-Key: the first request with this key just failed; retry');
    if (earlier.bodyHash !== bodyHash)
      throw new UnprocessableEntityException('Idempotency-Key was used before with a different body');
    if (earlier.state !== 'completed')
      throw new ConflictException(
        'Idempotency-Key: the first request with this key is still running; retry later',
      );
    response.status(earlier.status ?? 200);
    response.setHeader(REPLAYED_HEADER, 'true');
    return of(earlier.response);
  }
}
