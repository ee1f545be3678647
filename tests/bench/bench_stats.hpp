// What the benchmark programs report: medians (docs/benchmarks.md reports nothing else).
#pragma once

#include <algorithm>
#include <vector>

namespace nanhai::bench {

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace nanhai::bench
