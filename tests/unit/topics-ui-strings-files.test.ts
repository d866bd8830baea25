import { describeStringsFolder } from '../support/strings-files.ts';
import { topicsUiFileSchema, topicsUiKeys, topicsUiPluralKeys } from '../../src/domain/schemas/topics-ui.ts';

describeStringsFolder('content/topics-ui', topicsUiFileSchema, topicsUiKeys, topicsUiPluralKeys);
