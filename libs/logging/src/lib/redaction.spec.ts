import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { REDACTED, redactPersonalData } from './redaction';

describe('redactPersonalData', () => {
  it("leaves a request and its response to the request logger's serializers, and redacts the rest", () => {
    const request = new IncomingMessage(new Socket());
    const response = new ServerResponse(request);
    const redacted = redactPersonalData({ req: request, res: response, phone: '13812345678' }) as Record<
      string,
      unknown
    >;
    expect(redacted['req']).toBe(request);
    expect(redacted['res']).toBe(response);
    expect(redacted['phone']).toBe(REDACTED);
  });
});
