import { Injectable } from '@nestjs/common';
import { FieldCipher } from '@vetlink/persistence';
import type { Identity } from '@vetlink/profiles';

/** How an identity rests in the database: the ID number and phone only as ciphertext. */
export interface StoredIdentity {
  fullName: string;
  encryptedIdNumber: string;
  /** Keyed blind index of the ID number: enforces one profile per person, finds a profile by number. */
  idNumberIndex: string;
  encryptedPhone: string;
}

const ID_NUMBER_INDEX_CONTEXT = 'resident-id-number';

/**
 * Encrypts and decrypts a veteran's identity. Each ciphertext is bound to its field and its veteran,
 * so a value copied into another field or profile fails to decrypt instead of passing as genuine.
 */
@Injectable()
export class IdentityProtector {
  constructor(private readonly cipher: FieldCipher) {}

  protect(veteranId: string, identity: Identity): StoredIdentity {
    return {
      fullName: identity.fullName,
      encryptedIdNumber: this.cipher.encrypt(identity.idNumber, identityContext('idNumber', veteranId)),
      idNumberIndex: this.idNumberIndex(identity.idNumber),
      encryptedPhone: this.cipher.encrypt(identity.phone, identityContext('phone', veteranId)),
    };
  }

  reveal(veteranId: string, stored: StoredIdentity): Identity {
    return {
      fullName: stored.fullName,
      idNumber: this.cipher.decrypt(stored.encryptedIdNumber, identityContext('idNumber', veteranId)),
      phone: this.cipher.decrypt(stored.encryptedPhone, identityContext('phone', veteranId)),
    };
  }

  idNumberIndex(idNumber: string): string {
    return this.cipher.blindIndex(idNumber, ID_NUMBER_INDEX_CONTEXT);
  }
}

/** What each ciphertext is bound to: its field and its veteran (also used by the re-encryption command). */
export function identityContext(field: 'idNumber' | 'phone', veteranId: string): string {
  return `profiles.identity.${field}:${veteranId}`;
}
