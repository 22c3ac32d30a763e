import {
  DEMO_INCUBATION_BASES,
  demoProgrammeBody,
  type DemoIncubationBase,
  type DemoStartup,
} from '@vetlink/demo-data';
import { inPool } from './pool';
import { PlatformClient } from './platform-client';
import { Progress } from './progress';
import { DevTokens, Subject } from './tokens';

interface Identified {
  id: string;
  name: string;
}

interface ApplicationView {
  id: string;
  state: string;
  venture?: { name: string };
}

const OFFICER: Subject = { userId: 'demo-officer-1', role: 'officer', organisationId: 'bureau-jiangsu' };

/** What a base's staff and its reviewer are called: one of each per base, the same on every run. */
const staffOf = (key: string) => `demo-incubator-staff-${key}`;
const reviewerOf = (key: string) => `demo-incubator-reviewer-${key}`;

/**
 * The incubation part of the demo, through the incubators service's API: an officer registers the bases
 * and grants each its staff; the staff open a programme; each founder drafts an application with their
 * own token, and the staff, a reviewer and the founder walk it to its fate (submitted, screening, in
 * review, waitlisted, rejected, withdrawn, in residence with a milestone, graduated, exited). A base or
 * programme of the same name, or a founder's application of the same venture, is left as it is.
 */
export class IncubatorsSeeder {
  private readonly bases = new Map<string, { baseId: string; programmeId: string; staff: string }>();
  readonly tally = { created: 0, existing: 0 };

  constructor(
    private readonly client: PlatformClient,
    private readonly tokens: DevTokens,
    private readonly incubatorsUrl: string,
    private readonly concurrency: number,
    private readonly now: Date,
  ) {}

  async run(startups: readonly DemoStartup[]): Promise<void> {
    for (const incubationBase of DEMO_INCUBATION_BASES) await this.baseAndProgramme(incubationBase);
    const progress = new Progress('incubators', startups.length);
    await inPool(startups, this.concurrency, async (startup) => {
      await this.walk(startup);
      progress.tick();
    });
    progress.finish(
      `${DEMO_INCUBATION_BASES.length} bases; ${this.tally.created} applications walked along, ` +
        `${this.tally.existing} already there`,
    );
  }

  private async baseAndProgramme(incubationBase: DemoIncubationBase): Promise<void> {
    const officer = this.tokens.bearer(OFFICER);
    const { body } = incubationBase;
    const existing = await this.get<{ items: Identified[] }>(`/bases?cityId=${body.cityId}`, officer);
    const baseId =
      existing.items.find((found) => found.name === body.name)?.id ??
      (await this.post<Identified>('/bases', officer, body)).id;
    const staffId = staffOf(incubationBase.key);
    await this.client.request('POST', this.url(`/bases/${baseId}/staff`), {
      authorization: officer,
      body: { userId: staffId },
      accept: [409],
    });
    const staff = this.tokens.bearer({ userId: staffId, role: 'base-staff', organisationId: baseId });
    const programme = demoProgrammeBody(incubationBase, this.now);
    const programmes = await this.get<{ items: Identified[] }>(`/bases/${baseId}/programmes`, staff);
    const programmeId =
      programmes.items.find((found) => found.name === programme.name)?.id ??
      (await this.post<Identified>(`/bases/${baseId}/programmes`, staff, programme)).id;
    this.bases.set(incubationBase.key, { baseId, programmeId, staff });
  }

  private async walk(startup: DemoStartup): Promise<void> {
    const founder = this.tokens.bearer({ userId: startup.veteranUserId, role: 'veteran' });
    const { programmeId } = this.baseOf(startup.baseKey);
    await this.untilKnown(startup.veteranUserId, founder);
    const mine = await this.get<{ items: ApplicationView[] }>('/applications/mine', founder);
    if (mine.items.some((view) => view.venture?.name === startup.body.ventureName)) {
      this.tally.existing++;
      return;
    }
    const draft = await this.post<ApplicationView>(
      `/programmes/${programmeId}/applications`,
      founder,
      startup.body,
    );
    this.tally.created++;
    await this.toFate(startup, draft.id, founder);
  }

  private async toFate(startup: DemoStartup, id: string, founder: string): Promise<void> {
    const { fate } = startup;
    if (fate === 'draft') return;
    await this.post(`/applications/${id}/submit`, founder, undefined);
    if (fate === 'submitted') return;
    if (fate === 'withdrawn') {
      await this.post(`/applications/${id}/withdraw`, founder, { reason: '已决定先在家乡自主经营' });
      return;
    }
    const { staff } = this.baseOf(startup.baseKey);
    await this.post(`/applications/${id}/screening`, staff, { reason: '材料齐全，符合入驻条件' });
    if (fate === 'screening') return;
    const reviewerId = reviewerOf(startup.baseKey);
    await this.post(`/applications/${id}/review`, staff, { reviewerIds: [reviewerId] });
    const reviewer = this.tokens.bearer({ userId: reviewerId, role: 'mentor' });
    const score = 2 + (startup.index % 4);
    await this.post(`/applications/${id}/scores`, reviewer, {
      scores: { team: score, market: Math.max(1, score - 1), 'veteran-jobs': score },
      comment: '团队执行力强，市场需进一步验证',
    });
    if (fate === 'in-review') return;
    if (fate === 'rejected') {
      await this.post(`/applications/${id}/decision`, staff, {
        outcome: 'reject',
        reason: '商业模式尚不清晰，建议参加创业培训后再申请',
      });
      return;
    }
    if (fate === 'waitlisted') {
      await this.post(`/applications/${id}/decision`, staff, {
        outcome: 'waitlist',
        reason: '评审通过，待有空位后入驻',
      });
      return;
    }
    // Accepting admits at once when a seat and the space are free (otherwise it waits on the list).
    const decided = await this.post<ApplicationView>(`/applications/${id}/decision`, staff, {
      outcome: 'accept',
      reason: '团队扎实，带动退役军人就业',
    });
    if (decided.state !== 'in-residence') return;
    await this.post(`/applications/${id}/milestones`, staff, {
      goal: '签约首批客户',
      measure: '合同数',
      target: 3,
      dueOn: new Date(this.now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10),
    });
    if (fate === 'in-residence') return;
    await this.post(`/applications/${id}/completion`, staff, {
      ending: fate === 'graduated' ? 'graduated' : 'exited',
      reason: fate === 'graduated' ? '完成孵化目标，迁入自有场地' : '创始人转行，提前退出',
      outcomes: {
        companyRegistered: fate === 'graduated',
        jobsCreated: fate === 'graduated' ? 8 : 1,
        jobsForVeterans: fate === 'graduated' ? 3 : 1,
        revenueBand: fate === 'graduated' ? '100k-1m' : 'none',
        fundingRaisedFen: 0,
        loansTaken: fate === 'graduated' ? 1 : 0,
      },
    });
  }

  /** The incubators service learns of veterans from skills-profiles' events, a moment after the profile is written. */
  private async untilKnown(veteranId: string, authorization: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const exported = await this.get<{ sections: Record<string, unknown> }>(
        '/personal-data/me',
        authorization,
      );
      if (exported.sections['knownVeteran']) return;
      if (Date.now() > deadline)
        throw new Error(`the incubators service never learnt of veteran ${veteranId}`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }

  private baseOf(key: string) {
    const found = this.bases.get(key);
    if (!found) throw new Error(`no demo incubation base ${key}`);
    return found;
  }

  private async get<Body>(path: string, authorization: string): Promise<Body> {
    return (await this.client.request<Body>('GET', this.url(path), { authorization })).body;
  }

  private async post<Body = unknown>(path: string, authorization: string, body: unknown): Promise<Body> {
    return (await this.client.request<Body>('POST', this.url(path), { authorization, body })).body;
  }

  private url(path: string): string {
    return `${this.incubatorsUrl}${path}`;
  }
}
