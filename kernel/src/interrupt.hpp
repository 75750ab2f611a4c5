#pragma once
// SIGINT for the kernel: interrupts while idle are absorbed, interrupts while a cell runs stop
// both C++ loops (through an Interruptible) and Python code (KeyboardInterrupt).
//
// xeus 2.4.1's zmq threads die on EINTR, so SIGINT stays blocked in every thread except the main
// thread while it executes a cell. A dedicated thread sigwait()s the SIGINTs sent to the process
// and forwards them to the main thread only while a cell runs; the main thread's handler then
// trips Python's interrupt flag from the main thread, where CPython honours it.

namespace xcairo::kernel {

/// Something that a C++ loop polls to stop early; request_interrupt() runs in a signal handler,
/// so it may only store atomics.
class Interruptible {
public:
    virtual void request_interrupt() noexcept = 0;

protected:
    ~Interruptible() = default;
};

/// Blocks SIGINT in the calling thread (call it on the main thread before any other thread
/// exists, so that every later thread inherits the mask), installs the handler and starts the
/// forwarding thread. Once per process.
void install_interrupt_handling();

/// The C++ object told about interrupts (null: none).
void set_interrupt_target(Interruptible* target) noexcept;

/// While alive, SIGINT interrupts the main thread. Pending interrupts from before the scope, and
/// those arriving as it ends, are dropped: they must not hit the next cell.
class ExecutionScope {
public:
    ExecutionScope();
    ~ExecutionScope();
    ExecutionScope(const ExecutionScope&) = delete;
    ExecutionScope& operator=(const ExecutionScope&) = delete;
};

}  // namespace xcairo::kernel
