#include "csv/codes.hpp"

#include <cctype>
#include <string>

namespace rg::csv {
namespace {

constexpr CodeText kHouseholdTypeItems[] = {
    {1, "formerly_poor", "脱贫户"}, {2, "formerly_poor_no_policy", "脱贫不享受政策户"}, {3, "ordinary", "一般农户"}};
constexpr CodeText kRelationItems[] = {{1, "head", "户主"},      {2, "spouse", "配偶"},  {3, "child", "子女"},
                                       {4, "parent", "父母"},    {5, "grandchild", "孙子女"}, {6, "sibling", "兄弟姐妹"},
                                       {7, "child_in_law", "媳婿"}, {9, "other", "其他"}};
constexpr CodeText kSexItems[] = {{1, "male", "男"}, {2, "female", "女"}};
constexpr CodeText kEducationItems[] = {{0, "none", "文盲或半文盲"}, {1, "preschool", "学龄前儿童"},
                                        {2, "primary", "小学"},      {3, "junior_high", "初中"},
                                        {4, "senior_high", "高中"},  {5, "vocational", "中专"},
                                        {6, "college", "大专及以上"}};
constexpr CodeText kSchoolStatusItems[] = {{0, "not_in_school", "非在校生"}, {1, "preschool", "学前教育"},
                                           {2, "compulsory", "义务教育"},   {3, "high_school", "高中"},
                                           {4, "higher", "高等教育"},       {5, "dropout", "失学辍学"},
                                           {6, "home_teaching", "送教上门"}};
constexpr CodeText kHealthItems[] = {
    {1, "healthy", "健康"}, {2, "chronic", "长期慢性病"}, {3, "serious_illness", "患大病"}, {4, "disabled", "残疾"}};
constexpr CodeText kLabourItems[] = {{1, "skilled", "技能劳动力"}, {2, "ordinary", "普通劳动力"},
                                     {3, "weak", "弱劳动力或半劳动力"}, {4, "lost", "丧失劳动力"},
                                     {5, "none", "无劳动力"}};
constexpr CodeText kMemberStatusItems[] = {{1, "active", "在户"}, {2, "natural_decrease", "自然减少"}};
constexpr CodeText kIncomePeriodItems[] = {
    {1, "identification", "识别"}, {2, "annual", "年度"}, {3, "post_elimination", "消除后"}};
constexpr CodeText kKeyAssistItems[] = {
    {0, "none", "否"}, {1, "national", "国家级"}, {2, "provincial", "省级"}, {3, "city", "市级"}};

template <std::size_t N>
constexpr CodeTable table(const CodeText (&items)[N], const char* name) {
  return CodeTable{items, N, name};
}


}  // namespace

const CodeTable kHouseholdTypes = table(kHouseholdTypeItems, "household type");
const CodeTable kRelations = table(kRelationItems, "relation");
const CodeTable kSexes = table(kSexItems, "sex");
const CodeTable kEducations = table(kEducationItems, "education");
const CodeTable kSchoolStatuses = table(kSchoolStatusItems, "school status");
const CodeTable kHealths = table(kHealthItems, "health");
const CodeTable kLabours = table(kLabourItems, "labour");
const CodeTable kMemberStatuses = table(kMemberStatusItems, "member status");
const CodeTable kIncomePeriods = table(kIncomePeriodItems, "income period");
const CodeTable kKeyAssistLevels = table(kKeyAssistItems, "key assistance level");

std::optional<int> parse_code(const CodeTable& t, std::string_view text) {
  for (std::size_t i = 0; i < t.count; ++i) {
    if (iequals(text, t.items[i].en) || text == t.items[i].zh) return t.items[i].value;
  }
  if (text.size() == 1 && text[0] >= '0' && text[0] <= '9') {
    for (std::size_t i = 0; i < t.count; ++i) {
      if (t.items[i].value == text[0] - '0') return t.items[i].value;
    }
  }
  return std::nullopt;
}

const char* code_en(const CodeTable& t, int value) {
  for (std::size_t i = 0; i < t.count; ++i) {
    if (t.items[i].value == value) return t.items[i].en;
  }
  return "?";
}

std::string code_choices(const CodeTable& t) {
  std::string s = "one of";
  for (std::size_t i = 0; i < t.count; ++i) {
    s += i == 0 ? " " : ", ";
    s += t.items[i].en;
    s += "/";
    s += t.items[i].zh;
  }
  return s;
}

std::optional<bool> parse_bool(std::string_view t) {
  if (t == "1" || iequals(t, "true") || iequals(t, "yes") || iequals(t, "y") || t == "是") return true;
  if (t == "0" || iequals(t, "false") || iequals(t, "no") || iequals(t, "n") || t == "否") return false;
  return std::nullopt;
}

std::optional<MedicalSchemes> parse_medical(std::string_view t) {
  if (iequals(t, "none") || t == "未参加" || t == "0") return MedicalSchemes{false, false};
  if (iequals(t, "resident") || t == "城乡居民" || t == "城乡居民基本医疗保险" || t == "1") return MedicalSchemes{true, false};
  if (iequals(t, "employee") || t == "职工" || t == "职工基本医疗保险" || t == "2") return MedicalSchemes{false, true};
  if (iequals(t, "both") || t == "两者" || t == "3") return MedicalSchemes{true, true};
  return std::nullopt;
}

const char* medical_code(bool resident, bool employee) {
  if (resident && employee) return "both";
  if (resident) return "resident";
  if (employee) return "employee";
  return "none";
}

}  // namespace rg::csv
