import type { ApplicationActor, ApplicationStage } from '@vetlink/contracts';

export interface StageChange {
  from: ApplicationStage;
  to: ApplicationStage;
  at: Date;
  by: ApplicationActor;
}

/** A veteran's application to one job (one per job and veteran). */
export interface Application {
  id: string;
  jobId: string;
  /** Copied from the job so that an employer's applicants are found without reading jobs. */
  employerId: string;
  veteranId: string;
  jobTitle: string;
  coverLetter?: string;
  stage: ApplicationStage;
  history: StageChange[];
  /** True from a hire until its job has counted it; a sweep finishes what an interrupted request left. */
  hirePending: boolean;
  submittedAt: Date;
  updatedAt: Date;
}
