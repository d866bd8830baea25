// `npm run backup:encrypt -- <file.sql>…` writes <file.sql>.enc and deletes the plain file;
// `npm run backup:decrypt -- <file.sql.enc>…` writes <file.sql> back. The key comes from env BACKUP_PASSPHRASE
// (a GitHub Actions secret for the nightly backup; README, "Operations"). See scripts/lib/backup-crypto.ts.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { decryptBackup, encryptBackup } from './lib/backup-crypto.ts';

const [mode, ...files] = process.argv.slice(2);
const passphrase = process.env['BACKUP_PASSPHRASE'] ?? '';
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (mode !== 'encrypt' && mode !== 'decrypt') fail('usage: backup-crypt.ts encrypt|decrypt <file>…');
if (!passphrase) fail('BACKUP_PASSPHRASE is not set');
if (files.length === 0) fail('name at least one file');
for (const file of files) {
  try {
    if (mode === 'encrypt') {
      writeFileSync(`${file}.enc`, encryptBackup(readFileSync(file), passphrase));
      rmSync(file);
      console.log(`encrypted ${file}.enc`);
    } else {
      const plain = file.replace(/\.enc$/, '');
      if (plain === file) fail(`${file}: expected a name ending in .enc`);
      writeFileSync(plain, decryptBackup(readFileSync(file), passphrase));
      console.log(`decrypted ${plain}`);
    }
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
}
