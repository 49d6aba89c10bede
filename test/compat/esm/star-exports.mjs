// export * and export * as ns: ambiguous names are left out, default is not re-exported.
import * as star from './fixtures/star.mjs';
console.log(Object.keys(star));
console.log(star.onlyA, star.onlyB, star.aliasA, star.shared, star.nsA.shared, star.nsA.default);
