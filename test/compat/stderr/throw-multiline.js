throw new Error('multi\nline message');
