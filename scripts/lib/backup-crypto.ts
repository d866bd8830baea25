// Backups hold personal data (contacts, delivery addresses, mails), and workflow artifacts can be downloaded by
// anyone with read access to the repository: the nightly export is encrypted before it is uploaded.
// AES-256-GCM with a key derived by scrypt from BACKUP_PASSPHRASE; the file is MAGIC, salt, iv, tag, ciphertext.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const MAGIC = Buffer.from('SOBACKUP1');
const SALT = 16;
const IV = 12;
const TAG = 16;

const keyOf = (passphrase: string, salt: Buffer) => scryptSync(passphrase, salt, 32);

export function encryptBackup(plain: Buffer, passphrase: string): Buffer {
  if (passphrase.length < 16) throw new Error('BACKUP_PASSPHRASE must have at least 16 characters');
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', keyOf(passphrase, salt), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]);
}

/** Throws when the file is not an encrypted backup, the passphrase is wrong or the file was changed. */
export function decryptBackup(file: Buffer, passphrase: string): Buffer {
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an encrypted backup of this portal');
  let at = MAGIC.length;
  const take = (n: number) => file.subarray(at, (at += n));
  const salt = take(SALT);
  const iv = take(IV);
  const tag = take(TAG);
  const decipher = createDecipheriv('aes-256-gcm', keyOf(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(file.subarray(at)), decipher.final()]);
  } catch {
    throw new Error('cannot decrypt: wrong BACKUP_PASSPHRASE, or the file is damaged');
  }
}
