#include "interrupt.hpp"

#include <Python.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>

#include <atomic>
#include <stdexcept>
#include <thread>

namespace xcairo::kernel {
namespace {

std::atomic<bool> g_executing{false};
std::atomic<Interruptible*> g_target{nullptr};
pthread_t g_main_thread;

sigset_t sigint_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return set;
}

void on_sigint(int) {
    // A thread that user code started during a cell inherits the unblocked mask: hand the signal
    // to the main thread, the only one whose interrupt flag CPython checks.
    if (!pthread_equal(pthread_self(), g_main_thread)) {
        pthread_kill(g_main_thread, SIGINT);
        return;
    }
    if (Interruptible* target = g_target.load()) target->request_interrupt();
    PyErr_SetInterrupt();
}

[[noreturn]] void forward_interrupts() {
    const sigset_t set = sigint_set();
    for (;;) {
        int signal_number = 0;
        if (sigwait(&set, &signal_number) == 0 && g_executing.load())
            pthread_kill(g_main_thread, SIGINT);
    }
}

void set_main_thread_mask(int how) {
    const sigset_t set = sigint_set();
    pthread_sigmask(how, &set, nullptr);
}

/// Consumes SIGINTs pending on the (blocked) main thread.
void drop_pending_interrupts() {
    const sigset_t set = sigint_set();
    const timespec no_wait{0, 0};
    while (sigtimedwait(&set, nullptr, &no_wait) == SIGINT) {
    }
}

}  // namespace

void install_interrupt_handling() {
    g_main_thread = pthread_self();
    set_main_thread_mask(SIG_BLOCK);
    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a sleeping cell must wake up with EINTR
    if (sigaction(SIGINT, &action, nullptr) != 0)
        throw std::runtime_error("cannot install the SIGINT handler");
    std::thread(forward_interrupts).detach();
}

void set_interrupt_target(Interruptible* target) noexcept { g_target.store(target); }

ExecutionScope::ExecutionScope() {
    drop_pending_interrupts();
    g_executing.store(true);
    set_main_thread_mask(SIG_UNBLOCK);
}

ExecutionScope::~ExecutionScope() {
    set_main_thread_mask(SIG_BLOCK);
    g_executing.store(false);
    drop_pending_interrupts();
    // An interrupt that came after the cell's last Python line would raise in the next one.
    PyGILState_STATE gil = PyGILState_Ensure();
    if (PyErr_CheckSignals() != 0) PyErr_Clear();
    PyGILState_Release(gil);
}

}  // namespace xcairo::kernel
