import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, requireOrganisation, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import {
  EmployerIdParams,
  ListEmployersQuery,
  RegisterEmployerBody,
  UpdateEmployerBody,
} from './employer.dto';
import { EmployerPageDto, EmployerView, EmployerViewDto, toEmployerView } from './employer.view';
import { FindEmployers } from './use-cases/find-employers';
import { RegisterEmployer } from './use-cases/register-employer';
import { UpdateEmployerProfile } from './use-cases/update-employer-profile';
import { VerifyEmployer } from './use-cases/verify-employer';

@ApiTags('employers')
@ApiBearerAuth()
@Controller('employers')
export class EmployersController {
  constructor(
    private readonly registerEmployer: RegisterEmployer,
    private readonly verifyEmployer: VerifyEmployer,
    private readonly updateEmployerProfile: UpdateEmployerProfile,
    private readonly findEmployers: FindEmployers,
  ) {}

  @Post()
  @Roles('employer')
  @ApiOperation({ summary: "Register the caller's organisation (its id is the token's organisation)" })
  @ApiCreatedResponse({ type: EmployerViewDto })
  @ApiErrors(400, [403, 'not an employer, or the account has no organisation'], [409, 'already registered'])
  async register(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RegisterEmployerBody,
  ): Promise<EmployerView> {
    return toEmployerView(await this.registerEmployer.execute(principal, body), principal);
  }

  @Get()
  @Roles('officer')
  @ApiOperation({
    summary: 'List employers, newest first (officers; e.g. verified=false to find those awaiting checks)',
  })
  @ApiOkResponse({ type: EmployerPageDto })
  @ApiErrors(400, 403)
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListEmployersQuery) {
    const page = await this.findEmployers.page(
      { verified: query.verified, cityId: query.cityId },
      query.limit,
      query.cursor,
    );
    return { ...page, items: page.items.map((employer) => toEmployerView(employer, principal)) };
  }

  @Get('me')
  @Roles('employer')
  @ApiOperation({ summary: "The caller's own organisation" })
  @ApiOkResponse({ type: EmployerViewDto })
  @ApiErrors(403, [404, 'the organisation is not registered yet'])
  async me(@CurrentPrincipal() principal: Principal): Promise<EmployerView> {
    return toEmployerView(await this.findEmployers.one(requireOrganisation(principal)), principal);
  }

  @Get(':employerId')
  @ApiOperation({ summary: 'One employer; contact details only for the organisation itself and officers' })
  @ApiOkResponse({ type: EmployerViewDto })
  @ApiErrors(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EmployerIdParams,
  ): Promise<EmployerView> {
    return toEmployerView(await this.findEmployers.one(params.employerId), principal);
  }

  @Patch(':employerId')
  @Roles('employer', 'officer')
  @ApiOperation({ summary: 'Change industry, city or contact (name and credit code stay as verified)' })
  @ApiOkResponse({ type: EmployerViewDto })
  @ApiErrors(400, 403, 404)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EmployerIdParams,
    @Body() body: UpdateEmployerBody,
  ): Promise<EmployerView> {
    return toEmployerView(
      await this.updateEmployerProfile.execute(principal, params.employerId, body),
      principal,
    );
  }

  @Post(':employerId/verification')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Verify the organisation (bureau officers); its jobs may then be published' })
  @ApiOkResponse({ type: EmployerViewDto })
  @ApiErrors(400, 403, 404)
  async verify(
    @CurrentPrincipal() principal: Principal,
    @Param() params: EmployerIdParams,
  ): Promise<EmployerView> {
    return toEmployerView(await this.verifyEmployer.execute(principal, params.employerId), principal);
  }
}
