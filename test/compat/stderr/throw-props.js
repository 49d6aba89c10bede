const err = new Error('with code');
err.code = 'E_CODE';
err.extra = { n: 1 };
throw err;
