// process.config and process.features shapes.
console.log('config', typeof process.config, typeof process.config.variables, typeof process.config.target_defaults);
console.log('config keys', Object.keys(process.config).sort().join(','));
console.log('features', typeof process.features);
for (const k of ['inspector', 'debug', 'uv', 'ipv6', 'tls_alpn', 'tls_sni', 'tls_ocsp', 'tls', 'cached_builtins']) {
  console.log('features.' + k, typeof process.features[k]);
}
console.log('features.uv', process.features.uv, 'features.ipv6', process.features.ipv6);
console.log('title', typeof process.title, process.title.length > 0);
