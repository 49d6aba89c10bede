function foo() {
  throw new Error('inside');
}
foo();
