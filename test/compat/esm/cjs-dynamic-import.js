// import() inside a CommonJS module.
import("./fixtures/lib.mjs").then(m => console.log(m.counter), e => console.log("rej", e.message))
