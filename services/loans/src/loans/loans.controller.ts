import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { LedgerEntry } from '../ledger/domain/subsidy-ledger';
import {
  ApplyBody,
  DecisionBody,
  DisburseBody,
  LoanIdParams,
  LoansQuery,
  PreviewBody,
  ReasonBody,
  RepaymentBody,
} from './loan.dto';
import { LoanChangeRecord } from './loan.schema';
import {
  AuditTrailDto,
  LedgerEntriesDto,
  LoanListDto,
  LoanView,
  LoanViewDto,
  RepaymentOutcomeDto,
  SchedulePreviewDto,
  toLoanView,
} from './loan.view';
import { ApplyForLoan } from './use-cases/apply-for-loan';
import { DecideApplication } from './use-cases/decide-application';
import { DisburseLoan } from './use-cases/disburse-loan';
import { FindLoans } from './use-cases/find-loans';
import { PreviewSchedule, SchedulePreview } from './use-cases/preview-schedule';
import { RecordRepayment } from './use-cases/record-repayment';
import { SubmitApplication } from './use-cases/submit-application';
import { WithdrawApplication } from './use-cases/withdraw-application';

@ApiTags('loans')
@ApiBearerAuth()
@Controller()
export class LoansController {
  constructor(
    private readonly previewSchedule: PreviewSchedule,
    private readonly applyForLoan: ApplyForLoan,
    private readonly submitApplication: SubmitApplication,
    private readonly withdrawApplication: WithdrawApplication,
    private readonly decideApplication: DecideApplication,
    private readonly disburseLoan: DisburseLoan,
    private readonly recordRepayment: RecordRepayment,
    private readonly findLoans: FindLoans,
  ) {}

  @Post('schedule-previews')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The repayment schedule a loan would have if disbursed today (nothing is stored)',
  })
  @ApiOkResponse({ type: SchedulePreviewDto })
  @ApiErrors(400, [409, 'no LPR quote in force today'])
  preview(@Body() body: PreviewBody): Promise<SchedulePreview> {
    return this.previewSchedule.execute(body);
  }

  @Post('loans')
  @Roles('veteran')
  @ApiOperation({
    summary: 'Draft a loan application (veterans); amount and term are checked against the product',
  })
  @ApiErrors(400, 403)
  @ApiCreatedResponse({ type: LoanViewDto })
  async apply(@CurrentPrincipal() veteran: Principal, @Body() body: ApplyBody): Promise<LoanView> {
    return toLoanView(await this.applyForLoan.execute(veteran, body));
  }

  @Post('loans/:loanId/submit')
  @HttpCode(200)
  @Roles('veteran')
  @ApiOperation({
    summary: 'Submit a draft: eligibility is checked at once (every rule with its result and reason)',
    description:
      'Eligible: on to bank review. Not eligible: rejected, with every failing rule and its reason.',
  })
  @ApiOkResponse({ type: LoanViewDto })
  @ApiErrors(400, 403, 404, [409, 'not a draft (the message names its state)'])
  async submit(@CurrentPrincipal() veteran: Principal, @Param() params: LoanIdParams): Promise<LoanView> {
    return toLoanView(await this.submitApplication.execute(veteran, params.loanId));
  }

  @Post('loans/:loanId/withdraw')
  @HttpCode(200)
  @Roles('veteran')
  @ApiOperation({ summary: 'Withdraw an application before disbursement' })
  @ApiOkResponse({ type: LoanViewDto })
  @ApiErrors(400, 403, 404, 409)
  async withdraw(
    @CurrentPrincipal() veteran: Principal,
    @Param() params: LoanIdParams,
    @Body() body: ReasonBody,
  ): Promise<LoanView> {
    return toLoanView(await this.withdrawApplication.execute(veteran, params.loanId, body.reason));
  }

  @Post('loans/:loanId/decision')
  @HttpCode(200)
  @Roles('bank-staff')
  @ApiOperation({ summary: "Approve or reject an application in review (the bank's staff)" })
  @ApiOkResponse({ type: LoanViewDto })
  @ApiErrors(400, 403, 404, 409)
  async decide(
    @CurrentPrincipal() staff: Principal,
    @Param() params: LoanIdParams,
    @Body() body: DecisionBody,
  ): Promise<LoanView> {
    return toLoanView(await this.decideApplication.execute(staff, params.loanId, body));
  }

  @Post('loans/:loanId/disbursement')
  @HttpCode(200)
  @Roles('bank-staff')
  @ApiOperation({ summary: 'Record the pay-out of an approved loan: fixes the rate and draws the schedule' })
  @ApiOkResponse({ type: LoanViewDto })
  @ApiErrors(400, 403, 404, [409, 'not approved (the message names its state), or no LPR in force'])
  async disburse(
    @CurrentPrincipal() staff: Principal,
    @Param() params: LoanIdParams,
    @Body() body: DisburseBody,
  ): Promise<LoanView> {
    return toLoanView(await this.disburseLoan.execute(staff, params.loanId, body));
  }

  @Post('loans/:loanId/repayments')
  @HttpCode(200)
  @Roles('bank-staff')
  @ApiOperation({
    summary: 'Record money received: settles what is due, then pays ahead (the rest is recalculated)',
  })
  @ApiOkResponse({ type: RepaymentOutcomeDto })
  @ApiErrors(400, 403, 404, 409)
  async repay(
    @CurrentPrincipal() staff: Principal,
    @Param() params: LoanIdParams,
    @Body() body: RepaymentBody,
  ) {
    const { loan, outcome } = await this.recordRepayment.execute(staff, params.loanId, body);
    return { ...outcome, loan: toLoanView(loan) };
  }

  @Get('loans')
  @Roles('veteran', 'bank-staff', 'officer')
  @ApiOperation({ summary: "Loans, newest first: a veteran's own, a bank's, or every one for officers" })
  @ApiOkResponse({ type: LoanListDto })
  @ApiErrors(400, 403)
  async list(@CurrentPrincipal() principal: Principal, @Query() query: LoansQuery): Promise<LoanView[]> {
    const { limit, offset, ...filter } = query;
    return (await this.findLoans.list(principal, filter, limit, offset)).map(toLoanView);
  }

  @Get('loans/:loanId')
  @Roles('veteran', 'bank-staff', 'officer')
  @ApiOperation({ summary: 'One loan with its schedule, eligibility report and history' })
  @ApiOkResponse({ type: LoanViewDto })
  @ApiErrors(400, 403, 404)
  async one(@CurrentPrincipal() principal: Principal, @Param() params: LoanIdParams): Promise<LoanView> {
    return toLoanView(await this.findLoans.one(principal, params.loanId));
  }

  @Get('loans/:loanId/audit')
  @Roles('veteran', 'bank-staff', 'officer')
  @ApiOperation({ summary: "The loan's audit trail: every change, who made it, when and why" })
  @ApiOkResponse({ type: AuditTrailDto })
  @ApiErrors(400, 403, 404)
  audit(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LoanIdParams,
  ): Promise<LoanChangeRecord[]> {
    return this.findLoans.audit(principal, params.loanId);
  }

  @Get('loans/:loanId/subsidy-ledger')
  @Roles('veteran', 'bank-staff', 'officer')
  @ApiOperation({ summary: "The loan's interest-subsidy ledger entries" })
  @ApiOkResponse({ type: LedgerEntriesDto })
  @ApiErrors(400, 403, 404)
  ledger(@CurrentPrincipal() principal: Principal, @Param() params: LoanIdParams): Promise<LedgerEntry[]> {
    return this.findLoans.ledgerOf(principal, params.loanId);
  }
}
