// Dependencies point one way: surfaces -> firewall -> stages -> policy/storage -> kernel.
const stages = '(input|gate|approvals|sandbox|output|audit)';
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    { name: 'kernel-is-leaf', severity: 'error', from: { path: '^src/kernel/' }, to: { path: '^src/(?!kernel/)' } },
    { name: 'policy-below-stages', severity: 'error', from: { path: '^src/(policy|storage)/' }, to: { path: `^src/(${stages.slice(1, -1)}|firewall|cli|proxy|mcp|sdk)/` } },
    {
      name: 'stages-do-not-import-each-other', severity: 'error',
      from: { path: `^src/${stages}/` },
      to: { path: `^src/${stages}/`, pathNot: '^src/$1/' },
    },
    { name: 'stages-below-firewall', severity: 'error', from: { path: `^src/${stages}/` }, to: { path: '^src/(firewall|cli|proxy|mcp|sdk)/' } },
    {
      name: 'surfaces-do-not-import-each-other', severity: 'error',
      from: { path: '^src/(proxy|mcp|sdk)/' },
      to: { path: '^src/(proxy|mcp|sdk)/', pathNot: '^src/$1/' },
    },
    { name: 'firewall-below-surfaces', severity: 'error', from: { path: '^src/firewall/' }, to: { path: '^src/(cli|proxy|mcp|sdk)/' } },
    {
      name: 'only-sandbox-spawns', severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sandbox|mcp|cli)/|\\.test\\.ts$' },
      to: { path: '^(node:)?child_process$', dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
