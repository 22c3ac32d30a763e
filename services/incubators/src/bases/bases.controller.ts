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
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors, InvalidInputError, NotFoundError } from '@vetlink/http';
import {
  BaseIdParams,
  BasesQuery,
  CreateBaseBody,
  CreateProgrammeBody,
  ProgrammeIdParams,
  StaffGrantBody,
  StaffMemberParams,
} from './base.dto';
import { StaffGrantGuard } from './staff-grant.guard';
import { StaffGrant, StaffGrantsRepository } from './staff-grants.repository';
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
  @ApiErrors(400, 403)
  async createBase(@CurrentPrincipal() officer: Principal, @Body() body: CreateBaseBody): Promise<Base> {
    const base: Base = {
      id: this.bases.newId(),
      ...body,
      createdBy: officer.userId,
      createdAt: this.clock.now(),
    };
    await this.bases.insertBase(base);
    return base;
  }

  @Get('bases')
  @ApiOperation({ summary: 'The incubation bases, optionally of one city' })
  @ApiErrors(400)
  async listBases(@Query() query: BasesQuery): Promise<{ items: Base[] }> {
    return { items: await this.bases.listBases(query.cityId, 200) };
  }

  @Get('bases/:baseId')
  @ApiOperation({ summary: 'One base: facilities, units per space type, support offered' })
  @ApiErrors(400, [404, 'no such base'])
  async base(@Param() params: BaseIdParams): Promise<Base> {
    const base = await this.bases.findBase(params.baseId);
    if (!base) throw new NotFoundError(`no base ${params.baseId}`);
    return base;
  }

  @Post('bases/:baseId/staff')
  @Roles('officer')
  @ApiOperation({
    summary:
      "Grant a user the base-staff role at this base (officers); their token's org claim names the base",
  })
  @ApiErrors(400, 403, [404, 'no such base'])
  async grantStaff(
    @CurrentPrincipal() officer: Principal,
    @Param() params: BaseIdParams,
    @Body() body: StaffGrantBody,
  ): Promise<StaffGrant> {
    if (!(await this.bases.findBase(params.baseId))) throw new NotFoundError(`no base ${params.baseId}`);
    const grant = {
      baseId: params.baseId,
      userId: body.userId,
      grantedBy: officer.userId,
      grantedAt: this.clock.now(),
    };
    await this.grants.grant(grant);
    return grant;
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
  @ApiOperation({ summary: 'Who runs the base (officers, its staff)' })
  @ApiErrors(400, 403)
  async staff(
    @CurrentPrincipal() reader: Principal,
    @Param() params: BaseIdParams,
  ): Promise<{ items: StaffGrant[] }> {
    assertRunsBase(reader, params.baseId);
    return { items: await this.grants.of(params.baseId) };
  }

  @Post('bases/:baseId/programmes')
  @Roles('base-staff', 'officer')
  @ApiOperation({ summary: "Open a programme (cohort) at a base (the base's staff, officers)" })
  @ApiErrors(400, 403, [404, 'no such base'])
  async createProgramme(
    @CurrentPrincipal() staff: Principal,
    @Param() params: BaseIdParams,
    @Body() body: CreateProgrammeBody,
  ): Promise<Programme> {
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
    return programme;
  }

  @Get('bases/:baseId/programmes')
  @ApiOperation({ summary: "A base's programmes, newest first" })
  @ApiErrors(400)
  async programmes(@Param() params: BaseIdParams): Promise<{ items: Programme[] }> {
    return { items: await this.bases.programmesOf(params.baseId, 200) };
  }

  @Get('programmes/:programmeId')
  @ApiOperation({ summary: 'One programme: window, eligibility rules, seats, review rubric' })
  @ApiErrors(400, [404, 'no such programme'])
  async programme(@Param() params: ProgrammeIdParams): Promise<Programme> {
    const programme = await this.bases.findProgramme(params.programmeId);
    if (!programme) throw new NotFoundError(`no programme ${params.programmeId}`);
    return programme;
  }
}
