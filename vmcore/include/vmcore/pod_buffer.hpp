#pragma once
// PodBuffer: a growable array of trivially copyable values that never copies large contents:
// past 1 MiB it lives in its own mapping, grown in place by mremap, zero-filled by the kernel.
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace xcairo {

template <typename T>
class PodBuffer {
    static_assert(std::is_trivially_copyable_v<T>);
    static_assert(alignof(T) <= 64);

public:
    PodBuffer() noexcept = default;
    PodBuffer(const PodBuffer& other) { *this = other; }
    PodBuffer(PodBuffer&& other) noexcept { swap(other); }
    PodBuffer& operator=(PodBuffer other) noexcept {
        swap(other);
        return *this;
    }
    ~PodBuffer() { release(m_data, m_capacity); }

    size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    T* data() noexcept { return m_data; }
    const T* data() const noexcept { return m_data; }
    T& operator[](size_t i) noexcept { return m_data[i]; }
    const T& operator[](size_t i) const noexcept { return m_data[i]; }
    const T* begin() const noexcept { return m_data; }
    const T* end() const noexcept { return m_data + m_size; }

    /// Grows to n elements; new elements are zero bytes.
    void resize(size_t n) {
        if (n > m_capacity) grow(n);
        if (n > m_size) zero_fill(m_size, n);
        m_size = n;
    }
    void push_back(const T& value) {
        if (m_size == m_capacity) grow(m_size + 1);
        m_data[m_size++] = value;
    }
    void clear() noexcept { m_size = 0; }

    void swap(PodBuffer& other) noexcept {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }

private:
    static constexpr size_t kMapThreshold = (size_t{1} << 20) / sizeof(T);

    void grow(size_t needed);
    // Mapped memory arrives zeroed; only heap memory (small buffers) and reused ranges need it.
    void zero_fill(size_t from, size_t to) noexcept {
        if (m_capacity < kMapThreshold || from < m_high_water) {
            const size_t end = m_capacity < kMapThreshold ? to : (to < m_high_water ? to : m_high_water);
            std::memset(static_cast<void*>(m_data + from), 0, (end - from) * sizeof(T));
        }
        if (to > m_high_water) m_high_water = to;
    }
    static void release(T* data, size_t capacity) noexcept;

    T* m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
    size_t m_high_water = 0;  // elements ever handed out (mapped pages beyond are still zero)
};

namespace pod_buffer_detail {
/// Allocates or grows a block: heap below the threshold, a private mapping above.
void* reallocate(void* old, size_t old_bytes, size_t new_bytes, size_t map_threshold_bytes,
                 size_t alignment);
void deallocate(void* data, size_t bytes, size_t map_threshold_bytes) noexcept;
}  // namespace pod_buffer_detail

template <typename T>
void PodBuffer<T>::grow(size_t needed) {
    size_t capacity = m_capacity < 16 ? 16 : m_capacity * 2;
    if (capacity < needed) capacity = needed;
    m_data = static_cast<T*>(pod_buffer_detail::reallocate(
        m_data, m_capacity * sizeof(T), capacity * sizeof(T), kMapThreshold * sizeof(T), alignof(T)));
    // Moving from the heap into a mapping copies the old block (its tail may be garbage); the
    // rest of the mapping is zero.
    if (m_capacity < kMapThreshold && capacity >= kMapThreshold) m_high_water = m_capacity;
    m_capacity = capacity;
}

template <typename T>
void PodBuffer<T>::release(T* data, size_t capacity) noexcept {
    if (data != nullptr) {
        pod_buffer_detail::deallocate(data, capacity * sizeof(T), kMapThreshold * sizeof(T));
    }
}

}  // namespace xcairo
