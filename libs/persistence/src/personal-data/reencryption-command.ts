import mongoose from 'mongoose';
import type { EncryptionKeyring } from './encryption-keyring';
import { FieldCipher } from './field-cipher';
import { EncryptedField, reencryptCollection } from './reencrypt-collection';

export interface ReencryptionTarget {
  collection: string;
  fields: readonly EncryptedField[];
}

export interface ReencryptionCommand {
  mongoUri: string;
  database: string;
  keyring: EncryptionKeyring;
  targets: readonly ReencryptionTarget[];
}

/**
 * A service's key-rotation command (`npx nx run SERVICE:reencrypt`): every target collection re-encrypted
 * under the current key, with one line of counts each. Exits non-zero, naming the error, when it fails.
 */
export async function runReencryptionCommand(command: ReencryptionCommand): Promise<void> {
  const connection = await mongoose
    .createConnection(command.mongoUri, { dbName: command.database })
    .asPromise();
  const cipher = new FieldCipher(command.keyring);
  try {
    for (const { collection, fields } of command.targets) {
      const count = await reencryptCollection(connection.collection(collection), fields, cipher);
      process.stdout.write(
        `${collection}: ${count.scanned} scanned, ${count.rewritten} rewritten under ${command.keyring.currentKeyId}\n`,
      );
    }
  } catch (error) {
    process.stderr.write(`re-encryption failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await connection.close();
  }
}
