// Only for jest: a few packages that CommonJS dependencies require() ship ESM only (content-disposition, ...).
module.exports = { plugins: ['@babel/plugin-transform-modules-commonjs'] };
