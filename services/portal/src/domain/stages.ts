/** An application's stages as job-postings names them, in the order a hire goes through them. */
export const PIPELINE = ['applied', 'viewed', 'interview', 'offer', 'hired'] as const;
export const STAGES = [...PIPELINE, 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];
/** The stages an employer may set (job-postings' ChangeStageBody). */
export type EmployerStage = 'viewed' | 'interview' | 'offer' | 'hired' | 'rejected';

export function isFinal(stage: Stage): boolean {
  return stage === 'hired' || stage === 'rejected' || stage === 'withdrawn';
}

/**
 * Where an employer can move an application from here: forward along the pipeline (skipping is
 * allowed, e.g. straight to interview) or rejected; nothing from a final stage.
 */
export function nextStages(stage: Stage): EmployerStage[] {
  if (isFinal(stage)) return [];
  const at = PIPELINE.indexOf(stage as (typeof PIPELINE)[number]);
  const forward = PIPELINE.slice(at + 1) as readonly string[];
  return [...(forward as EmployerStage[]), 'rejected'];
}

/** How far along the pipeline (0–100) the veteran's application is, for a progress bar. */
export function progressPercent(stage: Stage): number {
  if (stage === 'rejected' || stage === 'withdrawn') return 100;
  const at = PIPELINE.indexOf(stage);
  return Math.round(((at + 1) / PIPELINE.length) * 100);
}

/** The i18n key of a stage's label. */
export function stageLabelKey(stage: string): string {
  return (STAGES as readonly string[]).includes(stage) ? `stage.${stage}` : 'stage.unknown';
}

/** Element Plus tag type for a stage. */
export function stageTagType(stage: string): 'success' | 'info' | 'warning' | 'danger' | 'primary' {
  if (stage === 'hired') return 'success';
  if (stage === 'rejected') return 'danger';
  if (stage === 'withdrawn') return 'info';
  if (stage === 'offer' || stage === 'interview') return 'warning';
  return 'primary';
}
