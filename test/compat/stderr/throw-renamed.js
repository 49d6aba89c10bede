const e = new Error('x');
e.name = 'Custom';
throw e;
