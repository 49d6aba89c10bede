const err = new Error('custom stack');
err.stack = 'Custom stack text';
throw err;
