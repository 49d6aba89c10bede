Promise.reject({ a: 'b' });
