import { randomCreditCode } from '../identifiers/credit-code';
import { CITY_DIVISION_CODES } from '../places/division-codes';
import { DemoRandom, type Seed } from '../random';
import type { DemoVeteran } from '../veterans/generate-veterans';
import { DEMO_LOAN_PRODUCTS, DemoLoanProduct } from './loan-products';

/** How far a demo loan gets: every state a bank and the bureau see. */
export type DemoLoanFate = 'draft' | 'in-review' | 'approved' | 'rejected' | 'withdrawn' | 'repaying';

export interface DemoLoan {
  index: number;
  veteranUserId: string;
  productKey: string;
  bankId: string;
  body: {
    productId?: string;
    amountFen: number;
    termMonths: number;
    purpose: string;
    business?: { name: string; creditCode?: string };
  };
  fate: DemoLoanFate;
}

const FATES: readonly (readonly [DemoLoanFate, number])[] = [
  ['repaying', 5],
  ['approved', 2],
  ['in-review', 3],
  ['rejected', 1],
  ['withdrawn', 1],
  ['draft', 2],
];

const VENTURES: readonly { purpose: string; business: string }[] = [
  { purpose: '购置冷链配送车两台，开展社区生鲜配送', business: '沛县兵哥生鲜配送店' },
  { purpose: '租赁厂房、购置叉车，开办仓储分拣服务', business: '徐州军旅仓储服务部' },
  { purpose: '开办退役军人农家乐餐饮，装修与厨房设备', business: '铜山老兵农家乐' },
  { purpose: '扩建大棚、购置滴灌设备，种植有机蔬菜', business: '睢宁戎耕蔬菜种植合作社' },
  { purpose: '开设汽车维修保养门店，购置举升机和诊断设备', business: '鼓楼兵修汽车服务中心' },
  { purpose: '电商直播间搭建与首批农产品备货', business: '新沂老兵优选电商工作室' },
  { purpose: '安保服务公司开办费用与人员培训', business: '云龙卫士安保服务有限公司' },
];

/** Loans for the first veterans of the demo, each walked to its fate by the seeder. */
export function generateLoans(seed: Seed, veterans: readonly DemoVeteran[], count: number): DemoLoan[] {
  return veterans.slice(0, count).map((veteran, index) => {
    const random = DemoRandom.of(seed, 'loan', index);
    const product = random.pick(DEMO_LOAN_PRODUCTS);
    const venture = random.pick(VENTURES);
    const needsBusiness = product.body.subsidy.conditions.includes('registered-business');
    return {
      index,
      veteranUserId: veteran.userId,
      productKey: product.key,
      bankId: product.body.bankId,
      body: {
        amountFen: amountWithin(random, product),
        termMonths: termWithin(random, product),
        purpose: venture.purpose,
        ...(needsBusiness ? { business: registeredBusiness(random, venture.business, product) } : {}),
      },
      fate: random.weighted(FATES),
    };
  });
}

/** Most ventures asking for a business loan are registered already (with a valid credit code). */
function registeredBusiness(random: DemoRandom, name: string, product: DemoLoanProduct) {
  if (random.chance(0.2)) return { name };
  const division = CITY_DIVISION_CODES[product.body.cityId] ?? '320000';
  return { name, creditCode: randomCreditCode(random, 'enterprise', division) };
}

/** A round amount (thousands of yuan) within the individual limits. */
function amountWithin(random: DemoRandom, product: DemoLoanProduct): number {
  const { minFen, maxFen } = product.body.limits.individual;
  const thousands = random.int(Math.ceil(minFen / 100_000), Math.floor(maxFen / 100_000));
  return thousands * 100_000;
}

function termWithin(random: DemoRandom, product: DemoLoanProduct): number {
  const { min, max } = product.body.termMonths;
  const step = product.body.frequency === 'quarterly' ? 3 : 6;
  const options = [];
  for (let months = Math.ceil(min / step) * step; months <= max; months += step) options.push(months);
  return random.pick(options);
}
