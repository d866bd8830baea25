import { courseUiStringKeys, courseUiStringsFileSchema } from '../../src/domain/schemas/course-ui-strings.ts';
import { describeStringsFolder } from '../support/strings-files.ts';

// Every language has a complete, valid file of the course catalogue's fixed texts.
describeStringsFolder('content/deutschkurse-ui', courseUiStringsFileSchema, courseUiStringKeys);
