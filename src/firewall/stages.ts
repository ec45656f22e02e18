/** Stage contracts live in the kernel so stages can implement them without importing the firewall. */
export type * from '../kernel/stages.ts';
