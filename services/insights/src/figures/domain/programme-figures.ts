/**
 * The programme's figures (incubation, startup loans, mentoring), from the incubators', loans' and mentors'
 * events. Where an event carries no city (`cityId`), its figure is kept under the city `unknown`: only
 * the provincial bureau's officers see it (README: what is not placed, and why).
 */
export const INCUBATION_FIGURES = {
  'incubation-applications': {
    zh: '孵化入驻申请数',
    en: 'Incubation applications',
    definition:
      'Startup applications veteran founders submitted to an incubation programme after passing its eligibility rules (incubators.application-submitted), on the day submitted, in the incubation base’s city (every incubators event carries it).',
  },
  'incubation-accepted': {
    zh: '孵化申请通过数',
    en: 'Incubation decisions: accepted',
    definition:
      'Decisions to accept an application (incubators.application-decided, decision accepted), on the day decided. A waitlisted application that later moves up is counted again here, so it appears under both waitlisted and accepted.',
  },
  'incubation-rejected': {
    zh: '孵化申请未通过数',
    en: 'Incubation decisions: rejected',
    definition: 'Decisions to reject an application (incubators.application-decided, decision rejected).',
  },
  'incubation-waitlisted': {
    zh: '孵化申请候补数',
    en: 'Incubation decisions: waitlisted',
    definition:
      'Decisions to waitlist an application, including acceptances that found no free seat or unit (incubators.application-decided, decision waitlisted).',
  },
  'startups-admitted': {
    zh: '入驻孵化企业数',
    en: 'Startups admitted',
    definition:
      'Accepted startups that took their seat and space in a programme (incubators.startup-admitted), on the day admitted.',
  },
  'startups-graduated': {
    zh: '孵化毕业企业数',
    en: 'Startups graduated',
    definition:
      'Startups that left residence as graduates (incubators.startup-graduated, ending graduated), on the day they left.',
  },
  'startups-exited': {
    zh: '提前退出孵化企业数',
    en: 'Startups exited early',
    definition:
      'Startups that left residence before graduating (incubators.startup-graduated, ending exited), on the day they left.',
  },
  'incubation-jobs-created': {
    zh: '孵化企业带动就业数',
    en: 'Jobs created by incubated startups',
    definition:
      'The jobs created that a startup reports when it leaves residence, graduated or exited (incubators.startup-graduated, jobsCreated), summed on the day it left.',
  },
  'incubation-jobs-for-veterans': {
    zh: '孵化企业吸纳退役军人就业数',
    en: 'Of those, jobs for veterans',
    definition:
      'Of the jobs created, those that went to veterans (incubators.startup-graduated, jobsForVeterans), summed on the day the startup left residence.',
  },
} as const;

export const LOAN_FIGURES = {
  'loan-applications': {
    zh: '创业贷款申请数',
    en: 'Startup-loan applications',
    definition:
      'Startup-loan applications veterans submitted to a partner bank (loans.application-submitted), on the day submitted, in the loan’s city (the applicant’s, else the loan product’s).',
  },
  'loans-approved': {
    zh: '贷款审批通过数',
    en: 'Loan applications approved',
    definition:
      'Applications a bank approved (loans.application-decided, decision approved), on the day decided. In the city the application was submitted in; an event sent before it named the city is counted under unknown.',
  },
  'loans-rejected': {
    zh: '贷款审批未通过数',
    en: 'Loan applications rejected',
    definition:
      'Applications a bank rejected or that failed the eligibility check (loans.application-decided, decision rejected). In the city the application was submitted in; an event sent before it named the city is counted under unknown.',
  },
  'loans-disbursed': {
    zh: '贷款发放笔数',
    en: 'Loans disbursed',
    definition: 'Loans the bank paid out (loans.loan-disbursed), on the day paid out, in the loan’s city.',
  },
  'loans-disbursed-fen': {
    zh: '贷款发放金额（分）',
    en: 'Amount disbursed (fen)',
    definition:
      'The principal of the loans paid out (loans.loan-disbursed, principalFen), in fen (1 CNY = 100 fen), summed on the day paid out.',
  },
  'loans-closed': {
    zh: '贷款结清笔数',
    en: 'Loans closed',
    definition:
      'Loans repaid in full, on schedule or early (loans.loan-closed), on the day closed. In the city the application was submitted in; an event sent before it named the city is counted under unknown.',
  },
  'loan-interest-subsidised-fen': {
    zh: '贴息金额（分，已结清贷款）',
    en: 'Interest saved by the subsidy, closed loans (fen)',
    definition:
      'The interest the fund paid for borrowers over the life of each loan closed, after forfeitures (loans.loan-closed, subsidyFen), in fen, on the day closed. Loans still being repaid are not in it. In the city the application was submitted in; an event sent before it named the city is counted under unknown.',
  },
  'loan-instalments-overdue': {
    zh: '逾期还款期数',
    en: 'Instalments overdue',
    definition:
      'Instalments announced overdue with their subsidy still kept (loans.installment-overdue, subsidyForfeited false: the notice sent once when an instalment becomes overdue), on the day found overdue (dueOn + daysLate). In the city the application was submitted in; an event sent before it named the city is counted under unknown.',
  },
  'loan-subsidies-forfeited': {
    zh: '贴息取消期数',
    en: 'Instalment subsidies forfeited',
    definition:
      'Instalments late beyond the product’s days whose subsidy was forfeited (loans.installment-overdue, subsidyForfeited true, sent once per instalment), on the day found (dueOn + daysLate). An instalment first found overdue already past those days is counted here only. In the city the application was submitted in; an event sent before it named the city is counted under unknown.',
  },
} as const;

export const MENTOR_FIGURES = {
  'mentors-verified': {
    zh: '认证导师数',
    en: 'Mentors verified',
    definition:
      'Mentors a bureau officer verified (mentors.mentor-verified, once per verification; not reactivations), on the day verified, in the mentor’s city.',
  },
  'mentor-sessions-booked': {
    zh: '导师辅导预约数',
    en: 'Mentor sessions booked',
    definition:
      'One-on-one sessions veterans booked with a verified mentor (mentors.session-booked), on the day booked (not the day of the session; a reschedule is not a new booking). In the city the session names, the veteran’s home city fixed at booking (the mentor’s city when the veteran’s was not known); a session booked before sessions named a city is counted under unknown.',
  },
  'mentor-sessions-cancelled': {
    zh: '导师辅导取消数',
    en: 'Mentor sessions cancelled',
    definition:
      'Booked sessions cancelled by the veteran, the mentor or an officer (mentors.session-cancelled), on the day cancelled. In the city the session names, the veteran’s home city fixed at booking (the mentor’s city when the veteran’s was not known); a session booked before sessions named a city is counted under unknown.',
  },
  'mentor-sessions-held': {
    zh: '导师辅导完成数',
    en: 'Mentor sessions held',
    definition:
      'Sessions the mentor recorded as held (mentors.session-completed, outcome held), on the day recorded. In the city the session names, the veteran’s home city fixed at booking (the mentor’s city when the veteran’s was not known); a session booked before sessions named a city is counted under unknown.',
  },
  'mentor-sessions-no-show': {
    zh: '导师辅导爽约数',
    en: 'Mentor sessions the veteran missed',
    definition:
      'Sessions the mentor recorded as a no-show by the veteran (mentors.session-completed, outcome no-show), on the day recorded. In the city the session names, the veteran’s home city fixed at booking (the mentor’s city when the veteran’s was not known); a session booked before sessions named a city is counted under unknown.',
  },
} as const;
