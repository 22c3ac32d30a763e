import { z } from 'zod';
import { date, money, percent } from '../format';
import { defineTemplate, truncate } from '../template';

/*
 * The veteran's startup loan, from the loans events (libs/contracts/src/events/loans.ts). Amounts travel
 * in integer fen and are shown in yuan. The events name the bank by id only, so no message names it: the
 * loan's page (the link) shows the bank and the product.
 */

const id = z.string().min(1).max(128);
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD day');

function loanLink(portalBaseUrl: string, loanId: string): string {
  return `${portalBaseUrl}/loans/${encodeURIComponent(loanId)}`;
}

/** The bank approved or rejected the application (loans.application-decided): critical. */
export const loanDecisionTemplate = defineTemplate({
  type: 'loan-decision',
  description: 'A partner bank approved or rejected a startup loan application.',
  category: 'loans',
  critical: true,
  urgent: false,
  data: z.object({
    loanId: id,
    decision: z.enum(['approved', 'rejected']),
    amountFen: fen,
    /** The bank's reason, or the failing eligibility rules; shown as the bank wrote it. */
    reason: z.string().min(1).max(2000),
  }),
  render(loan, language, context) {
    const link = loanLink(context.portalBaseUrl, loan.loanId);
    const approved = loan.decision === 'approved';
    if (language === 'zh') {
      const what = approved ? `已获批准，金额 ${money(loan.amountFen, 'zh')}` : '未获批准';
      return {
        title: `创业贷款申请${what}`,
        body: [`您的创业贷款申请${what}。`, `银行说明：${loan.reason}`].join('\n'),
        short: truncate(`【vetlink】创业贷款申请${what}，详情请登录查看`),
        link,
      };
    }
    const what = approved ? `was approved for ${money(loan.amountFen, 'en')}` : 'was rejected';
    return {
      title: `Your startup loan application ${what}`,
      body: [`Your startup loan application ${what}.`, `The bank's note: ${loan.reason}`].join('\n'),
      short: truncate(`vetlink: your startup loan application ${what}; details in the portal`),
      link,
    };
  },
});

/** The bank paid the loan out (loans.loan-disbursed): the rate, the subsidy and the first due day. */
export const loanDisbursedTemplate = defineTemplate({
  type: 'loan-disbursed',
  description: 'The bank paid a startup loan out: its rate, the interest subsidy and the first due day.',
  category: 'loans',
  critical: false,
  urgent: false,
  data: z.object({
    loanId: id,
    principalFen: fen,
    termMonths: z.number().int().min(1).max(600),
    annualRateBp: z.number().int().min(0).max(10_000),
    subsidyShareBp: z.number().int().min(0).max(10_000),
    firstDueOn: day,
  }),
  render(loan, language, context) {
    const link = loanLink(context.portalBaseUrl, loan.loanId);
    const rate = percent(loan.annualRateBp);
    const share = percent(loan.subsidyShareBp);
    if (language === 'zh') {
      return {
        title: `创业贷款 ${money(loan.principalFen, 'zh')} 已放款`,
        body: [
          `期限：${loan.termMonths} 个月`,
          `年利率：${rate}，其中 ${share} 的利息由贴息资金承担`,
          `首期还款日：${loan.firstDueOn}`,
        ].join('\n'),
        short: truncate(
          `【vetlink】创业贷款 ${money(loan.principalFen, 'zh')} 已放款，首期还款日 ${loan.firstDueOn}`,
        ),
        link,
      };
    }
    return {
      title: `Your startup loan of ${money(loan.principalFen, 'en')} was paid out`,
      body: [
        `Term: ${loan.termMonths} months`,
        `Annual rate: ${rate}, of which the interest subsidy pays ${share} of the interest`,
        `First instalment due: ${loan.firstDueOn}`,
      ].join('\n'),
      short: truncate(
        `vetlink: loan of ${money(loan.principalFen, 'en')} paid out; first instalment due ${loan.firstDueOn}`,
      ),
      link,
    };
  },
});

/** An instalment falls due in a few days (loans.installment-due). */
export const installmentDueTemplate = defineTemplate({
  type: 'loan-installment-due',
  description: 'An instalment of a startup loan falls due soon: what the borrower owes, after the subsidy.',
  category: 'loans',
  critical: false,
  urgent: false,
  data: z.object({ loanId: id, sequence: z.number().int().min(1), dueOn: day, borrowerDueFen: fen }),
  render(installment, language, context) {
    const link = loanLink(context.portalBaseUrl, installment.loanId);
    const amount = money(installment.borrowerDueFen, language);
    return language === 'zh'
      ? {
          title: `第 ${installment.sequence} 期还款 ${amount} 将于 ${installment.dueOn} 到期`,
          body: [`应还金额：${amount}（已扣除贴息）`, `到期日：${installment.dueOn}`].join('\n'),
          short: truncate(
            `【vetlink】贷款第 ${installment.sequence} 期应还 ${amount}，${installment.dueOn} 到期`,
          ),
          link,
        }
      : {
          title: `Instalment ${installment.sequence} of ${amount} is due on ${installment.dueOn}`,
          body: [`Amount due: ${amount} (the subsidy already deducted)`, `Due on: ${installment.dueOn}`].join(
            '\n',
          ),
          short: truncate(
            `vetlink: loan instalment ${installment.sequence}, ${amount}, due ${installment.dueOn}`,
          ),
          link,
        };
  },
});

/** An instalment is overdue, or so late that its subsidy is forfeited (loans.installment-overdue): critical. */
export const installmentOverdueTemplate = defineTemplate({
  type: 'loan-installment-overdue',
  description:
    'An instalment of a startup loan is overdue, or late enough that its interest subsidy is lost.',
  category: 'loans',
  critical: true,
  urgent: false,
  data: z.object({
    loanId: id,
    sequence: z.number().int().min(1),
    dueOn: day,
    outstandingFen: fen,
    daysLate: z.number().int().min(1),
    subsidyForfeited: z.boolean(),
  }),
  render(installment, language, context) {
    const link = loanLink(context.portalBaseUrl, installment.loanId);
    const amount = money(installment.outstandingFen, language);
    if (language === 'zh') {
      const lines = [
        `第 ${installment.sequence} 期（${installment.dueOn} 到期）已逾期 ${installment.daysLate} 天，尚欠 ${amount}。`,
        installment.subsidyForfeited
          ? '由于逾期时间过长，本期贴息已取消，需由您支付全部利息。'
          : '请尽快还款：逾期过久将失去本期贴息。',
      ];
      return {
        title: installment.subsidyForfeited
          ? `第 ${installment.sequence} 期还款逾期，本期贴息已取消`
          : `第 ${installment.sequence} 期还款已逾期`,
        body: lines.join('\n'),
        short: truncate(
          `【vetlink】贷款第 ${installment.sequence} 期已逾期 ${installment.daysLate} 天，尚欠 ${amount}`,
        ),
        link,
      };
    }
    const lines = [
      `Instalment ${installment.sequence} (due ${installment.dueOn}) is ${installment.daysLate} day(s) late; ${amount} is outstanding.`,
      installment.subsidyForfeited
        ? "It is late beyond the product's limit: this instalment's interest subsidy is lost and you owe all of its interest."
        : 'Please repay soon: an instalment paid too late loses its interest subsidy.',
    ];
    return {
      title: installment.subsidyForfeited
        ? `Instalment ${installment.sequence} is overdue and lost its subsidy`
        : `Instalment ${installment.sequence} is overdue`,
      body: lines.join('\n'),
      short: truncate(
        `vetlink: loan instalment ${installment.sequence} is ${installment.daysLate} day(s) late, ${amount} outstanding`,
      ),
      link,
    };
  },
});

/** The loan is repaid in full (loans.loan-closed): the totals and the interest the fund paid. */
export const loanClosedTemplate = defineTemplate({
  type: 'loan-closed',
  description: 'A startup loan was repaid in full, with the interest paid and the subsidy received.',
  category: 'loans',
  critical: false,
  urgent: false,
  data: z.object({
    loanId: id,
    reason: z.enum(['repaid', 'repaid-early']),
    principalFen: fen,
    interestPaidFen: fen,
    subsidyFen: fen,
    closedAt: z.iso.datetime({ offset: true }),
  }),
  render(loan, language, context) {
    const link = loanLink(context.portalBaseUrl, loan.loanId);
    const early = loan.reason === 'repaid-early';
    if (language === 'zh') {
      return {
        title: `创业贷款 ${money(loan.principalFen, 'zh')} 已${early ? '提前' : ''}还清`,
        body: [
          `结清日期：${date(loan.closedAt)}`,
          `您支付的利息：${money(loan.interestPaidFen, 'zh')}`,
          `贴息资金为您承担的利息：${money(loan.subsidyFen, 'zh')}`,
        ].join('\n'),
        short: truncate(
          `【vetlink】创业贷款已${early ? '提前' : ''}还清，获贴息 ${money(loan.subsidyFen, 'zh')}`,
        ),
        link,
      };
    }
    return {
      title: `Your startup loan of ${money(loan.principalFen, 'en')} is repaid${early ? ' early' : ''}`,
      body: [
        `Closed on: ${date(loan.closedAt)}`,
        `Interest you paid: ${money(loan.interestPaidFen, 'en')}`,
        `Interest the subsidy paid for you: ${money(loan.subsidyFen, 'en')}`,
      ].join('\n'),
      short: truncate(
        `vetlink: startup loan repaid${early ? ' early' : ''}; subsidy ${money(loan.subsidyFen, 'en')}`,
      ),
      link,
    };
  },
});
