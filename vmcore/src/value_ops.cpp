#include "value_ops.hpp"

namespace xcairo {

std::optional<Relocatable> integer_address(const Felt& f) {
    const std::optional<int64_t> v = f.to_i64();
    if (!v || *v <= -kIntegerAddressLimit || *v >= kIntegerAddressLimit) return std::nullopt;
    return Relocatable{kIntegerSegment, static_cast<uint64_t>(*v)};
}

std::optional<Relocatable> as_address(const MaybeRelocatable& v) {
    if (v.is_relocatable()) return v.relocatable();
    return integer_address(v.felt());
}

std::string unsupported_integer_address(const Felt& f) {
    return "xcairo: the integer address " + f.to_dec() +
           " is out of range (|address| < 2^62 modulo P; not supported).";
}

bool add_felt_offset(const Relocatable& base, const Felt& f, Relocatable& out, std::string& error) {
    if (base.is_integer()) [[unlikely]] {
        const Felt sum = integer_value(base) + f;
        const std::optional<Relocatable> addr = integer_address(sum);
        if (!addr) {
            error = unsupported_integer_address(sum);
            return false;
        }
        out = *addr;
        return true;
    }
    const std::optional<int64_t> delta = f.to_i64();
    if (!delta) {
        error = "xcairo: the offset " + value_text(base) + " + " + f.to_dec() +
                " does not fit in 64 bits (not supported).";
        return false;
    }
    out = offset_by(base, *delta);
    return true;
}

bool add_values(const MaybeRelocatable& a, const MaybeRelocatable& b, MaybeRelocatable& out,
                std::string& error) {
    if (!a.is_relocatable() && !b.is_relocatable()) {
        out = a.felt() + b.felt();
        return true;
    }
    if (a.is_relocatable() && b.is_relocatable()) {
        error = "Cannot add two relocatable values: " + value_text(a) + " + " + value_text(b) + ".";
        return false;
    }
    const Relocatable base = a.is_relocatable() ? a.relocatable() : b.relocatable();
    const Felt delta = a.is_relocatable() ? b.felt() : a.felt();
    Relocatable r;
    if (!add_felt_offset(base, delta, r, error)) return false;
    out = r;
    return true;
}

bool sub_values(const MaybeRelocatable& a, const MaybeRelocatable& b, MaybeRelocatable& out,
                std::string& error) {
    if (!a.is_relocatable()) {
        if (b.is_relocatable()) {
            error = "unsupported operand type(s) for -: 'int' and 'RelocatableValue'";
            return false;
        }
        out = a.felt() - b.felt();
        return true;
    }
    const Relocatable ra = a.relocatable();
    if (!b.is_relocatable()) {
        Relocatable r;
        if (!add_felt_offset(ra, -b.felt(), r, error)) return false;
        out = r;
        return true;
    }
    const Relocatable rb = b.relocatable();
    if (ra.segment != rb.segment) {
        error = "Can only subtract two relocatable values of the same segment (" +
                std::to_string(ra.segment) + " != " + std::to_string(rb.segment) + ").";
        return false;
    }
    out = Felt::from_i64(static_cast<int64_t>(ra.offset - rb.offset));
    return true;
}

}  // namespace xcairo
