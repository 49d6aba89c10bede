// A chain of 1e6 awaited promises.
async function main() {
  let n = 0;
  for (let i = 0; i < 1e6; i++) n += await Promise.resolve(1);
  if (n !== 1e6) throw new Error(`got ${n}`);
}
main();
