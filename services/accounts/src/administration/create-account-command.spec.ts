import { orderProblem } from './create-account-command';

describe("the administrator's account orders", () => {
  it('makes training-provider staff only for a provider (--org), as bank and base staff', () => {
    expect(orderProblem({ role: 'training-provider', login: 'staff@school.cn' })).toMatch(
      /--org is required for training-provider/,
    );
    expect(
      orderProblem({ role: 'training-provider', login: 'staff@school.cn', organisationId: 'provider-nj-1' }),
    ).toBeUndefined();
    expect(orderProblem({ role: 'bank-staff', login: 'teller@bank.cn' })).toMatch(/--org is required/);
  });

  it('refuses an unknown role, naming the roles there are', () => {
    expect(orderProblem({ role: 'provider' as never, login: 'x@y.cn' })).toMatch(/training-provider/);
  });
});
