function run() {
  undefinedFunction();
}
run();
