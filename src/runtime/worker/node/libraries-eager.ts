// load-libraries.ts for Vitest, where sources run unbundled: the same modules, imported at once.
import * as all from './libraries';

export const libraries = (): typeof all => all;
