import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EMPLOYER_MODEL, employerSchema } from './employer.schema';
import { EmployersController } from './employers.controller';
import { EmployersRepository } from './employers.repository';
import { FindEmployers } from './use-cases/find-employers';
import { RegisterEmployer } from './use-cases/register-employer';
import { UpdateEmployerProfile } from './use-cases/update-employer-profile';
import { VerifyEmployer } from './use-cases/verify-employer';

@Module({
  imports: [MongooseModule.forFeature([{ name: EMPLOYER_MODEL, schema: employerSchema }])],
  controllers: [EmployersController],
  providers: [EmployersRepository, RegisterEmployer, VerifyEmployer, UpdateEmployerProfile, FindEmployers],
  exports: [EmployersRepository],
})
export class EmployersModule {}
