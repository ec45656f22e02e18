import type { Finding } from '../../kernel/verdict.ts';
import type { ServerReport } from './scan-servers.ts';

const alarming = new Set(['high', 'critical']);

/** True when the scan found something that should fail a CI job: poisoning, shadowing, a changed tool or a high config risk. */
export function scanFailed(reports: readonly ServerReport[]): boolean {
  return reports.some((report) => report.status === 'failed'
    || report.configFindings.some((finding) => alarming.has(finding.severity))
    || report.tools.some((tool) => tool.change === 'changed' || tool.findings.some((finding) => alarming.has(finding.severity))));
}

function line(severity: Finding['severity'], where: string, finding: Finding): string {
  return `  [${severity}] ${where}: ${finding.ruleId}${finding.evidence === undefined ? '' : ` — ${finding.evidence}`}`;
}

/** The scan as a human-readable table followed by findings, risky capabilities and changes. */
export function formatScanReport(reports: readonly ServerReport[]): string {
  const rows = [['CLIENT', 'SERVER', 'STATUS', 'TOOLS', 'POISONED', 'CHANGED'], ...reports.map((report) => [
    report.client, report.server, report.status, String(report.tools.length),
    String(report.tools.filter((tool) => tool.findings.some((finding) => alarming.has(finding.severity))).length),
    String(report.tools.filter((tool) => tool.change === 'changed').length + report.removed.length),
  ])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  const poisoning: string[] = [];
  const capabilities: string[] = [];
  const config: string[] = [];
  const changes: string[] = [];
  for (const report of reports) {
    const where = `${report.client}/${report.server}`;
    if (report.error !== undefined) config.push(`  [error] ${where}: ${report.error}`);
    for (const finding of report.configFindings) if (finding.severity !== 'info') config.push(line(finding.severity, where, finding));
    for (const tool of report.tools) {
      for (const finding of tool.findings) poisoning.push(line(finding.severity, `${where} ${tool.name}`, finding));
      for (const finding of tool.capabilities) capabilities.push(line(finding.severity, `${where} ${tool.name}`, finding));
      if (tool.change === 'changed') changes.push(`  [high] ${where} ${tool.name}: definition changed since the last scan`);
    }
    for (const removed of report.removed) changes.push(`  [info] ${where} ${removed}: removed since the last scan`);
  }
  const section = (title: string, items: string[]) => (items.length === 0 ? [] : ['', `${title}:`, ...items]);
  const notStarted = reports.filter((report) => report.status === 'not-started').length;
  const footer = notStarted > 0 ? ['', `${notStarted} server(s) were not started; run with --yes to list their tools.`] : [];
  const wrapped = reports.filter((report) => report.configFindings.some((finding) => finding.ruleId === 'mcp.config.not-wrapped')).length;
  const hint = wrapped > 0 ? ['', `${wrapped} server(s) are not behind \`rampart mcp wrap\`.`] : [];
  return [...lines, ...section('Tool poisoning and shadowing', poisoning), ...section('Changes since the last scan', changes), ...section('Config risks', config), ...section('Risky capabilities', capabilities), ...footer, ...hint, ''].join('\n');
}
