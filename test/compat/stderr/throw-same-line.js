if (true) { throw new Error('same line'); }
