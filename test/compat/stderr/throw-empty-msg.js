throw new Error('');
