// 100k console.log lines (the driver sends stdout to a file).
for (let i = 0; i < 1e5; i++) console.log('line', i, { i });
