// The facts the 0.1.0 upgrade fixture holds: make_fixture.cpp writes them, upgrade_test.cpp reads
// them back after migrating. One list so the generator and the test cannot drift apart.
#pragma once

#include <cstdint>

namespace rg::upgrade {

// The fixture file and its ID key (the key lives outside the database by design; it is a test key
// committed beside the fixture, never used for real data).
inline constexpr const char* kFixtureName = "ruralguard-0.1.0.sqlite";
inline constexpr int kFixtureSchemaVersion = 6;  // schema of release 0.1.0

// Regions: county, township, two villages.
inline constexpr const char* kCounty = "500112000000";
inline constexpr const char* kTownship = "500112001000";
inline constexpr const char* kVillage = "500112001001";
inline constexpr const char* kVillageName = "红星村";
inline constexpr int kRegions = 4;

// Households H001..H005 in the village, two members each; income statements for 2023.
inline constexpr int kHouseholds = 5;
inline constexpr int kMembersPerHousehold = 2;
inline constexpr const char* kPhoneOfH001 = "13800000001";
inline constexpr int64_t kArableCentimuOfH003 = 325;  // 3.25 mu
inline constexpr const char* kWageOfH002 = "24000.50";  // yuan, 2023 statement
inline constexpr const char* kDibaoOfH002 = "3600";
inline constexpr const char* kOopMedicalOfH002 = "1234.56";
// Member P001-1 (first member of H001) is born on this date with ID sequence 101.
inline constexpr const char* kBirthOfP0011 = "1970-01-01";
inline constexpr int kIdSeqOfP0011 = 101;

// A stored policy and one assessment run over the five households (keys 1..5).
inline constexpr const char* kPolicyId = "chongqing-2024";
inline constexpr int kPolicyRedCutoff = 65;
inline constexpr const char* kRunAsOf = "2024-06-30";
inline constexpr const char* kRunLabel = "2024 Q2";
inline constexpr int kRunRows = 5;
inline constexpr int kRunMonitored = 2;  // keys 1 (red) and 4 (yellow)
inline constexpr int kRunScoreOfKey1 = 72;

// One monitoring case for H001: identified, one measure implemented, one visit.
inline constexpr const char* kCaseFound = "2024-04-30";
inline constexpr const char* kMeasureContent = "申请临时救助并对接医疗保险报销";
inline constexpr const char* kMeasureAmount = "5000.00";
inline constexpr const char* kVisitor = "王干部";
inline constexpr const char* kVisitDate = "2024-06-01";

// The ledger: accounts of the asset fixture pattern and four transfers.
inline constexpr uint64_t kSource = 1, kBudget = 10, kProjectAccount = 20, kContractor = 30,
                          kIncomeAccount = 40, kOperatorAccount = 41, kDividendPayee = 50,
                          kUpkeepPayee = 52;
inline constexpr int kAccounts = 8;
inline constexpr uint64_t kPvProject = 7001;
inline constexpr const char* kPvProjectName = "村级光伏电站";
inline constexpr const char* kAllocated = "3000000";        // source -> budget
inline constexpr const char* kDisbursed1 = "1000000.00";    // budget -> contractor for the PV project
inline constexpr const char* kDisbursed2 = "234567.89";
inline constexpr const char* kRent = "100000.00";           // operator -> income account, 2025
// Transfers: 3 funding + 1 rent + 2 distribution payments (dividends, upkeep).
inline constexpr int kTransfers = 6;

// Assets: the PV station (id 1) and an equity share (id 2), values 9:1 of the settled amount;
// one distribution plan of the 2025 rent, posted.
inline constexpr const char* kStationName = "光伏电站 100kW";
inline constexpr int kAssets = 2;
inline constexpr uint64_t kPlanId = 2025001;
inline constexpr int kDividendHouseholds = 5;

}  // namespace rg::upgrade
