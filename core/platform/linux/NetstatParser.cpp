// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "NetstatParser.h"

#include <sstream>
#include <vector>

namespace tcpd::platform::detail {

namespace {
std::vector<std::string> words(const std::string& line)
{
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) {
        out.push_back(w);
    }
    return out;
}
} // namespace

long netstatValue(const std::string& text, const std::string& section, const std::string& name)
{
    std::istringstream in(text);
    const std::string prefix = section + ":";
    std::string header;
    std::string values;
    while (std::getline(in, header)) {
        if (header.rfind(prefix, 0) != 0 || !std::getline(in, values) || values.rfind(prefix, 0) != 0) {
            continue;
        }
        const auto names = words(header);
        const auto nums = words(values);
        for (std::size_t i = 1; i < names.size() && i < nums.size(); ++i) {
            if (names[i] == name) {
                try {
                    return std::stol(nums[i]);
                } catch (...) {
                    return -1;
                }
            }
        }
    }
    return -1;
}

} // namespace tcpd::platform::detail
