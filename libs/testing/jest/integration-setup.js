// Real engines answer in milliseconds, but a consumer group's first join can take seconds.
jest.setTimeout(60_000);
