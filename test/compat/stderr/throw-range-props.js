const e = new RangeError('range');
e.code = 'ERR_X';
throw e;
