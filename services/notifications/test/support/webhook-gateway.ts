import { AddressInfo } from 'node:net';
import { createServer, IncomingMessage, Server } from 'node:http';

export interface GatewayRequest {
  at: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** How the gateway answers one request: a status, after a delay if given. */
export type GatewayAnswer = number | { status: number; delayMs: number };

/** A local HTTP server on 127.0.0.1 standing in for an SMS or WeChat gateway; answers as `answer()` says. */
export class WebhookGateway {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly requests: GatewayRequest[],
  ) {}

  static async start(answer: (request: GatewayRequest) => GatewayAnswer): Promise<WebhookGateway> {
    const requests: GatewayRequest[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received = {
          at: Date.now(),
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        requests.push(received);
        const given = answer(received);
        const { status, delayMs } = typeof given === 'number' ? { status: given, delayMs: 0 } : given;
        setTimeout(() => {
          if (response.destroyed) return;
          response.statusCode = status;
          response.setHeader('content-type', 'application/json');
          response.end(JSON.stringify({ ok: status < 300 }));
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new WebhookGateway(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
      requests,
    );
  }

  for(deliveryId: string): GatewayRequest[] {
    return this.requests.filter((request) => request.headers['x-vetlink-delivery-id'] === deliveryId);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
