    throw new Error('indented');
