async function main() {
  throw new TypeError('bad type');
}
main();
