export { DemoRandom, deterministicHexId } from './lib/random';
export type { Seed } from './lib/random';
export type {
  RegisterEmployerBody,
  CreateJobBody,
  SaveProfileBody,
  ApplyBody,
  SkillRequirementBody,
  NotificationPreferencesBody,
} from './lib/api-bodies';
export {
  generateEmployers,
  employerStream,
  employerKind,
  EMPLOYER_SIZE_JOB_WEIGHTS,
  HQ_MAX_KM,
} from './lib/employers/generate-employers';
export type { DemoEmployer, EmployerOptions, EmployerSize } from './lib/employers/generate-employers';
export { DEMO_SECTORS, EMPLOYER_INDUSTRIES, EMPLOYER_KINDS, SECTOR_WEIGHTS } from './lib/employers/sectors';
export type { DemoSector, EmployerIndustry, EmployerKind } from './lib/employers/sectors';
export {
  generateJobs,
  jobStream,
  salaryBand,
  WORKPLACE_MAX_KM,
  DEADLINE_DAYS,
  POSTED_WITHIN_DAYS,
} from './lib/jobs/generate-jobs';
export type { DemoJob, JobOptions } from './lib/jobs/generate-jobs';
export { JOB_TEMPLATES, jobTemplate } from './lib/jobs/job-templates';
export type { JobTemplate } from './lib/jobs/job-templates';
export { generateVeterans, veteranStream, HOME_MAX_KM } from './lib/veterans/generate-veterans';
export type { DemoVeteran, VeteranOptions } from './lib/veterans/generate-veterans';
export { FIRST_DISCHARGE_YEAR, LAST_DISCHARGE_YEAR, RANK_PROFILES } from './lib/veterans/service-records';
export { generateApplications } from './lib/applications/generate-applications';
export type { DemoApplication, ApplicationStep } from './lib/applications/generate-applications';
export { generateDemoWorld } from './lib/world';
export type { DemoWorld, DemoWorldSize, DemoWorldOptions } from './lib/world';
export { toJobSnapshot } from './lib/snapshots/job-snapshot';
export type { JobPostedSnapshot, JobSnapshotOptions } from './lib/snapshots/job-snapshot';
export { toProfileSnapshot } from './lib/snapshots/profile-snapshot';
export type { ProfileSnapshotOptions } from './lib/snapshots/profile-snapshot';
export {
  creditCodeCheckCharacter,
  isValidCreditCode,
  organisationCodeCheckCharacter,
  ORGANISATION_KINDS,
} from './lib/identifiers/credit-code';
export type { OrganisationKind } from './lib/identifiers/credit-code';
export {
  residentIdCheckCharacter,
  isValidResidentIdNumber,
  birthDateOf,
  sexOf,
} from './lib/identifiers/resident-id';
export type { Sex } from './lib/identifiers/resident-id';
export {
  CITY_DIVISION_CODES,
  DISTRICT_DIVISION_CODES,
  cityDivisionCode,
  districtDivisionCode,
} from './lib/places/division-codes';
export { CITY_TIERS, TIER_PAY_FACTORS, payFactorOf, isInJiangsu, JIANGSU_BOUNDS } from './lib/places/jiangsu';
export { startOfShanghaiDay, shanghaiDate } from './lib/time';
export { DEMO_LOAN_PRODUCTS, DEMO_LPR_QUOTES } from './lib/loans/loan-products';
export type { DemoLoanProduct } from './lib/loans/loan-products';
export { generateLoans } from './lib/loans/generate-loans';
export type { DemoLoan, DemoLoanFate } from './lib/loans/generate-loans';
export { generateMentors, generateMentorBookings, MENTOR_EXPERTISE } from './lib/mentors/generate-mentors';
export type { DemoMentor, DemoMentorBooking, MentorExpertise } from './lib/mentors/generate-mentors';
export {
  DEMO_INCUBATION_BASES,
  DEMO_STARTUP_FATES,
  demoProgrammeBody,
  generateIncubatorStartups,
} from './lib/incubators/generate-incubators';
export type { DemoIncubationBase, DemoStartup, DemoStartupFate } from './lib/incubators/generate-incubators';
export {
  generateTrainingCourses,
  bureauCourseBody,
  demoRunBody,
  DEMO_RUN_STATES,
} from './lib/trainings/generate-trainings';
export type {
  DemoCourse,
  DemoCourseRun,
  DemoRunState,
  PublishCourseBody,
  PublishRunBody,
} from './lib/trainings/generate-trainings';
