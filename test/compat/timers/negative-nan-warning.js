// Negative and NaN delays: check for warnings emitted.
let warnings = 0;
process.on('warning', (w) => { warnings++; console.log('warning:', w.name, '|', w.message); });
setTimeout(() => console.log('negative fired'), -10);
setTimeout(() => console.log('NaN fired'), NaN);
setTimeout(() => console.log('total warnings', warnings), 5);
