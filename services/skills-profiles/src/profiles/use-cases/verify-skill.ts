import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { VeteranProfile } from '@vetlink/profiles';
import { setSkillVerification } from '../domain/skill-verification';
import { ProfileWriter } from '../profile-writer';

/** An officer confirms a declared skill (after seeing a certificate, a test, the unit's record) or withdraws that. */
@Injectable()
export class VerifySkill {
  constructor(private readonly writer: ProfileWriter) {}

  execute(
    officer: Principal,
    veteranId: string,
    skillId: string,
    verified: boolean,
  ): Promise<VeteranProfile> {
    return this.writer.change(veteranId, (content, now) =>
      setSkillVerification(content, skillId, verified, officer.userId, now),
    );
  }
}
