import type { EventEnvelope } from '@vetlink/contracts';
import { counted, type Contribution } from '../domain/contribution';
import { emptyTally, recentKeyOf, type Tally } from '../domain/tally';
import type { TalliesRepository } from '../tallies.repository';
import { RecordContributions } from './record-contributions';

/** The repository's two calls, kept in a map: the use case's own logic is what is tested here. */
function talliesInMemory() {
  const saved = new Map<string, Tally>();
  const repository = {
    find: async (id: string, month: string) => saved.get(id) ?? emptyTally(id, month),
    save: async (tally: Tally) => void saved.set(tally.id, tally),
  };
  return { saved, repository: repository as unknown as TalliesRepository };
}

const envelope = (eventId: string): EventEnvelope<null> =>
  ({ eventId, payload: null }) as EventEnvelope<null>;

describe('recording a batch', () => {
  it('puts each contribution in its day’s month, remembering the event in each, so a repeat adds nothing', async () => {
    const { saved, repository } = talliesInMemory();
    const record = new RecordContributions(repository, { now: () => new Date() } as never);
    // A completion in May that finds its hire of July: the pair is counted in July's tally.
    const contributions: Contribution[] = [
      counted('course-completions', '2027-05-10T02:00:00.000Z', { cityId: 'xuzhou' }),
      counted('course-completers-hired-90d', '2027-07-01T02:00:00.000Z', { cityId: 'xuzhou' }),
    ];
    const source = { topic: 'trainings.enrolments', partition: 2 };
    await record.execute(source, [envelope('e1')], () => contributions);
    await record.execute(source, [envelope('e1')], () => contributions);
    expect(saved.get('trainings.enrolments:2:2027-05')?.counts).toEqual({
      'course-completions|xuzhou|unknown|2027-05-10': 1,
    });
    expect(saved.get('trainings.enrolments:2:2027-07')?.counts).toEqual({
      'course-completers-hired-90d|xuzhou|unknown|2027-07-01': 1,
    });
    expect(saved.get('trainings.enrolments:2:2027-07')?.recent).toEqual([recentKeyOf('e1')]);
  });
});
