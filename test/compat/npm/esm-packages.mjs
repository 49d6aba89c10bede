// ESM-only npm packages: chalk 5, nanoid, p-limit, lodash-es (hundreds of modules), date-fns.
import chalk from 'chalk5';
import { nanoid, customAlphabet } from 'nanoid';
import pLimit from 'p-limit';
import { chunk, debounce, groupBy } from 'lodash-es';
import { format, addDays, differenceInDays } from 'date-fns';
console.log(typeof chalk.red, chalk.level >= 0, nanoid().length, customAlphabet('ab', 4)().length);
const limit = pLimit(2);
console.log(await Promise.all([1, 2, 3].map((x) => limit(async () => x * 2))), limit.activeCount);
console.log(chunk([1, 2, 3], 2), typeof debounce, groupBy([1.2, 1.4, 2.1], Math.floor));
console.log(format(addDays(new Date(2020, 0, 1), 1), 'yyyy-MM-dd'), differenceInDays(new Date(2020, 1, 1), new Date(2020, 0, 1)));
