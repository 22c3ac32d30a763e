import { Test } from '@nestjs/testing';
import { AdjustableClock, Clock, CLOCK, systemClock } from './clock';
import { ClockModule } from './clock.module';

describe('ClockModule', () => {
  it('gives the system clock by default', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ClockModule.forRoot()] }).compile();
    expect(moduleRef.get<Clock>(CLOCK)).toBe(systemClock);
  });

  it("gives a test's own clock", async () => {
    const clock = new AdjustableClock();
    const moduleRef = await Test.createTestingModule({ imports: [ClockModule.forRoot(clock)] }).compile();
    expect(moduleRef.get<Clock>(CLOCK)).toBe(clock);
  });
});
