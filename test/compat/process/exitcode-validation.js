// process.exitCode setter validation and coercion.
function t(v) {
  try {
    process.exitCode = v;
    console.log(JSON.stringify(v), '->', typeof process.exitCode, JSON.stringify(process.exitCode));
  } catch (e) {
    console.log(JSON.stringify(v), e.name, e.code, '|', e.message);
  }
}
for (const v of [0, 1, 255, 256, -1, '3', 'abc', 1.5, null, undefined, true, '']) t(v);
process.exitCode = 0;
