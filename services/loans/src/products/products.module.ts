import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { LPR_QUOTE_MODEL, lprQuoteSchema, PRODUCT_MODEL, productSchema } from './product.schema';
import { ProductsController } from './products.controller';
import { ProductsRepository } from './products.repository';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: PRODUCT_MODEL, schema: productSchema },
      { name: LPR_QUOTE_MODEL, schema: lprQuoteSchema },
    ]),
  ],
  controllers: [ProductsController],
  providers: [ProductsRepository],
  exports: [ProductsRepository],
})
export class ProductsModule {}
