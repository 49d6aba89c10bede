// An exception in an imported module's body is fatal for the entry (exit 1).
import './fixtures/body-throws.mjs';
console.log('never');
