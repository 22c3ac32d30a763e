import type { Schemas } from '../api/client';

type CivilianView = Schemas['skills-profiles.CivilianViewDto_Output'];
type SourceKind = CivilianView['skills'][number]['derivedFrom'][number]['kind'];

export interface Translation {
  source: { kind: SourceKind; id: string; name: string };
  /** Civilian skills this part of the record evidences, strongest first. */
  skills: string[];
  /** Civilian occupations it leads to. */
  occupations: string[];
}

/**
 * The civilian view read the way a veteran thinks of their service: for each specialty, training and
 * certificate, the civilian skills and occupations it stands for ("your vehicle driver experience
 * corresponds to: heavy truck driving, routine vehicle maintenance…"). Specialties come first, in the
 * order the view names them; the view already orders skills strongest first.
 */
export function translationsOf(view: CivilianView, locale: string): Translation[] {
  const name = (names: { zh: string; en: string }) => (locale.startsWith('zh') ? names.zh : names.en);
  const bySource = new Map<string, Translation>();
  const entry = (source: CivilianView['skills'][number]['derivedFrom'][number]) => {
    const key = `${source.kind}:${source.id}`;
    let found = bySource.get(key);
    if (!found) {
      found = {
        source: { kind: source.kind, id: source.id, name: name(source.name) },
        skills: [],
        occupations: [],
      };
      bySource.set(key, found);
    }
    return found;
  };
  for (const skill of view.skills)
    for (const source of skill.derivedFrom) entry(source).skills.push(name(skill.name));
  for (const occupation of view.occupations)
    for (const source of occupation.derivedFrom) entry(source).occupations.push(name(occupation.name));
  const order: SourceKind[] = ['specialty', 'training', 'certificate'];
  return [...bySource.values()].sort((a, b) => order.indexOf(a.source.kind) - order.indexOf(b.source.kind));
}

/** At most `max` names joined the locale's way, with an ellipsis when some were left out. */
export function nameList(names: readonly string[], locale: string, max = 5): string {
  const zh = locale.startsWith('zh');
  const shown = names.slice(0, max).join(zh ? '、' : ', ');
  return names.length > max ? `${shown}${zh ? '……' : '…'}` : shown;
}
