import { Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { ForbiddenError } from '@vetlink/http';
import { courseTable, type CourseQuery, type CourseRow } from '../domain/course-table';
import { monthsOf } from '../domain/figure-table';
import { officerCityOf } from '../domain/officer-scope';
import { TalliesRepository } from '../tallies.repository';

/** The training figures per course, scoped as every figure: a city's bureau sees its own city only. */
@Injectable()
export class ReadCourseFigures {
  constructor(private readonly tallies: TalliesRepository) {}

  async execute(officer: Principal, asked: CourseQuery): Promise<{ query: CourseQuery; rows: CourseRow[] }> {
    const ownCity = officerCityOf(officer);
    if (ownCity && asked.cityId && asked.cityId !== ownCity)
      throw new ForbiddenError(`an officer of ${ownCity} reads ${ownCity}'s figures only`);
    const query = { ...asked, ...(ownCity ? { cityId: ownCity } : {}) };
    const tallies = await this.tallies.ofMonths(monthsOf(query));
    return { query, rows: courseTable(tallies, query) };
  }
}
