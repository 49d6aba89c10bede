// node:v8 exports: names, types, lengths, and the snapshot/promiseHooks/GCProfiler shapes.
const v8 = require('v8');
for (const k of Object.keys(v8)) console.log(k, typeof v8[k], typeof v8[k] === 'function' ? v8[k].length : Object.keys(v8[k]).join());
console.log(Object.keys(v8.getHeapStatistics()).join());
console.log(Object.values(v8.getHeapStatistics()).every((x) => typeof x === 'number'));
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name).join(), Object.keys(spaces[0]).join());
console.log(Object.keys(v8.getHeapCodeStatistics()).join());
console.log(Object.keys(v8.getCppHeapStatistics()).join(), v8.getCppHeapStatistics('brief').detail_level);
const tag = v8.cachedDataVersionTag();
console.log(typeof tag, Number.isInteger(tag), tag >= 0, tag === v8.cachedDataVersionTag());
console.log(v8.setFlagsFromString('--allow-natives-syntax'), v8.startupSnapshot.isBuildingSnapshot());
console.log(v8.isStringOneByteRepresentation('abc'), v8.isStringOneByteRepresentation('é'), v8.isStringOneByteRepresentation('€'));
console.log(Object.getOwnPropertyNames(v8.GCProfiler.prototype).join(), new v8.GCProfiler().stop());
const g = new v8.GCProfiler();
g.start();
const r = g.stop();
console.log(Object.keys(r).join(), r.version, Array.isArray(r.statistics));
console.log(v8.takeCoverage(), v8.stopCoverage(), v8.setHeapSnapshotNearHeapLimit(1));
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('flags type', () => v8.setFlagsFromString(1));
t('cpp type', () => v8.getCppHeapStatistics('x'));
t('one byte type', () => v8.isStringOneByteRepresentation(1));
t('addSerializeCallback', () => v8.startupSnapshot.addSerializeCallback(() => {}));
t('addDeserializeCallback', () => v8.startupSnapshot.addDeserializeCallback(() => {}));
t('setDeserializeMainFunction', () => v8.startupSnapshot.setDeserializeMainFunction(() => {}));
t('queryObjects type', () => v8.queryObjects(1));
t('snapshot opts', () => v8.getHeapSnapshot(1));
t('write path', () => v8.writeHeapSnapshot(1));
t('near limit', () => v8.setHeapSnapshotNearHeapLimit(-1));
