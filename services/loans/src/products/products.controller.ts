import { Body, Controller, Get, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ApiErrors, InvalidInputError, NotFoundError } from '@vetlink/http';
import { LprQuote } from './domain/lpr';
import { LoanProduct, productIssues } from './domain/product';
import { LprQuoteBody, ProductBody, ProductIdParams, ProductsQuery } from './product.dto';
import { LprQuoteListDto, LprQuoteViewDto, ProductListDto, ProductViewDto } from './product.view';
import { ProductsRepository } from './products.repository';

/**
 * The bureau's officers keep the partner banks' products and the LPR table; everyone signed in reads
 * them (veterans choose a product, banks see theirs). Thin enough that the repository is the use case.
 */
@ApiTags('products')
@ApiBearerAuth()
@Controller()
export class ProductsController {
  constructor(
    private readonly products: ProductsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('products')
  @Roles('officer')
  @ApiOperation({ summary: "Add a partner bank's loan product (officers)" })
  @ApiCreatedResponse({ type: ProductViewDto })
  @ApiErrors(400, 403)
  async create(@Body() body: ProductBody): Promise<LoanProduct> {
    const now = this.clock.now();
    const product = checked({ ...body, id: this.products.newId(), createdAt: now, updatedAt: now });
    await this.products.insert(product);
    return product;
  }

  @Put('products/:productId')
  @Roles('officer')
  @ApiOperation({ summary: 'Replace a product’s terms (loans already applied for keep theirs)' })
  @ApiOkResponse({ type: ProductViewDto })
  @ApiErrors(400, 403, 404)
  async replace(@Param() params: ProductIdParams, @Body() body: ProductBody): Promise<LoanProduct> {
    const existing = await this.products.find(params.productId);
    if (!existing) throw new NotFoundError(`no loan product ${params.productId}`);
    const product = checked({
      ...body,
      id: existing.id,
      createdAt: existing.createdAt,
      updatedAt: this.clock.now(),
    });
    await this.products.replace(product);
    return product;
  }

  @Get('products')
  @ApiOperation({ summary: 'The loan products, by bank and whether offered' })
  @ApiOkResponse({ type: ProductListDto })
  @ApiErrors(400)
  list(@Query() query: ProductsQuery): Promise<LoanProduct[]> {
    return this.products.list({
      ...(query.bankId ? { bankId: query.bankId } : {}),
      ...(query.active ? { active: query.active === 'true' } : {}),
    });
  }

  @Get('products/:productId')
  @ApiOperation({ summary: 'One loan product' })
  @ApiOkResponse({ type: ProductViewDto })
  @ApiErrors(400, 404)
  async one(@Param() params: ProductIdParams): Promise<LoanProduct> {
    const product = await this.products.find(params.productId);
    if (!product) throw new NotFoundError(`no loan product ${params.productId}`);
    return product;
  }

  @Post('lpr-quotes')
  @Roles('officer')
  @ApiOperation({ summary: 'Record a published LPR, in force from its day (officers); one per day' })
  @ApiCreatedResponse({ type: LprQuoteViewDto })
  @ApiErrors(400, 403, [409, 'a quote for that day is already recorded'])
  async addQuote(@CurrentPrincipal() officer: Principal, @Body() body: LprQuoteBody): Promise<LprQuote> {
    await this.products.addQuote(body, officer.userId, this.clock.now());
    return body;
  }

  @Get('lpr-quotes')
  @ApiOperation({ summary: 'The LPR table, newest first' })
  @ApiOkResponse({ type: LprQuoteListDto })
  quotes(): Promise<LprQuote[]> {
    return this.products.quotesList();
  }
}

function checked(product: LoanProduct): LoanProduct {
  const issues = productIssues(product);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return product;
}
