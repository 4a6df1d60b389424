// The village public notice 村内公示 (zh-CN). It never shows an ID number, phone, bank account or
// health condition (DOMAIN.md 1.6): the subject carries none, and risk types (which reveal illness
// or disability) are deliberately not printed.
#include "ruralguard/error.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {
namespace {

std::string_view category_zh(MonitoringCategory c) {
  switch (c) {
    case MonitoringCategory::kUnstableFormerlyPoor: return "脱贫不稳定户";
    case MonitoringCategory::kMarginal: return "边缘易致贫户";
    case MonitoringCategory::kSuddenSevere: return "突发严重困难户";
    case MonitoringCategory::kNone: break;
  }
  return "待定";
}

std::string zh_date(Date d) {
  return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月" + std::to_string(d.day()) + "日";
}

}  // namespace

std::string render_public_notice(const MonitoringCase& c, const NoticeSubject& s, bool elimination) {
  if (!c.notice_start || !c.notice_end) {
    throw Error(ErrorCode::kState, "case " + std::to_string(c.case_id) + " has no public notice dates yet");
  }
  const int64_t days = c.notice_start->days_until(*c.notice_end) + 1;
  std::string out;
  out += elimination ? "关于拟标注风险消除监测对象的公示\n\n" : "关于拟纳入防止返贫监测对象的公示\n\n";
  out += elimination ? "根据防止返贫动态监测和帮扶工作要求，经入户核实、村级民主评议，以下监测对象拟标注风险消除，现予以公示。\n\n"
                     : "根据防止返贫动态监测和帮扶工作要求，经入户核实、信息比对、村级民主评议，以下农户拟纳入监测对象，现予以公示。\n\n";
  out += "村名：" + s.village_name + "\n";
  out += "户主：" + s.head_name_masked + "\n";
  out += "户编号：" + s.household_id + "\n";
  out += "家庭人口：" + std::to_string(s.members) + "人\n";
  // While the identification runs the county has not recorded the category yet: the notice shows
  // the category the village proposed (issue 16), marked as proposed 拟.
  if (c.category == MonitoringCategory::kNone && c.proposed_category != MonitoringCategory::kNone) {
    out += "监测类别（拟）：" + std::string(category_zh(c.proposed_category)) + "\n";
  } else {
    out += "监测类别：" + std::string(category_zh(c.category)) + "\n";
  }
  out += "民主评议：赞成" + std::to_string(c.votes_for) + "票，反对" + std::to_string(c.votes_against) + "票\n";
  out += "公示期：" + zh_date(*c.notice_start) + "至" + zh_date(*c.notice_end) + "（" + std::to_string(days) + "天）\n\n";
  out += "公示期内如有异议，请向村民委员会反映，或拨打全国防止返贫监测和乡村振兴咨询服务热线12317。\n";
  return out;
}

}  // namespace rg
