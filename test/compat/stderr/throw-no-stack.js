const err = new Error('no stack');
err.stack = undefined;
throw err;
