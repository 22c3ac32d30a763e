/** A caller of the public API, through the gateway only. */
export class ApiClient {
  constructor(private readonly baseUrl: string) {}

  async call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
    // The body is whatever JSON the route answers; each test reads the fields it expects.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any }> {
    const answer = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await answer.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: answer.status, body };
  }

  /** A call that must answer `status`; its body (the error names the call and what came back). */
  async expect(
    status: number,
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
    // the body is whatever JSON the route answers, as in `call`
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<any> {
    const answer = await this.call(method, path, options);
    if (answer.status !== status)
      throw new Error(
        `${method} ${path}: ${answer.status}, not ${status}: ${JSON.stringify(answer.body).slice(0, 500)}`,
      );
    return answer.body;
  }

  async signIn(
    login: string,
    password: string,
  ): Promise<{ accessToken: string; refreshToken: string; userId: string }> {
    const answer = await this.call('POST', '/api/auth/sign-in', { body: { login, password } });
    if (answer.status !== 200)
      throw new Error(`sign-in of ${login}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
}
