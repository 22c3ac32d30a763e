import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@vetlink/auth';
import type { Response } from 'express';
import { metricsExposition } from './process-registry';

/**
 * `GET /metrics` in Prometheus's text format: for the scraper inside the cluster, so without a token
 * and out of the API document; the gateway forwards no path to it.
 */
@Public()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  @Get()
  async metrics(@Res() response: Response): Promise<void> {
    const { contentType, body } = await metricsExposition();
    response.setHeader('cache-control', 'no-store');
    response.setHeader('content-type', contentType);
    response.end(body);
  }
}
