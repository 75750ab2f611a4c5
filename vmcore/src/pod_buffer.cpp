#include "vmcore/pod_buffer.hpp"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace xcairo::pod_buffer_detail {
namespace {

// Large buffers fill sequentially: huge pages take one fault per 2 MiB instead of 512.
void use_huge_pages(void* data, size_t bytes) noexcept {
#ifdef MADV_HUGEPAGE
    madvise(data, bytes, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

}  // namespace

void* reallocate(void* old, size_t old_bytes, size_t new_bytes, size_t map_threshold_bytes,
                 size_t alignment) {
    if (new_bytes < map_threshold_bytes) {
        const size_t rounded = (new_bytes + alignment - 1) / alignment * alignment;
        void* block = std::aligned_alloc(alignment < alignof(void*) ? alignof(void*) : alignment, rounded);
        if (block == nullptr) throw std::bad_alloc();
        if (old != nullptr) {
            std::memcpy(block, old, old_bytes);
            std::free(old);
        }
        return block;
    }
    if (old != nullptr && old_bytes >= map_threshold_bytes) {
        void* moved = mremap(old, old_bytes, new_bytes, MREMAP_MAYMOVE);
        if (moved == MAP_FAILED) throw std::bad_alloc();
        use_huge_pages(moved, new_bytes);
        return moved;
    }
    void* mapped = mmap(nullptr, new_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) throw std::bad_alloc();
    use_huge_pages(mapped, new_bytes);
    if (old != nullptr) {
        std::memcpy(mapped, old, old_bytes);
        std::free(old);
    }
    return mapped;
}

void deallocate(void* data, size_t bytes, size_t map_threshold_bytes) noexcept {
    if (bytes >= map_threshold_bytes) {
        munmap(data, bytes);
    } else {
        std::free(data);
    }
}

}  // namespace xcairo::pod_buffer_detail
