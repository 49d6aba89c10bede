throw 'str';
