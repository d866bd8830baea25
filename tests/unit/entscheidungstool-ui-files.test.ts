// Every language has a complete, valid file of the Entscheidungstool's fixed texts.
import { toolStringKeys, toolStringsFileSchema } from '../../src/domain/schemas/decision-tool-strings.ts';
import { describeStringsFolder } from '../support/strings-files.ts';

describeStringsFolder('content/entscheidungstool-ui', toolStringsFileSchema, toolStringKeys);
