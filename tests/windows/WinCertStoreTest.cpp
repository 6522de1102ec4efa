// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Where a trusted authority came from (windows/CertStoreWin.cpp): the stores are read one by one, so an
// authority this user added is told apart from one that came with Windows.

#include "WinTestSupport.h"
#include "platform/CertStore.h"

#include <windows.h>

#include <wincrypt.h>

#include <gtest/gtest.h>

using tcpd::platform::RootOrigin;
using tcpd::platform::rootOrigin;

namespace {

// A self-signed P-256 authority made for this test ("CN=tcpdoctor test authority", 100 years); it is in
// no store until a test adds it.
const std::vector<unsigned char> kTestAuthority = {
    0x30, 0x82, 0x01, 0x9e, 0x30, 0x82, 0x01, 0x43, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14, 0x1e, 0xab, 0xb3,
    0x29, 0xb7, 0xab, 0xef, 0x62, 0x2c, 0xfb, 0x59, 0x4b, 0x7b, 0x22, 0xd8, 0xc1, 0x5b, 0xbd, 0x57, 0x19, 0x30,
    0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02, 0x30, 0x23, 0x31, 0x21, 0x30, 0x1f, 0x06,
    0x03, 0x55, 0x04, 0x03, 0x0c, 0x18, 0x74, 0x63, 0x70, 0x64, 0x6f, 0x63, 0x74, 0x6f, 0x72, 0x20, 0x74, 0x65,
    0x73, 0x74, 0x20, 0x61, 0x75, 0x74, 0x68, 0x6f, 0x72, 0x69, 0x74, 0x79, 0x30, 0x20, 0x17, 0x0d, 0x32, 0x36,
    0x31, 0x32, 0x30, 0x37, 0x31, 0x31, 0x30, 0x39, 0x30, 0x35, 0x5a, 0x18, 0x0f, 0x32, 0x31, 0x32, 0x36, 0x31,
    0x31, 0x31, 0x33, 0x31, 0x31, 0x30, 0x39, 0x30, 0x35, 0x5a, 0x30, 0x23, 0x31, 0x21, 0x30, 0x1f, 0x06, 0x03,
    0x55, 0x04, 0x03, 0x0c, 0x18, 0x74, 0x63, 0x70, 0x64, 0x6f, 0x63, 0x74, 0x6f, 0x72, 0x20, 0x74, 0x65, 0x73,
    0x74, 0x20, 0x61, 0x75, 0x74, 0x68, 0x6f, 0x72, 0x69, 0x74, 0x79, 0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a,
    0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42,
    0x00, 0x04, 0xf2, 0x64, 0x6e, 0x43, 0xe3, 0x37, 0x3e, 0x2b, 0xf7, 0xd4, 0x94, 0x7c, 0x80, 0x60, 0xfd, 0x4d,
    0x2b, 0x75, 0x65, 0x9c, 0xc0, 0xdf, 0x45, 0x22, 0x0f, 0xc1, 0x8e, 0x7e, 0x33, 0x09, 0x2b, 0x82, 0x07, 0xf6,
    0x5e, 0x0f, 0x06, 0xc0, 0x45, 0xfd, 0x33, 0x85, 0x15, 0x50, 0x59, 0xc1, 0x5e, 0xcc, 0x32, 0x36, 0x03, 0x53,
    0xd2, 0x81, 0x6e, 0xac, 0xc8, 0xd5, 0xee, 0x2c, 0xc4, 0x13, 0x02, 0x91, 0xa3, 0x53, 0x30, 0x51, 0x30, 0x1d,
    0x06, 0x03, 0x55, 0x1d, 0x0e, 0x04, 0x16, 0x04, 0x14, 0xc2, 0xa1, 0x08, 0xfe, 0xb3, 0x54, 0x5f, 0x5c, 0x69,
    0x7c, 0x8d, 0xad, 0x12, 0x76, 0x81, 0x2a, 0xf5, 0x0b, 0xe7, 0x85, 0x30, 0x1f, 0x06, 0x03, 0x55, 0x1d, 0x23,
    0x04, 0x18, 0x30, 0x16, 0x80, 0x14, 0xc2, 0xa1, 0x08, 0xfe, 0xb3, 0x54, 0x5f, 0x5c, 0x69, 0x7c, 0x8d, 0xad,
    0x12, 0x76, 0x81, 0x2a, 0xf5, 0x0b, 0xe7, 0x85, 0x30, 0x0f, 0x06, 0x03, 0x55, 0x1d, 0x13, 0x01, 0x01, 0xff,
    0x04, 0x05, 0x30, 0x03, 0x01, 0x01, 0xff, 0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03,
    0x02, 0x03, 0x49, 0x00, 0x30, 0x46, 0x02, 0x21, 0x00, 0x99, 0x66, 0x7b, 0x17, 0xa7, 0x48, 0x7b, 0xf0, 0x38,
    0x02, 0x19, 0x30, 0x9c, 0x75, 0x4a, 0x2c, 0x36, 0x0d, 0xb6, 0x97, 0x64, 0xd1, 0xf6, 0xae, 0xac, 0xcd, 0xdd,
    0xb5, 0x97, 0xfc, 0xfc, 0x8f, 0x02, 0x21, 0x00, 0xc9, 0x40, 0xc9, 0x3d, 0xf9, 0x28, 0x13, 0x19, 0xa9, 0xdd,
    0xec, 0xc6, 0x90, 0x58, 0x6c, 0x55, 0x6b, 0xbc, 0xc8, 0x77, 0x13, 0xca, 0xb6, 0x2d, 0x7f, 0x9f, 0x30, 0x9c,
    0x5e, 0xa6, 0xbd, 0x5f
};

/// Adds the test authority to one registry store and removes it again on every exit path. The store is
/// closed after each change: Wine writes a registry store back only when it is closed.
class StoreEntry {
public:
    StoreEntry(DWORD location, const wchar_t* name) : location_(location), name_(name)
    {
        HCERTSTORE store = open();
        if (store != nullptr) {
            added_ = CertAddEncodedCertificateToStore(store, X509_ASN_ENCODING, kTestAuthority.data(),
                                                      static_cast<DWORD>(kTestAuthority.size()),
                                                      CERT_STORE_ADD_REPLACE_EXISTING, nullptr)
                != FALSE;
            CertCloseStore(store, 0);
        }
    }
    ~StoreEntry()
    {
        HCERTSTORE store = open();
        if (store == nullptr) {
            return;
        }
        PCCERT_CONTEXT mine = CertCreateCertificateContext(X509_ASN_ENCODING, kTestAuthority.data(),
                                                           static_cast<DWORD>(kTestAuthority.size()));
        if (mine != nullptr) {
            PCCERT_CONTEXT found = CertFindCertificateInStore(store, X509_ASN_ENCODING, 0, CERT_FIND_EXISTING,
                                                              mine, nullptr);
            if (found != nullptr) {
                CertDeleteCertificateFromStore(found); // frees `found` too
            }
            CertFreeCertificateContext(mine);
        }
        CertCloseStore(store, 0);
    }
    StoreEntry(const StoreEntry&) = delete;
    StoreEntry& operator=(const StoreEntry&) = delete;
    bool added() const { return added_; }

private:
    HCERTSTORE open() const { return CertOpenStore(CERT_STORE_PROV_SYSTEM_REGISTRY_W, 0, 0, location_, name_); }
    DWORD location_;
    const wchar_t* name_;
    bool added_ = false;
};

} // namespace

TEST(WinCertStore, AnAuthorityInNoStoreIsUnknown)
{
    const tcpd::platform::RootPlace place = rootOrigin(kTestAuthority);
    EXPECT_EQ(place.origin, RootOrigin::Unknown);
    EXPECT_TRUE(place.store.empty()) << place.store;
}

TEST(WinCertStore, BytesThatAreNoCertificateAreUnknown)
{
    EXPECT_EQ(rootOrigin({}).origin, RootOrigin::Unknown);
    EXPECT_EQ(rootOrigin({0x30, 0x03, 0x02, 0x01, 0x00}).origin, RootOrigin::Unknown);
}

TEST(WinCertStore, AnAuthorityThisUserAddedIsAddedHere)
{
    if (tcpd::wintest::wineVersion().empty()) {
        GTEST_SKIP() << "on real Windows, adding to CurrentUser\\Root asks the user in a dialog; this runs under Wine";
    }
    {
        StoreEntry entry(CERT_SYSTEM_STORE_CURRENT_USER, L"Root");
        ASSERT_TRUE(entry.added()) << "could not add the test authority to CurrentUser\\Root: " << GetLastError();
        const tcpd::platform::RootPlace place = rootOrigin(kTestAuthority);
        EXPECT_EQ(place.origin, RootOrigin::AddedHere);
        EXPECT_EQ(place.store, "CurrentUser\\Root");
    }
    EXPECT_EQ(rootOrigin(kTestAuthority).origin, RootOrigin::Unknown) << "the entry was removed again";
}

TEST(WinCertStore, AnAuthorityOfTheRootProgramIsShipped)
{
    if (tcpd::wintest::wineVersion().empty()) {
        GTEST_SKIP() << "on real Windows, LocalMachine\\AuthRoot can only be changed by an administrator; this runs under Wine";
    }
    {
        StoreEntry entry(CERT_SYSTEM_STORE_LOCAL_MACHINE, L"AuthRoot");
        ASSERT_TRUE(entry.added()) << "could not add the test authority to LocalMachine\\AuthRoot: " << GetLastError();
        const tcpd::platform::RootPlace place = rootOrigin(kTestAuthority);
        EXPECT_EQ(place.origin, RootOrigin::Shipped);
        EXPECT_EQ(place.store, "LocalMachine\\AuthRoot");
    }
    EXPECT_EQ(rootOrigin(kTestAuthority).origin, RootOrigin::Unknown) << "the entry was removed again";
}

TEST(WinCertStore, GroupPolicyComesBeforeTheRootProgram)
{
    if (tcpd::wintest::wineVersion().empty()) {
        GTEST_SKIP() << "on real Windows, the Group Policy store belongs to the policy engine; this runs under Wine";
    }
    StoreEntry shipped(CERT_SYSTEM_STORE_LOCAL_MACHINE, L"AuthRoot");
    StoreEntry policy(CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY, L"Root");
    ASSERT_TRUE(shipped.added() && policy.added()) << GetLastError();
    const tcpd::platform::RootPlace place = rootOrigin(kTestAuthority);
    EXPECT_EQ(place.origin, RootOrigin::AddedHere) << "pushed by the organisation, even if the root program has it too";
    EXPECT_EQ(place.store, "LocalMachine\\Root (Group Policy)");
}

TEST(WinCertStore, ARootOnlyInLocalMachineRootIsNotCalledAddedWithoutMicrosoftsList)
{
    if (tcpd::wintest::wineVersion().empty()) {
        GTEST_SKIP() << "on real Windows, LocalMachine\\Root can only be changed by an administrator; this runs under Wine";
    }
    HKEY key = nullptr;
    const bool listCached = RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\SystemCertificates\\AuthRoot\\AutoUpdate",
                                          0, KEY_READ, &key)
            == ERROR_SUCCESS
        && RegQueryValueExW(key, L"EncodedCtl", nullptr, nullptr, nullptr, nullptr) == ERROR_SUCCESS;
    if (key != nullptr) {
        RegCloseKey(key);
    }
    if (listCached) {
        GTEST_SKIP() << "this prefix has Microsoft's root list cached; the test is about a machine without it";
    }
    StoreEntry entry(CERT_SYSTEM_STORE_LOCAL_MACHINE, L"Root");
    ASSERT_TRUE(entry.added()) << "could not add the test authority to LocalMachine\\Root";
    const tcpd::platform::RootPlace place = rootOrigin(kTestAuthority);
    // Microsoft's own roots and hand-imported public roots live there too: without the list, nothing is said.
    EXPECT_EQ(place.origin, RootOrigin::Unknown);
    EXPECT_EQ(place.store, "LocalMachine\\Root");
}
