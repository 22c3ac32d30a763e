import type { JobEmploymentType, LocalisedText, MatchReason } from '@vetlink/contracts';
import {
  getCertificate,
  getCity,
  getOccupation,
  getSkill,
  getSpecialty,
  getTraining,
  SENIORITY_BANDS,
  textOfTermId,
  type SeniorityBand,
} from '@vetlink/taxonomy';
import type { ReasonFacts } from './reason-facts';

/**
 * Who reads the sentence: the veteran ("you hold ...") or an employer or officer looking at a
 * candidate ("holds ...").
 */
export type Audience = 'veteran' | 'employer';

export type RenderedReason = MatchReason;

const EMPLOYMENT_TYPE_NAMES: Record<JobEmploymentType, LocalisedText> = {
  'full-time': { zh: '全职', en: 'Full-time' },
  'part-time': { zh: '兼职', en: 'Part-time' },
  contract: { zh: '合同制', en: 'Fixed-term contract' },
  internship: { zh: '实习', en: 'Internship' },
  flexible: { zh: '灵活用工', en: 'Flexible work' },
};

const BAND_NAMES: Record<SeniorityBand, LocalisedText> = {
  entry: { zh: '初级岗位', en: 'entry level' },
  skilled: { zh: '技能岗位', en: 'skilled level' },
  supervisory: { zh: '主管岗位', en: 'supervisory level' },
  management: { zh: '管理岗位', en: 'management level' },
};

interface Pronouns {
  your: LocalisedText;
  youHold: LocalisedText;
  home: LocalisedText;
}

const PRONOUNS: Record<Audience, Pronouns> = {
  veteran: {
    your: { zh: '您的', en: 'your' },
    youHold: { zh: '您持有', en: 'you hold' },
    home: { zh: '您家', en: 'your home' },
  },
  employer: {
    your: { zh: '其', en: 'their' },
    youHold: { zh: '持有', en: 'holds' },
    home: { zh: '其住处', en: 'their home' },
  },
};

/** Every reason with its Chinese and English sentence (names from the taxonomy). */
export function renderReasons(
  reasons: readonly ReasonFacts[],
  audience: Audience = 'veteran',
): RenderedReason[] {
  return reasons.map((reason) => renderReason(reason, audience));
}

export function renderReason(reason: ReasonFacts, audience: Audience = 'veteran'): RenderedReason {
  // The matched words are in the sentence; the event's reason schema has no field of its own for them.
  const { phrase: _phrase, ...facts } = reason;
  return { ...facts, text: sentenceOf(reason, PRONOUNS[audience], audience) };
}

function sentenceOf(reason: ReasonFacts, p: Pronouns, audience: Audience): LocalisedText {
  switch (reason.kind) {
    case 'skill': {
      const skill = skillName(reason.skillId);
      const source = evidenceText(reason, p);
      const prefix =
        reason.requirement === 'preferred' ? { zh: '（加分项）', en: ' (preferred)' } : { zh: '', en: '' };
      return { zh: `${skill.zh}${prefix.zh} — ${source.zh}`, en: `${skill.en}${prefix.en} — ${source.en}` };
    }
    case 'skill-missing': {
      const skill = skillName(reason.skillId);
      return {
        zh: `岗位要求的技能：${skill.zh} — 暂无记录`,
        en: `Required skill: ${lower(skill.en)} — not on record yet`,
      };
    }
    case 'certificate': {
      const required = certificateName(reason.certificateId);
      const held = certificateName(reason.heldCertificateId);
      if (!reason.heldCertificateId || reason.heldCertificateId === reason.certificateId) {
        return {
          zh: `需要 ${required.zh} — ${p.youHold.zh}`,
          en: `Needs ${required.en} — ${p.youHold.en} it`,
        };
      }
      return {
        zh: `需要 ${required.zh} — ${p.youHold.zh} ${held.zh}（涵盖 ${required.zh}）`,
        en: `Needs ${required.en} — ${p.youHold.en} ${held.en} (covers ${required.en})`,
      };
    }
    case 'certificate-missing': {
      const required = certificateName(reason.certificateId);
      const hold =
        audience === 'veteran'
          ? { zh: '您尚未持有', en: 'you do not hold it' }
          : { zh: '未持有', en: 'does not hold it' };
      return { zh: `需要 ${required.zh} — ${hold.zh}`, en: `Needs ${required.en} — ${hold.en}` };
    }
    case 'occupation': {
      const occupation = occupationName(reason.occupationId);
      if (reason.via?.kind === 'desired') {
        const wish =
          audience === 'veteran'
            ? { zh: '您希望从事的职业', en: 'an occupation you asked for' }
            : { zh: '其希望从事的职业', en: 'an occupation they asked for' };
        return { zh: `${occupation.zh} — ${wish.zh}`, en: `${occupation.en} — ${wish.en}` };
      }
      const fit = strengthText(reason.strength);
      const source = sourceName(reason.via, p);
      return {
        zh: `${occupation.zh} — ${source.zh}，${fit.zh}`,
        en: `${occupation.en} — ${fit.en} ${source.en}`,
      };
    }
    case 'distance': {
      const km = kilometres(reason.distanceKm);
      const within =
        reason.radiusKm !== undefined
          ? {
              zh: `，在${audience === 'veteran' ? '您' : '其'}设定的 ${reason.radiusKm} 公里范围内`,
              en: `, within the ${reason.radiusKm} km ${audience === 'veteran' ? 'you' : 'they'} set`,
            }
          : { zh: '', en: '' };
      return { zh: `距${p.home.zh} ${km.zh}${within.zh}`, en: `${km.en} from ${p.home.en}${within.en}` };
    }
    case 'preferred-city': {
      const city = cityName(reason.cityId);
      const named =
        audience === 'veteran'
          ? { zh: '您愿意去的城市', en: 'a city you said you would work in' }
          : { zh: '其愿意去的城市', en: 'a city they said they would work in' };
      return { zh: `在${named.zh}：${city.zh}`, en: `In ${named.en}: ${city.en}` };
    }
    case 'outside-radius': {
      const km = kilometres(reason.distanceKm);
      return {
        zh: `距${p.home.zh} ${km.zh}，超出${audience === 'veteran' ? '您' : '其'}设定的 ${reason.radiusKm} 公里范围`,
        en: `${km.en} from ${p.home.en}, beyond the ${reason.radiusKm} km ${audience === 'veteran' ? 'you' : 'they'} set`,
      };
    }
    case 'outside-preferred-cities': {
      const city = cityName(reason.cityId);
      return {
        zh: `位于${city.zh}，不在${audience === 'veteran' ? '您' : '其'}选择的城市内`,
        en: `In ${city.en}, not one of the cities ${audience === 'veteran' ? 'you' : 'they'} chose`,
      };
    }
    case 'salary': {
      const range = salaryRange(reason.salaryMin, reason.salaryMax);
      if (reason.salaryFloor === undefined) return range;
      const floor = reason.salaryFloor;
      const whose = audience === 'veteran' ? { zh: '您期望的', en: 'your' } : { zh: '其期望的', en: 'their' };
      if ((reason.salaryMin ?? 0) >= floor) {
        return {
          zh: `${range.zh}，不低于${whose.zh} ${yuan(floor)} 元`,
          en: `${range.en}, at or above ${whose.en} minimum of ${cnyText(floor)}`,
        };
      }
      return {
        zh: `${range.zh}，部分区间达到${whose.zh} ${yuan(floor)} 元`,
        en: `${range.en}, partly above ${whose.en} minimum of ${cnyText(floor)}`,
      };
    }
    case 'salary-below-floor': {
      const whose = audience === 'veteran' ? { zh: '您期望的', en: 'your' } : { zh: '其期望的', en: 'their' };
      return {
        zh: `月薪最高 ${yuan(reason.salaryMax ?? 0)} 元，低于${whose.zh} ${yuan(reason.salaryFloor ?? 0)} 元`,
        en: `Pays at most ${cnyText(reason.salaryMax ?? 0)} a month, below ${whose.en} minimum of ${cnyText(reason.salaryFloor ?? 0)}`,
      };
    }
    case 'employment-type': {
      const type = EMPLOYMENT_TYPE_NAMES[reason.employmentType ?? 'full-time'];
      const wish =
        audience === 'veteran'
          ? { zh: '符合您的意向', en: 'as you asked' }
          : { zh: '符合其意向', en: 'as they asked' };
      return { zh: `${type.zh} — ${wish.zh}`, en: `${type.en} — ${wish.en}` };
    }
    case 'employment-type-mismatch': {
      const type = EMPLOYMENT_TYPE_NAMES[reason.employmentType ?? 'full-time'];
      return {
        zh: `${type.zh} — 不符合${audience === 'veteran' ? '您' : '其'}的意向`,
        en: `${type.en} — not what ${audience === 'veteran' ? 'you' : 'they'} asked for`,
      };
    }
    case 'seniority': {
      const band = BAND_NAMES[occupationBand(reason.occupationId)];
      if (reason.polarity === 'match') {
        return {
          zh: `${band.zh} — 与${p.your.zh}资历相符`,
          en: `A ${band.en} position — suits ${p.your.en} experience`,
        };
      }
      return {
        zh: `${band.zh} — 高于${p.your.zh}当前资历`,
        en: `A ${band.en} position — above ${p.your.en} experience so far`,
      };
    }
    case 'recent': {
      const days = reason.daysSincePosted ?? 0;
      return days === 0
        ? { zh: '今天发布', en: 'Posted today' }
        : { zh: `${days} 天前发布`, en: `Posted ${days} day${days === 1 ? '' : 's'} ago` };
    }
    case 'text': {
      const source = textSourceName(reason, p);
      return {
        zh: `岗位描述提到：${reason.phrase ?? ''} — 与${source.zh}相关`,
        en: `The posting's own words match ${source.en}`,
      };
    }
    case 'veterans-only':
      return { zh: '退役军人专属岗位', en: 'Reserved for veterans' };
    case 'veteran-priority':
      return { zh: '退役军人优先录用', en: 'Veterans given priority' };
  }
}

function evidenceText(reason: ReasonFacts, p: Pronouns): LocalisedText {
  const via = reason.via;
  if (!via || via.kind === 'declared') {
    return { zh: `${p.your.zh}自述技能`, en: `a skill ${p.your.en === 'your' ? 'you' : 'they'} declared` };
  }
  const source = sourceName(via, p);
  return { zh: `来自${source.zh}`, en: `from ${source.en}` };
}

/** "您的军事专业：汽车驾驶员" / "your military specialty: wheeled vehicle driver". */
function sourceName(via: ReasonFacts['via'], p: Pronouns): LocalisedText {
  if (!via || !via.id) return { zh: `${p.your.zh}经历`, en: `${p.your.en} background` };
  switch (via.kind) {
    case 'specialty': {
      const name = named(getSpecialty(via.id), via.id);
      return {
        zh: `${p.your.zh}军事专业：${name.zh}`,
        en: `${p.your.en} military specialty: ${lower(name.en)}`,
      };
    }
    case 'training': {
      const name = named(getTraining(via.id), via.id);
      return { zh: `${p.your.zh}培训：${name.zh}`, en: `${p.your.en} training: ${lower(name.en)}` };
    }
    case 'certificate': {
      const name = certificateName(via.id);
      return { zh: `${p.your.zh}证书：${name.zh}`, en: `${p.your.en} certificate: ${name.en}` };
    }
    default:
      return { zh: `${p.your.zh}经历`, en: `${p.your.en} background` };
  }
}

/** What the posting's words matched: "您的期望职业「牵引车司机」" / "your wish to work as tractor-trailer driver". */
function textSourceName(reason: ReasonFacts, p: Pronouns): LocalisedText {
  const via = reason.via;
  // A term typed that the taxonomy does not know has no name but the one typed, which the phrase quotes.
  if (via && !via.id && !reason.occupationId) {
    const field = TYPED_FIELD_NAMES[via.kind as keyof typeof TYPED_FIELD_NAMES] ?? TYPED_FIELD_NAMES.desired;
    const subject = p.your.en === 'your' ? 'you' : 'they';
    return {
      zh: `${p.your.zh.replace(/的$/, '')}填写的${field.zh}`,
      en: `what ${subject} wrote as ${field.en}`,
    };
  }
  if (via?.kind === 'training' && via.id) {
    const name = named(getTraining(via.id), via.id);
    return { zh: `${p.your.zh}培训「${name.zh}」`, en: `${p.your.en} training (${lower(name.en)})` };
  }
  if (via?.kind === 'specialty' && via.id) {
    const name = named(getSpecialty(via.id), via.id);
    return { zh: `${p.your.zh}${name.zh}专业`, en: `${p.your.en} military specialty (${lower(name.en)})` };
  }
  const occupation = occupationName(reason.occupationId);
  if (via?.kind === 'desired') {
    return {
      zh: `${p.your.zh}期望职业「${occupation.zh}」`,
      en: `${p.your.en} wish to work as ${lower(occupation.en)}`,
    };
  }
  return {
    zh: `${p.your.zh}服役经历对口的职业「${occupation.zh}」`,
    en: `${lower(occupation.en)}, which ${p.your.en} service leads to`,
  };
}

const TYPED_FIELD_NAMES = {
  desired: { zh: '期望职业', en: 'the work wanted' },
  specialty: { zh: '专业', en: 'a military specialty' },
  training: { zh: '培训', en: 'a course taken' },
} as const;

function strengthText(strength: ReasonFacts['strength']): LocalisedText {
  switch (strength) {
    case 'direct':
      return { zh: '直接对口', en: 'a direct fit for' };
    case 'partial':
      return { zh: '部分对口', en: 'a partial fit for' };
    default:
      return { zh: '技能可迁移', en: 'transferable from' };
  }
}

function named(entry: { zh: string; en: string } | undefined, id: string | undefined): LocalisedText {
  return entry ? { zh: entry.zh, en: entry.en } : { zh: id ?? '?', en: id ?? '?' };
}

function skillName(id: string | undefined): LocalisedText {
  return named(id ? getSkill(id) : undefined, id);
}

function occupationName(id: string | undefined): LocalisedText {
  return named(id ? getOccupation(id) : undefined, id);
}

function cityName(id: string | undefined): LocalisedText {
  return named(id ? getCity(id) : undefined, id);
}

/** "C1驾驶证（小型汽车）" reads as "C1驾驶证" in a sentence: the short name, without the parenthesis. */
function certificateName(id: string | undefined): LocalisedText {
  const typed = id ? textOfTermId(id) : undefined;
  if (typed) return { zh: typed, en: typed };
  const full = named(id ? getCertificate(id) : undefined, id);
  return { zh: full.zh.replace(/（[^）]*）$/u, ''), en: full.en.replace(/\s*\([^)]*\)$/u, '') };
}

function occupationBand(id: string | undefined): SeniorityBand {
  return (id ? getOccupation(id)?.seniorityBand : undefined) ?? SENIORITY_BANDS[0];
}

function kilometres(km: number | undefined): LocalisedText {
  const value = km ?? 0;
  if (value < 1) return { zh: '不到 1 公里', en: 'under 1 km' };
  const rounded = Math.round(value);
  return { zh: `${rounded} 公里`, en: `${rounded} km` };
}

function salaryRange(min: number | undefined, max: number | undefined): LocalisedText {
  const low = min ?? 0;
  const high = max ?? low;
  if (low === high) return { zh: `月薪 ${yuan(low)} 元`, en: `Pays ${cnyText(low)} a month` };
  return {
    zh: `月薪 ${yuan(low)}–${yuan(high)} 元`,
    en: `Pays CNY ${thousands(low)}–${thousands(high)} a month`,
  };
}

function yuan(amount: number): string {
  return String(amount);
}

function cnyText(amount: number): string {
  return `CNY ${thousands(amount)}`;
}

function thousands(amount: number): string {
  return amount.toLocaleString('en-US');
}

/** Lower-cases a name that starts a sentence in the taxonomy but sits mid-sentence here (not acronyms). */
function lower(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
