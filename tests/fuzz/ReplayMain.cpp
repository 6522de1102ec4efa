// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// A fuzz target as a plain test: replays every file of the folders it is given through
// LLVMFuzzerTestOneInput, so the seed corpus and every input that once crashed run on each CI run,
// with any compiler. A failed check aborts (the test fails and names the file above the message).
//
//     fuzz_report_replay --corpus tests/fuzz/corpus/report tests/fuzz/regressions/report
//
// The folder after --corpus must hold at least one file (a replay of nothing would pass silently);
// the others may be missing (no crash found yet for this target).

#include "FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> filesIn(const fs::path& dir)
{
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_regular_file(dir, ec)) {
        files.push_back(dir);
        return files;
    }
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().filename().string().front() != '.') {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    bool nextIsCorpus = false;
    int corpusFiles = -1;
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--corpus") {
            nextIsCorpus = true;
            continue;
        }
        const std::vector<fs::path> files = filesIn(arg);
        if (nextIsCorpus) {
            corpusFiles = static_cast<int>(files.size());
            nextIsCorpus = false;
        }
        for (const fs::path& f : files) {
            std::ifstream in(f, std::ios::binary);
            if (!in) {
                std::cerr << "replay: cannot read " << f << "\n";
                return 1;
            }
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::cout << "replay: " << f.string() << " (" << bytes.size() << " bytes)" << std::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    if (corpusFiles == 0) {
        std::cerr << "replay: the corpus folder is empty or missing: nothing would be tested\n";
        return 1;
    }
    if (corpusFiles < 0) {
        std::cerr << "usage: " << argv[0] << " --corpus DIR [DIR|FILE]...\n";
        return 2;
    }
    std::cout << "replay: " << replayed << " inputs, no finding" << std::endl;
    return 0;
}
