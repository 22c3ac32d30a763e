import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vetlink/auth';
import { Clock, CLOCK, shanghaiDay } from '@vetlink/clock';
import { ApiErrors, createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { LedgerRepository } from '../ledger/ledger.repository';
import { monthField } from '../http/fields';
import { LoansRepository } from '../loans/loans.repository';
import { buildReport, REPORT_GROUPINGS } from './domain/loan-report';

class ReportQuery extends createZodDto(
  z.strictObject({ by: z.enum(REPORT_GROUPINGS), from: monthField.optional(), to: monthField.optional() }),
) {}

const reportRow = {
  disbursedCount: z.number().int(),
  disbursedFen: z.number().int(),
  activeCount: z.number().int(),
  overdueCount: z.number().int(),
  subsidyFen: z.number().int(),
  reversedFen: z.number().int(),
  interestSavedFen: z.number().int(),
};

class LoanReportDto extends createZodDto(
  z.object({
    by: z.enum(REPORT_GROUPINGS),
    rows: z.array(z.object({ key: z.string(), ...reportRow })),
    totals: z.object(reportRow),
  }),
) {}

const LEDGER_FIELD = { bank: 'bankId', city: 'cityId', month: 'month' } as const;

/** The bureau's figures: money lent, loans active and overdue, interest saved for veterans. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('officer')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly loans: LoansRepository,
    private readonly ledger: LedgerRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('loans')
  @ApiOperation({
    summary: 'Disbursed, active and overdue loans and interest saved, by bank, city or month',
    description:
      'Interest saved is the subsidy ledger grouped the same way (by month: the instalments’ due month); ' +
      'its totals equal the ledger’s to the fen. `from`/`to` (YYYY-MM) bound the months.',
  })
  @ApiOkResponse({ type: LoanReportDto })
  @ApiErrors(400, 403)
  async report(@Query() query: ReportQuery) {
    const [facts, ledger] = await Promise.all([
      this.loans.disbursedFacts(),
      this.ledger.totals(LEDGER_FIELD[query.by], {
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      }),
    ]);
    const within = facts.filter((loan) => {
      const month = loan.disbursedOn.slice(0, 7);
      return (!query.from || month >= query.from) && (!query.to || month <= query.to);
    });
    return { by: query.by, ...buildReport(query.by, within, ledger, shanghaiDay(this.clock.now())) };
  }
}
