// new Console validates streams and options with Node's error codes.
const { Console } = require('console');
const sink = { write() {} };
const attempts = [
  () => new Console(), () => new Console(undefined), () => new Console({}), () => new Console({ write: 1 }),
  () => new Console(5), () => new Console({ stdout: sink, stderr: {} }), () => new Console({ stdout: sink, stderr: 1 }),
  () => new Console({ stdout: sink, colorMode: 'x' }), () => new Console({ stdout: sink, colorMode: 1 }),
  () => new Console({ stdout: sink, colorMode: true, inspectOptions: { colors: true } }),
  () => new Console({ stdout: sink, inspectOptions: 5 }), () => new Console({ stdout: sink, inspectOptions: null }),
  () => new Console({ stdout: sink, groupIndentation: 1001 }), () => new Console({ stdout: sink, groupIndentation: -1 }),
  () => new Console({ stdout: sink, groupIndentation: 1.5 }), () => new Console({ stdout: sink, groupIndentation: '2' }),
  () => new Console(sink, 'not a stream'),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('ok');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(typeof Console({ stdout: sink }));
console.log(Console({ stdout: sink }) instanceof Console);
