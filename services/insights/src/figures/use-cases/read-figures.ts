import { Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { ForbiddenError } from '@vetlink/http';
import { figureTable, monthsOf, type FigureQuery, type FigureRow } from '../domain/figure-table';
import { officerCityOf } from '../domain/officer-scope';
import { TalliesRepository } from '../tallies.repository';

/** An officer's figures: a city's bureau sees its own city only; the provincial bureau any or all. */
@Injectable()
export class ReadFigures {
  constructor(private readonly tallies: TalliesRepository) {}

  async execute(officer: Principal, asked: FigureQuery): Promise<{ query: FigureQuery; rows: FigureRow[] }> {
    const ownCity = officerCityOf(officer);
    if (ownCity && asked.cityId && asked.cityId !== ownCity)
      throw new ForbiddenError(`an officer of ${ownCity} reads ${ownCity}'s figures only`);
    const query = { ...asked, ...(ownCity ? { cityId: ownCity } : {}) };
    const tallies = await this.tallies.ofMonths(monthsOf(query));
    return { query, rows: figureTable(tallies, query) };
  }
}
