// Expected failures are values (style.md): Result<T, E> is tl::expected, usable by g++ and clang.
#pragma once

#include <tl/expected.hpp>

namespace nanhai {

template <class T, class E>
using Result = tl::expected<T, E>;

template <class E>
auto fail(E error) {
    return tl::make_unexpected(std::move(error));
}

}  // namespace nanhai
