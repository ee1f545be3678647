// A temporary directory that is removed, with everything in it, when the test is done: test
// runs leave nothing behind (demo personal data in platform databases, printed receipts).
#pragma once

#include <filesystem>
#include <string>

namespace nanhai::test {

// mkdtemp under $TMPDIR (or /tmp): "<prefix>-XXXXXX".
std::string make_temp_dir(const std::string& prefix);

class TempDir {
public:
    explicit TempDir(const std::string& prefix) : path_{make_temp_dir(prefix)} {}
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string str() const { return path_.string(); }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

}  // namespace nanhai::test
