import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors } from '@vetlink/http';
import { figuresCsv } from './figures-csv';
import { figuresWorkbook, XLSX_CONTENT_TYPE } from './figures-xlsx';
import { DEFINITIONS, FigureQueryDto, FigureTableDto } from './figures.dto';
import { ReadFigures } from './use-cases/read-figures';

const QUERY_HELP =
  '`from`/`to`: calendar days (Asia/Shanghai), both included, at most three years apart; `period`: day, week ' +
  '(ISO), month or total; `by`: province, city or district; `cityId`: one city. An officer of a city bureau ' +
  '(token organisation = the city id) sees that city only.';

/** The bureau's figures, counted from the other services' events. */
@ApiTags('figures')
@ApiBearerAuth()
@Roles('officer')
@Controller('figures')
export class FiguresController {
  constructor(
    private readonly figures: ReadFigures,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Figures by period and place, each with its definition (officers)',
    description: QUERY_HELP,
  })
  @ApiOkResponse({ type: FigureTableDto.Output })
  @ApiErrors(400, 403)
  async table(@CurrentPrincipal() officer: Principal, @Query() asked: FigureQueryDto) {
    const { query, rows } = await this.figures.execute(officer, asked);
    return { ...query, cityId: query.cityId ?? null, definitions: DEFINITIONS, rows };
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="vetlink-figures.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same figures as CSV, a title row first (officers)', description: QUERY_HELP })
  @ApiOkResponse({ description: 'RFC 4180 CSV', schema: { type: 'string' } })
  @ApiErrors(400, 403)
  async csv(@CurrentPrincipal() officer: Principal, @Query() asked: FigureQueryDto): Promise<string> {
    const { query, rows } = await this.figures.execute(officer, asked);
    return figuresCsv(query, rows);
  }

  @Get('export.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary:
      'The same figures as an Excel workbook: a title row, the figures, definitions on a second sheet (officers)',
    description: QUERY_HELP,
  })
  @ApiOkResponse({ description: 'An .xlsx workbook', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 403)
  async xlsx(
    @CurrentPrincipal() officer: Principal,
    @Query() asked: FigureQueryDto,
  ): Promise<StreamableFile> {
    const { query, rows } = await this.figures.execute(officer, asked);
    const workbook = await figuresWorkbook(query, rows, DEFINITIONS, this.clock.now());
    return new StreamableFile(workbook, {
      type: XLSX_CONTENT_TYPE,
      disposition: 'attachment; filename="vetlink-figures.xlsx"',
      length: workbook.length,
    });
  }
}
