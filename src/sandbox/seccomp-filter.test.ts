import { describe, expect, it } from 'vitest';
import { buildSeccompFilter, seccompDeniedSyscalls } from './seccomp-filter.ts';

interface Instruction { code: number; jumpTrue: number; jumpFalse: number; k: number }

function decode(bytes: Uint8Array): Instruction[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const program: Instruction[] = [];
  for (let offset = 0; offset < bytes.length; offset += 8) {
    program.push({ code: view.getUint16(offset, true), jumpTrue: view.getUint8(offset + 2), jumpFalse: view.getUint8(offset + 3), k: view.getUint32(offset + 4, true) });
  }
  return program;
}

// A tiny classic-BPF interpreter over seccomp_data, enough to check the filter's decisions without a kernel.
function evaluate(program: Instruction[], data: { arch: number; nr: number; argument0?: number }): number {
  let accumulator = 0;
  for (let pc = 0; pc < program.length; pc++) {
    const { code, jumpTrue, jumpFalse, k } = program[pc]!;
    switch (code) {
      case 0x20: accumulator = k === 0 ? data.nr : k === 4 ? data.arch : k === 16 ? (data.argument0 ?? 0) : 0; break;
      case 0x06: return k;
      case 0x05: pc += k; break;
      case 0x15: pc += accumulator === k ? jumpTrue : jumpFalse; break;
      case 0x35: pc += accumulator >>> 0 >= k >>> 0 ? jumpTrue : jumpFalse; break;
      case 0x45: pc += (accumulator & k) !== 0 ? jumpTrue : jumpFalse; break;
      default: throw new Error(`unexpected opcode ${code}`);
    }
  }
  throw new Error('fell off the end of the program');
}

const x86 = 0xc000003e;
const arm = 0xc00000b7;
const allow = 0x7fff0000;
const eperm = 0x00050001;
const eafnosupport = 0x00050061;
const enosys = 0x00050026;
const kill = 0x80000000;

describe('buildSeccompFilter', () => {
  const unixOnly = decode(buildSeccompFilter('unix-only'));
  const withInet = decode(buildSeccompFilter('unix-and-inet'));

  it('is a whole number of 8-byte instructions within the kernel limit', () => {
    expect(buildSeccompFilter('unix-only').length % 8).toBe(0);
    expect(unixOnly.length).toBeLessThan(4096);
  });

  it.each([
    ['x86_64 ptrace', x86, 101, eperm], ['x86_64 mount', x86, 165, eperm], ['x86_64 unshare', x86, 272, eperm], ['x86_64 bpf', x86, 321, eperm],
    ['x86_64 keyctl', x86, 250, eperm], ['x86_64 userfaultfd', x86, 323, eperm], ['x86_64 perf_event_open', x86, 298, eperm],
    ['x86_64 io_uring_setup', x86, 425, eperm], ['x86_64 clone3', x86, 435, enosys], ['x86_64 read', x86, 0, allow], ['x86_64 x32 read', x86, 0x40000000, eperm],
    ['aarch64 ptrace', arm, 117, eperm], ['aarch64 mount', arm, 40, eperm], ['aarch64 unshare', arm, 97, eperm], ['aarch64 bpf', arm, 280, eperm],
    ['aarch64 read', arm, 63, allow], ['i386 anything', 0x40000003, 1, kill],
  ])('%s', (_name, arch, nr, expected) => {
    expect(evaluate(unixOnly, { arch, nr })).toBe(expected);
  });

  it.each([[x86, 41], [arm, 198]])('limits socket() families (arch %s)', (arch, socket) => {
    expect(evaluate(unixOnly, { arch, nr: socket, argument0: 1 })).toBe(allow);
    expect(evaluate(unixOnly, { arch, nr: socket, argument0: 2 })).toBe(eafnosupport);
    expect(evaluate(unixOnly, { arch, nr: socket, argument0: 10 })).toBe(eafnosupport);
    expect(evaluate(unixOnly, { arch, nr: socket, argument0: 16 })).toBe(eafnosupport);
    expect(evaluate(withInet, { arch, nr: socket, argument0: 2 })).toBe(allow);
    expect(evaluate(withInet, { arch, nr: socket, argument0: 17 })).toBe(eafnosupport);
  });

  it.each([[x86, 56], [arm, 220]])('allows plain clone but not namespace flags (arch %s)', (arch, clone) => {
    expect(evaluate(unixOnly, { arch, nr: clone, argument0: 0x01200011 })).toBe(allow);
    expect(evaluate(unixOnly, { arch, nr: clone, argument0: 0x10000000 })).toBe(eperm);
    expect(evaluate(unixOnly, { arch, nr: clone, argument0: 0x40000000 })).toBe(eperm);
  });

  it('denies every listed syscall on both architectures', () => {
    const constants = new Set(unixOnly.filter((instruction) => instruction.code === 0x15).map((instruction) => instruction.k));
    expect(seccompDeniedSyscalls.length).toBeGreaterThan(30);
    expect(constants.has(101) && constants.has(117)).toBe(true);
  });
});
