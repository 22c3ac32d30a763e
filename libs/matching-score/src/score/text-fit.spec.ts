import { renderReason } from './render-reasons';
import { textEvidence, textFit } from './text-fit';
import { truckJob, veteranFrom } from '../testing/fixtures';

describe('textFit', () => {
  const driver = veteranFrom(
    { specialties: ['wheeled-vehicle-driver'] },
    { specialtyIds: ['wheeled-vehicle-driver'], desiredOccupationIds: ['tractor-trailer-driver'] },
  );

  it('finds a fitting job by its own words when no skill mapped, with the words it matched', () => {
    const job = truckJob({
      title: '重型牵引车司机',
      requiredSkills: [],
      preferredSkills: [],
      skillTexts: ['甩挂运输', '长途干线'],
      description: '负责干线甩挂运输，要求持A2驾驶证，部队汽车兵优先。',
    });
    const fit = textFit(job, driver);
    expect(fit.fit).toBeGreaterThan(0.9);
    expect(fit.reasons[0]).toMatchObject({
      kind: 'text',
      polarity: 'match',
      occupationId: 'tractor-trailer-driver',
      via: { kind: 'desired', id: 'tractor-trailer-driver' },
    });
    expect(renderReason(fit.reasons[0]).text.en).toBe(
      "The posting's own words match your wish to work as tractor-trailer driver",
    );
    expect(renderReason(fit.reasons[0]).text.zh).toBe(
      '岗位描述提到：牵引车司机 — 与您的期望职业「牵引车司机」相关',
    );
  });

  it('names the specialty when the posting speaks of it ("部队汽车兵优先")', () => {
    const veteran = veteranFrom(
      { specialties: ['wheeled-vehicle-driver'] },
      { specialtyIds: ['wheeled-vehicle-driver'] },
    );
    const job = truckJob({ title: '驾驶员', description: '部队汽车兵优先。' });
    const [best] = textEvidence(job, veteran);
    expect(best).toMatchObject({
      phrase: '汽车兵',
      term: { source: 'specialty', id: 'wheeled-vehicle-driver' },
    });
    expect(renderReason(textFit(job, veteran).reasons[0]).text.zh).toBe(
      '岗位描述提到：汽车兵 — 与您的汽车驾驶员专业相关',
    );
  });

  it('gives nothing for a job about something else, or a chance bigram of a long term', () => {
    const job = truckJob({ title: '电商客服', description: '负责店铺售前咨询、售后处理。' });
    expect(textFit(job, driver)).toEqual({ fit: 0, reasons: [], vetoes: [] });
  });

  it('gives nothing when the veteran named nothing to compare', () => {
    const veteran = veteranFrom({ specialties: [] }, {});
    expect(textFit(truckJob(), veteran).fit).toBe(0);
  });

  it('reads what the veteran typed and the taxonomy does not know, in their words', () => {
    const veteran = {
      ...veteranFrom({ specialties: [] }, {}),
      typedTerms: [{ source: 'desired' as const, text: '食堂主管' }],
    };
    const job = truckJob({ title: '职工食堂主管', description: '负责食堂日常管理。' });
    const fit = textFit(job, veteran);
    expect(fit.fit).toBeGreaterThan(0.9);
    expect(fit.reasons[0]).toMatchObject({
      kind: 'text',
      phrase: '食堂主管',
      via: { kind: 'desired', id: null },
    });
    expect(fit.reasons[0]).not.toHaveProperty('occupationId');
    expect(renderReason(fit.reasons[0]).text.zh).toBe('岗位描述提到：食堂主管 — 与您填写的期望职业相关');
    expect(renderReason(fit.reasons[0]).text.en).toBe(
      "The posting's own words match what you wrote as the work wanted",
    );
    expect(textFit(truckJob({ title: '电商客服', description: '售前咨询。' }), veteran).fit).toBe(0);
  });
});
