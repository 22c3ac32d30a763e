import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { inSpan, startTracing, stopTracing } from '@vetlink/tracing';
import { Writable } from 'node:stream';
import { runWithCorrelationId } from './correlation';
import { createLogger } from './create-logger';
import { scrubUrl } from './redaction';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger({ service: 'test', destination }) };
}

describe('createLogger', () => {
  it('writes structured JSON with the service name and level label', () => {
    const { lines, logger } = capture();
    logger.info({ jobId: 'j1' }, 'job posted');
    expect(lines[0]).toMatchObject({ service: 'test', level: 'info', msg: 'job posted', jobId: 'j1' });
  });

  it('redacts personal data by key at any depth and scrubs it from messages', () => {
    const { lines, logger } = capture();
    logger.info(
      { profile: { name: '张伟', idNumber: '320102199001011234', contact: { phone: '13812345678' } } },
      'veteran 320102199001011234 called from 138 1234 5678',
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('320102199001011234');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('138 1234 5678');
    expect(text).toContain('张伟');
  });

  it('redacts e-mail addresses by key and in text', () => {
    const { lines, logger } = capture();
    logger.info({ contact: { email: 'li.qiang@example.cn' } }, 'sent to li.qiang@example.cn');
    expect(JSON.stringify(lines[0])).not.toContain('li.qiang@example.cn');
  });

  it('scrubs error messages that quote user input', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('duplicate key phone 13912345678') }, 'failed');
    expect(JSON.stringify(lines[0])).not.toContain('13912345678');
  });

  it('stamps the current correlation id on every line', () => {
    const { lines, logger } = capture();
    runWithCorrelationId('corr-123456', () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ correlationId: 'corr-123456' });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });

  it('stamps the trace id beside the correlation id inside a traced span, and nothing outside', async () => {
    startTracing({ service: 'test', spanProcessor: new SimpleSpanProcessor(new InMemorySpanExporter()) });
    try {
      const { lines, logger } = capture();
      const traceId = await runWithCorrelationId('corr-123456', () =>
        inSpan('work', {}, (span) => {
          logger.info('inside');
          return span.spanContext().traceId;
        }),
      );
      logger.info('outside');
      expect(lines[0]).toMatchObject({ correlationId: 'corr-123456', traceId });
      expect(lines[1]).not.toHaveProperty('traceId');
    } finally {
      await stopTracing();
    }
  });

  it('leaves ids alone whose digits only look like a mobile number, and still scrubs one in Chinese text', () => {
    const { lines, logger } = capture();
    const id = 'f98c33e6-91c6-4d93-a027-e13912345678';
    runWithCorrelationId(id, () => logger.info('号码为13912345678。'));
    expect(lines[0]).toMatchObject({ correlationId: id, msg: '号码为[PHONE]。' });
  });
});

describe('scrubUrl', () => {
  it('scrubs ID and mobile numbers from the path, encoded or not', () => {
    expect(scrubUrl('/profiles/320102199001011234')).toBe('/profiles/[ID-NUMBER]');
    expect(scrubUrl('/weekly-digests/me/13812345678')).toBe('/weekly-digests/me/[PHONE]');
    expect(scrubUrl('/x/%2B86%2013812345678')).toBe('/x/[PHONE]');
  });

  it('redacts sensitive query values by name and scrubs the others', () => {
    const url = scrubUrl('/unsubscribe?token=abc.def&q=叉车 13812345678&page=2');
    expect(url).not.toContain('abc.def');
    expect(url).not.toContain('13812345678');
    expect(url).toContain('page=2');
  });
});
