// node:test/reporters tap and dot over hand-made events (deterministic durations).
const { tap, dot } = require('node:test/reporters');
async function* events() {
  yield { type: 'test:start', data: { nesting: 0, name: 'first' } };
  yield { type: 'test:pass', data: { nesting: 0, name: 'first', testNumber: 1, details: { duration_ms: 1.5, type: 'test' } } };
  yield { type: 'test:start', data: { nesting: 0, name: 'second # x' } };
  yield { type: 'test:start', data: { nesting: 1, name: 'child' } };
  yield { type: 'test:pass', data: { nesting: 1, name: 'child', testNumber: 1, details: { duration_ms: 2, type: 'test' }, skip: 'why' } };
  yield { type: 'test:plan', data: { nesting: 1, count: 1 } };
  yield { type: 'test:pass', data: { nesting: 0, name: 'second # x', testNumber: 2, details: { duration_ms: 3, type: 'suite' }, todo: true } };
  yield { type: 'test:diagnostic', data: { nesting: 0, message: 'a note' } };
  yield { type: 'test:plan', data: { nesting: 0, count: 2 } };
}
(async () => {
  let out = '';
  for await (const chunk of tap(events())) out += chunk;
  process.stdout.write(out);
  let dots = '';
  for await (const chunk of dot(events())) dots += chunk;
  console.log(JSON.stringify(dots));
})();
