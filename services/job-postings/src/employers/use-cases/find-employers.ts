import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@vetlink/http';
import { Page } from '@vetlink/persistence';
import { Employer } from '../domain/employer';
import { EmployerFilter, EmployersRepository } from '../employers.repository';

@Injectable()
export class FindEmployers {
  constructor(private readonly employers: EmployersRepository) {}

  async one(employerId: string): Promise<Employer> {
    const employer = await this.employers.findById(employerId);
    if (!employer) throw new NotFoundError(`employer ${employerId} not found`);
    return employer;
  }

  page(filter: EmployerFilter, limit: number, cursor?: string): Promise<Page<Employer>> {
    return this.employers.list(filter, limit, cursor);
  }
}
