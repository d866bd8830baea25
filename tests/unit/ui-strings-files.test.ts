// Every language of the registry has a complete, valid file of UI strings in content/ui/.
import { uiStringKeys, uiStringsFileSchema } from '../../src/domain/schemas/ui-strings.ts';
import { describeStringsFolder } from '../support/strings-files.ts';

describeStringsFolder('content/ui', uiStringsFileSchema, uiStringKeys);
