import { describeStringsFolder } from '../support/strings-files.ts';
import { topicsUiFileSchema, topicsUiKeys } from '../../src/domain/schemas/topics-ui.ts';

describeStringsFolder('content/topics-ui', topicsUiFileSchema, topicsUiKeys);
