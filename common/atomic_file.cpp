// Atomic small-file replacement (see atomic_file.hpp).
#include "common/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace nanhai {
namespace {

std::string reason(const std::filesystem::path& path, const char* what) {
    return path.string() + ": " + what + ": " + std::strerror(errno);
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

Result<void, std::string> write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path{"."};
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return fail(dir.string() + ": " + ec.message());
    const auto temp = path.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0) return fail(reason(temp, "open"));
    const bool written = write_all(fd, contents) && ::fsync(fd) == 0;
    const int saved_errno = errno;
    ::close(fd);
    if (!written) {
        errno = saved_errno;
        const auto why = reason(temp, "write");
        std::filesystem::remove(temp, ec);
        return fail(why);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const auto why = reason(path, "rename");
        std::filesystem::remove(temp, ec);
        return fail(why);
    }
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        (void)::fsync(dir_fd);
        ::close(dir_fd);
    }
    return {};
}

std::optional<std::string> read_small_file(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return out.str();
}

}  // namespace nanhai
