import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup } from '../../scripts/lib/backup-crypto.ts';

const passphrase = 'correct horse battery staple';
const sql = Buffer.from('INSERT INTO "contacts" ("email") VALUES(\'person@example.org\');\n');

describe('backup encryption', () => {
  it('round-trips, and the encrypted file does not show the data', () => {
    const sealed = encryptBackup(sql, passphrase);
    expect(sealed.includes(Buffer.from('person@example.org'))).toBe(false);
    expect(decryptBackup(sealed, passphrase).equals(sql)).toBe(true);
  });
  it('refuses a wrong passphrase, a changed file and a short passphrase', () => {
    const sealed = encryptBackup(sql, passphrase);
    expect(() => decryptBackup(sealed, 'another passphrase here')).toThrow(/wrong BACKUP_PASSPHRASE/);
    const changed = Buffer.from(sealed);
    changed[changed.length - 1]! ^= 1;
    expect(() => decryptBackup(changed, passphrase)).toThrow(/damaged/);
    expect(() => decryptBackup(sql, passphrase)).toThrow(/not an encrypted backup/);
    expect(() => encryptBackup(sql, 'short')).toThrow(/16 characters/);
  });
});
