// process.version / versions / release.
console.log('version format', /^v\d+\.\d+\.\d+$/.test(process.version));
console.log('major', process.version.split('.')[0]);
console.log('versions.node === version.slice(1)', process.versions.node === process.version.slice(1));
console.log('versions values are strings', Object.values(process.versions).every((v) => typeof v === 'string'));
console.log('versions has uv', typeof process.versions.uv, /^\d+\.\d+\.\d+/.test(process.versions.uv));
console.log('release.name', process.release.name);
console.log('release.sourceUrl type', typeof process.release.sourceUrl);
console.log('versions frozen-ish: assignment ignored?', (() => { try { process.versions.node = 'x'; } catch { return 'threw'; } return process.versions.node === 'x' ? 'changed' : 'ignored'; })());
