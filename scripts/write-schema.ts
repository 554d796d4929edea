// Writes plan.schema.json at the repository root (the file data/ plans point to with their modeline).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { toPlanJsonSchema } from '../src/plan/json-schema.js';

writeFileSync(resolve(packageRoot, 'plan.schema.json'), `${JSON.stringify(toPlanJsonSchema(), null, 2)}\n`);
