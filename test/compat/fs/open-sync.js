// fs.openSync/closeSync: flags strings, numeric flags, modes, errors.
const fs = require('fs');
const { setup, t } = require('./fixtures/common');
setup('open-sync');
fs.writeFileSync('f.txt', 'abc');
fs.mkdirSync('dir');
for (const flags of ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'as', 'as+', undefined, null, fs.constants.O_RDONLY]) {
  t(`open f.txt ${String(flags)}`, () => {
    const fd = fs.openSync('f.txt', flags);
    const ok = typeof fd === 'number' && fd > 2;
    fs.closeSync(fd);
    return ok;
  });
}
t('wx existing', () => fs.openSync('f.txt', 'wx'));
t('ax existing', () => fs.openSync('f.txt', 'ax'));
t('r missing', () => fs.openSync('missing.txt'));
t('r+ missing', () => fs.openSync('missing.txt', 'r+'));
t('w in missing dir', () => fs.openSync('nodir/x.txt', 'w'));
t('w on dir', () => fs.openSync('dir', 'w'));
t('r through file', () => fs.openSync('f.txt/x', 'r'));
t('bad flags', () => fs.openSync('f.txt', 'z'));
t('object flags', () => fs.openSync('f.txt', {}));
t('bad mode', () => fs.openSync('f.txt', 'r', 'z'));
t('mode string', () => { const fd = fs.openSync('new.txt', 'w', '600'); fs.closeSync(fd); return (fs.statSync('new.txt').mode & 0o777).toString(8); });
t('mode number', () => { const fd = fs.openSync('new2.txt', 'w', 0o640); fs.closeSync(fd); return (fs.statSync('new2.txt').mode & 0o777).toString(8); });
t('path number', () => fs.openSync(42));
t('path null byte', () => fs.openSync('a\0b'));
t('path undefined', () => fs.openSync());
t('close bad fd type', () => fs.closeSync('1'));
t('close negative', () => fs.closeSync(-1));
t('close huge', () => fs.closeSync(2 ** 31));
t('close float', () => fs.closeSync(1.5));
t('close closed', () => { const fd = fs.openSync('f.txt'); fs.closeSync(fd); fs.closeSync(fd); });
