import { useI18n } from 'vue-i18n';
import type { CountedFigure, FigureTable } from '../../../domain/figures';

/** The portal's own names of the money figures: insights names them in fen, the dashboard shows yuan. */
const MONEY_NAMES: Partial<Record<CountedFigure, string>> = {
  'loans-disbursed-fen': 'dashboard.money.loansDisbursed',
  'loan-interest-subsidised-fen': 'dashboard.money.interestSaved',
};

/** A figure's name in the page's language, as insights gives it with the figures (money in yuan). */
export function useFigureName(): (table: FigureTable, figure: CountedFigure) => string {
  const { t, locale } = useI18n();
  return (table, figure) => {
    const own = MONEY_NAMES[figure];
    if (own) return t(own);
    const definition = table.definitions[figure];
    return locale.value.startsWith('zh') ? definition.zh : definition.en;
  };
}
