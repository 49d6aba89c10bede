// A rejection handled after it was reported emits 'rejectionHandled'.
process.on('unhandledRejection', (r, p) => {
  console.log('unhandledRejection', r.message);
  setTimeout(() => p.catch(() => console.log('caught late')), 1);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled, is promise:', p instanceof Promise));
Promise.reject(new Error('late'));
process.on('exit', (code) => console.log('exit', code));
