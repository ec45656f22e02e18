import { RampartError } from '../kernel/errors.ts';

/** Which socket families a confined process may create; everything else fails with EAFNOSUPPORT. */
export type SocketPolicy = 'unix-only' | 'unix-and-inet';

/** Syscall numbers for one architecture, keyed by name (x86_64 and aarch64 tables differ). */
interface ArchitectureTable {
  /** AUDIT_ARCH_* value the kernel reports in seccomp_data.arch. */
  readonly auditArch: number;
  readonly numbers: Readonly<Record<DeniedSyscall | 'socket' | 'clone' | 'clone3', number>>;
  /** x86_64 only: syscalls at or above this number belong to the x32 ABI and are denied wholesale. */
  readonly x32Base?: number;
}

// Escape and kernel-attack-surface syscalls: namespaces and mounts (re-rooting the sandbox), ptrace and
// process_vm_* (reading other processes), keyrings, bpf/perf/userfaultfd (kernel exploit primitives),
// io_uring (performs socket and file operations that seccomp never sees), module and kexec loading.
const deniedSyscalls = [
  'ptrace', 'process_vm_readv', 'process_vm_writev', 'mount', 'umount2', 'pivot_root', 'chroot', 'unshare', 'setns',
  'bpf', 'keyctl', 'add_key', 'request_key', 'userfaultfd', 'perf_event_open', 'kexec_load', 'kexec_file_load',
  'init_module', 'finit_module', 'delete_module', 'swapon', 'swapoff', 'reboot', 'open_by_handle_at', 'name_to_handle_at',
  'io_uring_setup', 'io_uring_enter', 'io_uring_register', 'open_tree', 'move_mount', 'fsopen', 'fsconfig', 'fsmount',
  'fspick', 'mount_setattr', 'syslog', 'acct', 'fanotify_init', 'kcmp', 'quotactl', 'settimeofday', 'vhangup',
] as const;

/** A syscall the filter always refuses with EPERM. */
export type DeniedSyscall = (typeof deniedSyscalls)[number];

const x86_64: ArchitectureTable = {
  auditArch: 0xc000003e,
  x32Base: 0x40000000,
  numbers: {
    ptrace: 101, process_vm_readv: 310, process_vm_writev: 311, mount: 165, umount2: 166, pivot_root: 155, chroot: 161,
    unshare: 272, setns: 308, bpf: 321, keyctl: 250, add_key: 248, request_key: 249, userfaultfd: 323, perf_event_open: 298,
    kexec_load: 246, kexec_file_load: 320, init_module: 175, finit_module: 313, delete_module: 176, swapon: 167, swapoff: 168,
    reboot: 169, open_by_handle_at: 304, name_to_handle_at: 303, io_uring_setup: 425, io_uring_enter: 426,
    io_uring_register: 427, open_tree: 428, move_mount: 429, fsopen: 430, fsconfig: 431, fsmount: 432, fspick: 433,
    mount_setattr: 442, syslog: 103, acct: 163, fanotify_init: 300, kcmp: 312, quotactl: 179, settimeofday: 164, vhangup: 153,
    socket: 41, clone: 56, clone3: 435,
  },
};

const aarch64: ArchitectureTable = {
  auditArch: 0xc00000b7,
  numbers: {
    ptrace: 117, process_vm_readv: 270, process_vm_writev: 271, mount: 40, umount2: 39, pivot_root: 41, chroot: 51,
    unshare: 97, setns: 268, bpf: 280, keyctl: 219, add_key: 217, request_key: 218, userfaultfd: 282, perf_event_open: 241,
    kexec_load: 104, kexec_file_load: 294, init_module: 105, finit_module: 273, delete_module: 106, swapon: 224, swapoff: 225,
    reboot: 142, open_by_handle_at: 265, name_to_handle_at: 264, io_uring_setup: 425, io_uring_enter: 426,
    io_uring_register: 427, open_tree: 428, move_mount: 429, fsopen: 430, fsconfig: 431, fsmount: 432, fspick: 433,
    mount_setattr: 442, syslog: 116, acct: 89, fanotify_init: 262, kcmp: 272, quotactl: 60, settimeofday: 170, vhangup: 58,
    socket: 198, clone: 220, clone3: 435,
  },
};

// Classic BPF opcodes (linux/filter.h) and seccomp return values (linux/seccomp.h).
const loadWordAbsolute = 0x20;
const jumpAlways = 0x05;
const jumpIfEqual = 0x15;
const jumpIfGreaterOrEqual = 0x35;
const jumpIfBitsSet = 0x45;
const returnConstant = 0x06;
const retKillProcess = 0x80000000;
const retAllow = 0x7fff0000;
const retErrno = (errno: number) => 0x00050000 | errno;
const EPERM = 1;
const ENOSYS = 38;
const EAFNOSUPPORT = 97;
const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
// CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET: clone() must not create namespaces.
const cloneNamespaceFlags = 0x7e020000;
// Offsets into struct seccomp_data: nr, arch, instruction_pointer, args[6]; both supported ABIs are little-endian.
const offsetNr = 0;
const offsetArch = 4;
const offsetArgument0 = 16;

type Instruction =
  | { readonly kind: 'load'; readonly offset: number }
  | { readonly kind: 'return'; readonly value: number }
  | { readonly kind: 'jump'; readonly opcode: number; readonly k: number; readonly whenTrue: string; readonly whenFalse?: string }
  | { readonly kind: 'goto'; readonly target: string }
  | { readonly kind: 'label'; readonly name: string };

function architectureBlock(prefix: string, table: ArchitectureTable, sockets: SocketPolicy): Instruction[] {
  const deniedLabel = `${prefix}-eperm`;
  const block: Instruction[] = [{ kind: 'label', name: prefix }, { kind: 'load', offset: offsetNr }];
  if (table.x32Base !== undefined) block.push({ kind: 'jump', opcode: jumpIfGreaterOrEqual, k: table.x32Base, whenTrue: deniedLabel });
  for (const name of deniedSyscalls) block.push({ kind: 'jump', opcode: jumpIfEqual, k: table.numbers[name], whenTrue: deniedLabel });
  // clone3 passes its flags in memory that seccomp cannot read; ENOSYS makes libc fall back to clone().
  block.push({ kind: 'jump', opcode: jumpIfEqual, k: table.numbers.clone3, whenTrue: `${prefix}-enosys` });
  block.push({ kind: 'jump', opcode: jumpIfEqual, k: table.numbers.socket, whenTrue: `${prefix}-socket` });
  block.push({ kind: 'jump', opcode: jumpIfEqual, k: table.numbers.clone, whenTrue: `${prefix}-clone` });
  block.push({ kind: 'return', value: retAllow });
  block.push({ kind: 'label', name: `${prefix}-socket` }, { kind: 'load', offset: offsetArgument0 });
  block.push({ kind: 'jump', opcode: jumpIfEqual, k: AF_UNIX, whenTrue: `${prefix}-allow` });
  if (sockets === 'unix-and-inet') {
    block.push({ kind: 'jump', opcode: jumpIfEqual, k: AF_INET, whenTrue: `${prefix}-allow` });
    block.push({ kind: 'jump', opcode: jumpIfEqual, k: AF_INET6, whenTrue: `${prefix}-allow` });
  }
  block.push({ kind: 'return', value: retErrno(EAFNOSUPPORT) });
  block.push({ kind: 'label', name: `${prefix}-clone` }, { kind: 'load', offset: offsetArgument0 });
  block.push({ kind: 'jump', opcode: jumpIfBitsSet, k: cloneNamespaceFlags, whenTrue: deniedLabel });
  block.push({ kind: 'label', name: `${prefix}-allow` }, { kind: 'return', value: retAllow });
  block.push({ kind: 'label', name: deniedLabel }, { kind: 'return', value: retErrno(EPERM) });
  block.push({ kind: 'label', name: `${prefix}-enosys` }, { kind: 'return', value: retErrno(ENOSYS) });
  return block;
}

function assemble(program: readonly Instruction[]): Uint8Array {
  const positions = new Map<string, number>();
  let position = 0;
  for (const instruction of program) {
    if (instruction.kind === 'label') positions.set(instruction.name, position);
    else position += 1;
  }
  const bytes = new Uint8Array(position * 8);
  const view = new DataView(bytes.buffer);
  const offsetTo = (label: string, from: number): number => {
    const target = positions.get(label);
    if (target === undefined) throw new RampartError('INTERNAL', `seccomp: unknown label ${label}`);
    const distance = target - from - 1;
    if (distance < 0 || distance > 255) throw new RampartError('INTERNAL', `seccomp: jump to ${label} out of range`);
    return distance;
  };
  let index = 0;
  for (const instruction of program) {
    if (instruction.kind === 'label') continue;
    let code: number; let jumpTrue = 0; let jumpFalse = 0; let k: number;
    switch (instruction.kind) {
      case 'load': code = loadWordAbsolute; k = instruction.offset; break;
      case 'return': code = returnConstant; k = instruction.value; break;
      case 'goto': code = jumpAlways; k = offsetTo(instruction.target, index); break;
      case 'jump':
        code = instruction.opcode; k = instruction.k;
        jumpTrue = offsetTo(instruction.whenTrue, index);
        jumpFalse = instruction.whenFalse === undefined ? 0 : offsetTo(instruction.whenFalse, index);
        break;
    }
    // struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; } in host (little-endian) byte order.
    view.setUint16(index * 8, code, true);
    view.setUint8(index * 8 + 2, jumpTrue);
    view.setUint8(index * 8 + 3, jumpFalse);
    view.setUint32(index * 8 + 4, k >>> 0, true);
    index += 1;
  }
  return bytes;
}

/**
 * Builds the classic BPF program bwrap loads with `--seccomp FD`: x86_64 and aarch64 only (any other
 * architecture, including 32-bit compat calls, kills the process), escape syscalls fail with EPERM,
 * namespace-creating clone() fails, and socket() is limited to the given families.
 */
export function buildSeccompFilter(sockets: SocketPolicy): Uint8Array {
  const program: Instruction[] = [
    { kind: 'load', offset: offsetArch },
    { kind: 'jump', opcode: jumpIfEqual, k: x86_64.auditArch, whenTrue: 'x86_64' },
    { kind: 'jump', opcode: jumpIfEqual, k: aarch64.auditArch, whenTrue: 'aarch64' },
    { kind: 'return', value: retKillProcess },
    ...architectureBlock('x86_64', x86_64, sockets),
    ...architectureBlock('aarch64', aarch64, sockets),
  ];
  return assemble(program);
}

/** The syscalls every filter denies, for documentation and tests. */
export const seccompDeniedSyscalls: readonly DeniedSyscall[] = deniedSyscalls;
