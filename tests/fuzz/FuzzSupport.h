// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// What every fuzz target shares: a check that stops the program (libFuzzer saves the input as a
// crash; the replay test fails), and a small reader that turns the fuzzer's bytes into structured
// values. Plain C++ (no clang-only header), so the targets also build with GCC as replay tests.

#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(cond, what)                                                                                         \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s (%s)\n", __FILE__, __LINE__, #cond, what);            \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size);

namespace tcpd::fuzz {

/// Reads values off the front of the input; once it is used up every read gives zero or "".
class Input
{
public:
    Input(const uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }

    bool empty() const { return m_pos >= m_size; }
    std::size_t remaining() const { return m_size - m_pos; }

    uint8_t byte() { return empty() ? 0 : m_data[m_pos++]; }
    bool flag() { return (byte() & 1) != 0; }
    /// 0 .. max (inclusive).
    unsigned number(unsigned max)
    {
        unsigned v = byte();
        v = (v << 8) | byte();
        return max == 0 ? 0 : v % (max + 1);
    }
    /// A string up to the next 0 byte (or the end), at most `maxBytes` long: the fuzzer learns the
    /// separator, and a corpus file stays readable.
    std::string bytes(std::size_t maxBytes = 4096)
    {
        std::string out;
        while (!empty() && out.size() < maxBytes) {
            const char c = static_cast<char>(m_data[m_pos++]);
            if (c == '\0') {
                break;
            }
            out += c;
        }
        return out;
    }
    QString text(std::size_t maxBytes = 4096)
    {
        const std::string b = bytes(maxBytes);
        return QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size()));
    }
    /// The next `n` bytes (fewer at the end).
    std::string block(std::size_t n)
    {
        n = std::min(n, remaining());
        std::string out(reinterpret_cast<const char*>(m_data + m_pos), n);
        m_pos += n;
        return out;
    }
    /// Everything not read yet.
    std::string rest()
    {
        std::string out(reinterpret_cast<const char*>(m_data + m_pos), m_size - m_pos);
        m_pos = m_size;
        return out;
    }

private:
    const uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

} // namespace tcpd::fuzz
