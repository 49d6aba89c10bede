function f() {
  if (x) {
