const moment = require('moment');
const dayjs = require('dayjs');
const m = moment.utc('2024-02-29T12:34:56Z');
console.log(m.format('YYYY-MM-DD HH:mm:ss dddd'), m.add(1, 'year').format('YYYY-MM-DD'), moment.duration(90, 'minutes').humanize());
const d = dayjs('2024-01-31');
console.log(d.add(1, 'month').format('YYYY-MM-DD'), d.day(), d.isBefore('2025-01-01'), dayjs('2020-01-01').diff('2019-01-01', 'day'));
