import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors, InvalidInputError, NotFoundError } from '@vetlink/http';
import {
  BaseIdParams,
  BasesQuery,
  CreateBaseBody,
  CreateProgrammeBody,
  PageQuery,
  ProgrammeIdParams,
  StaffGrantBody,
  StaffMemberParams,
} from './base.dto';
import { StaffGrantGuard } from './staff-grant.guard';
import { StaffGrantsRepository } from './staff-grants.repository';
import {
  BasePageDto,
  BaseView,
  BaseViewDto,
  ProgrammePageDto,
  ProgrammeView,
  ProgrammeViewDto,
  StaffGrantPageDto,
  StaffGrantView,
  StaffGrantViewDto,
  toBaseView,
  toProgrammeView,
  toStaffGrantView,
} from './base.view';
import { assertRunsBase } from './base-staff';
import { BasesRepository } from './bases.repository';
import type { Base } from './domain/base';
import { Programme, rubricIssues } from './domain/programme';

/** Bases (officers create them) and their programmes (the base's staff open them). Anyone signed in reads them. */
@ApiTags('bases')
@ApiBearerAuth()
@UseGuards(StaffGrantGuard)
@Controller()
export class BasesController {
  constructor(
    private readonly bases: BasesRepository,
    private readonly grants: StaffGrantsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('bases')
  @Roles('officer')
  @ApiOperation({ summary: 'Register an incubation base (officers)' })
  @ApiCreatedResponse({ type: BaseViewDto })
  @ApiErrors(400, 403)
  async createBase(@CurrentPrincipal() officer: Principal, @Body() body: CreateBaseBody): Promise<BaseView> {
    const base: Base = {
      id: this.bases.newId(),
      ...body,
      createdBy: officer.userId,
      createdAt: this.clock.now(),
    };
    await this.bases.insertBase(base);
    return toBaseView(base);
  }

  @Get('bases')
  @ApiOperation({ summary: 'The incubation bases by name, optionally of one city, a page at a time' })
  @ApiOkResponse({ type: BasePageDto })
  @ApiErrors(400)
  async listBases(@Query() query: BasesQuery) {
    const page = await this.bases.listBases(query.cityId, query.limit, query.cursor);
    return { ...page, items: page.items.map(toBaseView) };
  }

  @Get('bases/:baseId')
  @ApiOperation({ summary: 'One base: facilities, units per space type, support offered' })
  @ApiOkResponse({ type: BaseViewDto })
  @ApiErrors(400, [404, 'no such base'])
  async base(@Param() params: BaseIdParams): Promise<BaseView> {
    const base = await this.bases.findBase(params.baseId);
    if (!base) throw new NotFoundError(`no base ${params.baseId}`);
    return toBaseView(base);
  }

  @Post('bases/:baseId/staff')
  @Roles('officer')
  @ApiOperation({
    summary:
      "Grant a user the base-staff role at this base (officers); their token's org claim names the base",
  })
  @ApiCreatedResponse({ type: StaffGrantViewDto })
  @ApiErrors(400, 403, [404, 'no such base'])
  async grantStaff(
    @CurrentPrincipal() officer: Principal,
    @Param() params: BaseIdParams,
    @Body() body: StaffGrantBody,
  ): Promise<StaffGrantView> {
    if (!(await this.bases.findBase(params.baseId))) throw new NotFoundError(`no base ${params.baseId}`);
    const grant = {
      baseId: params.baseId,
      userId: body.userId,
      grantedBy: officer.userId,
      grantedAt: this.clock.now(),
    };
    await this.grants.grant(grant);
    return toStaffGrantView(grant);
  }

  @Delete('bases/:baseId/staff/:userId')
  @Roles('officer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a base-staff grant (officers): it stops working at once' })
  @ApiErrors(400, 403, [404, 'no such grant'])
  async revokeStaff(@Param() params: StaffMemberParams): Promise<void> {
    if (!(await this.grants.revoke(params.baseId, params.userId)))
      throw new NotFoundError(`${params.userId} is not staff of base ${params.baseId}`);
  }

  @Get('bases/:baseId/staff')
  @Roles('officer', 'base-staff')
  @ApiOperation({ summary: 'Who runs the base, first granted first (officers, its staff)' })
  @ApiOkResponse({ type: StaffGrantPageDto })
  @ApiErrors(400, 403)
  async staff(
    @CurrentPrincipal() reader: Principal,
    @Param() params: BaseIdParams,
    @Query() query: PageQuery,
  ) {
    assertRunsBase(reader, params.baseId);
    const page = await this.grants.of(params.baseId, query.limit, query.cursor);
    return { ...page, items: page.items.map(toStaffGrantView) };
  }

  @Post('bases/:baseId/programmes')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: "Open a programme (cohort) at a base (the base's staff, officers)" })
  @ApiCreatedResponse({ type: ProgrammeViewDto })
  @ApiErrors(400, 403, [404, 'no such base'])
  async createProgramme(
    @CurrentPrincipal() staff: Principal,
    @Param() params: BaseIdParams,
    @Body() body: CreateProgrammeBody,
  ): Promise<ProgrammeView> {
    assertRunsBase(staff, params.baseId);
    const base = await this.bases.findBase(params.baseId);
    if (!base) throw new NotFoundError(`no base ${params.baseId}`);
    const issues = rubricIssues(body.rubric);
    if (issues.length > 0) throw new InvalidInputError(issues);
    const programme: Programme = {
      id: this.bases.newId(),
      baseId: base.id,
      ...body,
      opensAt: new Date(body.opensAt),
      closesAt: new Date(body.closesAt),
      createdBy: staff.userId,
      createdAt: this.clock.now(),
    };
    await this.bases.insertProgramme(programme);
    return toProgrammeView(programme);
  }

  @Get('bases/:baseId/programmes')
  @ApiOperation({ summary: "A base's programmes, latest opening first, a page at a time" })
  @ApiOkResponse({ type: ProgrammePageDto })
  @ApiErrors(400)
  async programmes(@Param() params: BaseIdParams, @Query() query: PageQuery) {
    const page = await this.bases.programmesOf(params.baseId, query.limit, query.cursor);
    return { ...page, items: page.items.map(toProgrammeView) };
  }

  @Get('programmes/:programmeId')
  @ApiOperation({ summary: 'One programme: window, eligibility rules, seats, review rubric' })
  @ApiOkResponse({ type: ProgrammeViewDto })
  @ApiErrors(400, [404, 'no such programme'])
  async programme(@Param() params: ProgrammeIdParams): Promise<ProgrammeView> {
    const programme = await this.bases.findProgramme(params.programmeId);
    if (!programme) throw new NotFoundError(`no programme ${params.programmeId}`);
    return toProgrammeView(programme);
  }
}
