'use strict';
const show = require('./fixtures/show');
// module.findPackageJSON(): the package.json that applies to a path or package name.
const { findPackageJSON } = require('module');
const path = require('path');
const base = path.join(__dirname, 'fixtures', 'fpj', 'sub', 'file.js');
show(() => findPackageJSON('..', base));
show(() => findPackageJSON('./file.js', base));
show(() => findPackageJSON('fpj-dep', base));
show(() => findPackageJSON(`file://${base}`));
show(() => findPackageJSON('no-such-pkg', base));
show(() => findPackageJSON(5, base));
