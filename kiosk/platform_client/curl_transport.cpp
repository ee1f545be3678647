#include "kiosk/platform_client/curl_transport.hpp"

#include <curl/curl.h>

#include <filesystem>
#include <mutex>

#include "kiosk/platform_client/curl_error_map.hpp"
#include "kiosk/platform_client/secure_wipe.hpp"

namespace nanhai::kiosk {
namespace {

void global_init_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* user) {
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

// Header lines can carry the session token: curl's copies are wiped before they are freed.
struct HeaderList {
    curl_slist* list = nullptr;
    HeaderList() = default;
    HeaderList(const HeaderList&) = delete;
    HeaderList& operator=(const HeaderList&) = delete;
    ~HeaderList() {
        for (auto* node = list; node != nullptr; node = node->next)
            secure_wipe(node->data, std::char_traits<char>::length(node->data));
        curl_slist_free_all(list);
    }
    void add(const HttpHeader& header) {
        // "Name:" with nothing after it tells curl to drop a header it would add itself.
        std::string line = header.name + (header.value.empty() ? ":" : ": " + header.value);
        list = curl_slist_append(list, line.c_str());
        secure_wipe(line);
    }
};

bool is_https(const std::string& url) { return url.rfind("https://", 0) == 0; }

TransportError configuration_error(std::string detail) {
    return TransportError{TransportErrorKind::configuration, 0, std::move(detail)};
}

}  // namespace

CurlTransport::CurlTransport(const ClientConfig& config) : config_{config} {
    global_init_once();
    curl_ = curl_easy_init();
}

CurlTransport::~CurlTransport() {
    if (curl_ != nullptr) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

long CurlTransport::connections_opened() const {
    std::lock_guard lock{mutex_};
    return connections_opened_;
}

// Checked here because curl's own message for a missing CA file ("error setting certificate
// verify locations") does not say which setting is wrong.
Result<void, TransportError> CurlTransport::check_tls_files(const std::string& url) const {
    if (!is_https(url)) return {};
    std::error_code ec;
    if (!config_.ca_file.empty() && !std::filesystem::is_regular_file(config_.ca_file, ec))
        return fail(configuration_error("CA file does not exist: " + config_.ca_file));
    if (!config_.ca_path.empty() && !std::filesystem::is_directory(config_.ca_path, ec))
        return fail(configuration_error("CA directory does not exist: " + config_.ca_path));
    return {};
}

void CurlTransport::apply_options(HttpMethod method, const std::string& url,
                                  const std::string& body) {
    auto* curl = static_cast<CURL*>(curl_);
    curl_easy_reset(curl);  // keeps live connections, the DNS and TLS session caches
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // timeouts without SIGALRM (threads)
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config_.connect_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(config_.request_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, config_.verify_tls ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, config_.verify_tls ? 2L : 0L);
    if (!config_.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, config_.ca_file.c_str());
    if (!config_.ca_path.empty()) curl_easy_setopt(curl, CURLOPT_CAPATH, config_.ca_path.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer_);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response_body_);
    if (method == HttpMethod::get) {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        return;
    }
    if (method == HttpMethod::del) curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "DELETE");
    if (method == HttpMethod::post || !body.empty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
}

Result<RawResponse, TransportError> CurlTransport::perform(HttpMethod method,
                                                           const std::string& url,
                                                           const std::vector<HttpHeader>& headers,
                                                           const std::string& body) {
    std::lock_guard lock{mutex_};
    if (curl_ == nullptr) return fail(configuration_error("curl_easy_init failed"));
    if (auto ok = check_tls_files(url); !ok) return fail(ok.error());
    auto* curl = static_cast<CURL*>(curl_);
    response_body_.clear();
    error_buffer_[0] = '\0';
    apply_options(method, url, body);
    HeaderList list;
    for (const auto& h : headers) list.add(h);
    list.add({"Expect", ""});  // no 100-continue round trip for larger bodies
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list.list);
    CURLcode rc = curl_easy_perform(curl);
    long connects = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
    connections_opened_ += connects;
    if (rc != CURLE_OK) {
        secure_wipe(response_body_);
        return fail(map_curl_error(rc, error_buffer_));
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    RawResponse response{static_cast<int>(status), std::move(response_body_)};
    response_body_ = std::string{};
    return response;
}

}  // namespace nanhai::kiosk
