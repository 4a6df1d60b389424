// The policy JSON's "procedure" section (docs/policy-format.md): limits in calendar or working
// days, working-day calendars and the role model. Unknown keys, units, steps and roles are
// Error(kParse) naming the field path.
#include "risk/policy_procedure_json.hpp"

#include <set>

#include "ruralguard/error.hpp"
#include "ruralguard/monitoring_case.hpp"

namespace rg {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& field, const std::string& why) {
  throw Error(ErrorCode::kParse, "policy: " + field + ": " + why);
}

// Checks `v` is an object whose keys are all in `known`.
void keys(const json& v, const std::string& field, std::initializer_list<std::string_view> known) {
  if (!v.is_object()) fail(field, "expected an object");
  for (auto it = v.begin(); it != v.end(); ++it) {
    bool ok = false;
    for (auto k : known) ok = ok || k == it.key();
    if (!ok) fail(field + "." + it.key(), "unknown field");
  }
}

std::string text(const json& v, const std::string& field, std::size_t max) {
  if (!v.is_string()) fail(field, "expected a string");
  auto s = v.get<std::string>();
  if (s.size() > max) fail(field, "longer than " + std::to_string(max) + " bytes");
  return s;
}

Date date(const json& v, const std::string& field) {
  try {
    return Date::parse(text(v, field, 10));
  } catch (const Error& e) {
    if (e.code() == ErrorCode::kParse && std::string(e.what()).rfind("policy: ", 0) == 0) throw;
    fail(field, e.what());
  }
}

std::vector<Date> dates(const json& v, const std::string& field) {
  if (!v.is_array()) fail(field, "expected an array of YYYY-MM-DD dates");
  if (v.size() > kCalendarDatesMax)
    fail(field, "more than " + std::to_string(kCalendarDatesMax) + " dates (kCalendarDatesMax)");
  std::vector<Date> out;
  for (std::size_t i = 0; i < v.size(); ++i)
    out.push_back(date(v[i], field + "[" + std::to_string(i) + "]"));
  return out;
}

DayLimit limit(const json& v, const std::string& field) {
  keys(v, field, {"days", "unit", "calendar"});
  DayLimit l;
  if (!v.contains("days") || !v["days"].is_number_integer())
    fail(field + ".days", "expected an integer");
  const auto days = v["days"].get<int64_t>();
  if (days < 0 || days > kWorkingDaysMax)
    fail(field + ".days", "expected 0.." + std::to_string(kWorkingDaysMax));
  l.days = static_cast<int32_t>(days);
  const std::string unit =
      v.contains("unit") ? text(v["unit"], field + ".unit", 16) : std::string("calendar");
  if (unit == "calendar") {
    l.unit = DayUnit::kCalendar;
  } else if (unit == "working") {
    l.unit = DayUnit::kWorking;
  } else {
    fail(field + ".unit", "unknown unit '" + unit + "' (calendar or working)");
  }
  if (v.contains("calendar"))
    l.calendar = text(v["calendar"], field + ".calendar", kCalendarIdBytesMax);
  if (l.unit == DayUnit::kWorking && l.calendar.empty())
    fail(field + ".calendar", "a working-day limit needs its calendar");
  return l;
}

json limit_json(const DayLimit& l) {
  json j = {{"days", l.days}, {"unit", l.unit == DayUnit::kWorking ? "working" : "calendar"}};
  if (!l.calendar.empty()) j["calendar"] = l.calendar;
  return j;
}

CaseStep step_named(const std::string& name, const std::string& field) {
  for (int i = 1; i <= static_cast<int>(kLastCaseStep); ++i) {
    const auto s = static_cast<CaseStep>(i);
    if (case_step_name(s) == name) return s;
  }
  fail(field, "unknown step '" + name + "'");
}

Role role_named(const json& v, const std::string& field) {
  const std::string name = text(v, field, 32);
  const auto r = role_from_name(name);
  if (!r) fail(field, "unknown role '" + name + "' (village, township, county, department)");
  return *r;
}

RoleModel roles(const json& v, const std::string& field) {
  keys(v, field, {"require_role", "steps", "separated"});
  RoleModel m = default_role_model();
  if (v.contains("require_role")) {
    if (!v["require_role"].is_boolean()) fail(field + ".require_role", "expected true or false");
    m.require_role = v["require_role"].get<bool>();
  }
  if (v.contains("steps")) {
    const json& steps = v["steps"];
    if (!steps.is_object()) fail(field + ".steps", "expected an object: step -> [roles]");
    m.steps.clear();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
      const std::string f = field + ".steps." + it.key();
      StepRoles sr{step_named(it.key(), f), {}};
      if (!it.value().is_array()) fail(f, "expected an array of roles");
      for (std::size_t i = 0; i < it.value().size(); ++i)
        sr.allowed.push_back(role_named(it.value()[i], f + "[" + std::to_string(i) + "]"));
      m.steps.push_back(std::move(sr));
    }
  }
  if (v.contains("separated")) {
    const json& sep = v["separated"];
    if (!sep.is_array()) fail(field + ".separated", "expected an array of {earlier, later}");
    m.separated.clear();
    for (std::size_t i = 0; i < sep.size(); ++i) {
      const std::string f = field + ".separated[" + std::to_string(i) + "]";
      keys(sep[i], f, {"earlier", "later"});
      if (!sep[i].contains("earlier") || !sep[i].contains("later"))
        fail(f, "needs earlier and later");
      m.separated.push_back(
          {step_named(text(sep[i]["earlier"], f + ".earlier", 32), f + ".earlier"),
           step_named(text(sep[i]["later"], f + ".later", 32), f + ".later")});
    }
  }
  return m;
}

WorkCalendar calendar(const json& v, const std::string& field) {
  keys(v, field, {"id", "source", "example", "from", "to", "holidays", "makeup_workdays"});
  WorkCalendar c;
  for (auto k : {"id", "from", "to"}) {
    if (!v.contains(k)) fail(field + "." + k, "missing field");
  }
  c.id = text(v["id"], field + ".id", kCalendarIdBytesMax);
  if (v.contains("source")) c.source = text(v["source"], field + ".source", 2000);
  if (v.contains("example")) {
    if (!v["example"].is_boolean()) fail(field + ".example", "expected true or false");
    c.example = v["example"].get<bool>();
  }
  c.from = date(v["from"], field + ".from");
  c.to = date(v["to"], field + ".to");
  if (v.contains("holidays")) c.holidays = dates(v["holidays"], field + ".holidays");
  if (v.contains("makeup_workdays"))
    c.makeup_workdays = dates(v["makeup_workdays"], field + ".makeup_workdays");
  return c;
}

}  // namespace

ProcedurePolicy decode_procedure_json(const json& section) {
  const std::string field = "procedure";
  keys(section, field, {"limits", "calendars", "roles"});
  ProcedurePolicy p;
  if (section.contains("limits")) {
    const json& l = section["limits"];
    keys(l, field + ".limits",
         {"identify_max", "notice_min", "township_to_county_max", "elimination_notice_min"});
    if (l.contains("identify_max"))
      p.identify_max = limit(l["identify_max"], field + ".limits.identify_max");
    if (l.contains("notice_min"))
      p.notice_min = limit(l["notice_min"], field + ".limits.notice_min");
    if (l.contains("township_to_county_max")) {
      p.township_to_county_max =
          limit(l["township_to_county_max"], field + ".limits.township_to_county_max");
    }
    if (l.contains("elimination_notice_min")) {
      p.elimination_notice_min =
          limit(l["elimination_notice_min"], field + ".limits.elimination_notice_min");
    }
  }
  if (section.contains("calendars")) {
    const json& cs = section["calendars"];
    if (!cs.is_array()) fail(field + ".calendars", "expected an array of calendars");
    if (cs.size() > kCalendarsMax)
      fail(field + ".calendars", "more than " + std::to_string(kCalendarsMax) + " (kCalendarsMax)");
    for (std::size_t i = 0; i < cs.size(); ++i)
      p.calendars.push_back(calendar(cs[i], field + ".calendars[" + std::to_string(i) + "]"));
  }
  if (section.contains("roles")) p.roles = roles(section["roles"], field + ".roles");
  return p;
}

json encode_procedure_json(const ProcedurePolicy& p) {
  json limits = {{"identify_max", limit_json(p.identify_max)},
                 {"notice_min", limit_json(p.notice_min)},
                 {"elimination_notice_min", limit_json(p.elimination_notice_min)}};
  if (p.township_to_county_max)
    limits["township_to_county_max"] = limit_json(*p.township_to_county_max);
  json calendars = json::array();
  for (const auto& c : p.calendars) {
    json h = json::array(), m = json::array();
    for (Date d : c.holidays) h.push_back(d.to_string());
    for (Date d : c.makeup_workdays) m.push_back(d.to_string());
    calendars.push_back({{"id", c.id},
                         {"source", c.source},
                         {"example", c.example},
                         {"from", c.from.to_string()},
                         {"to", c.to.to_string()},
                         {"holidays", h},
                         {"makeup_workdays", m}});
  }
  json steps = json::object();
  for (const auto& s : p.roles.steps) {
    json r = json::array();
    for (Role role : s.allowed) r.push_back(std::string(role_name(role)));
    steps[std::string(case_step_name(s.step))] = r;
  }
  json sep = json::array();
  for (const auto& s : p.roles.separated) {
    sep.push_back({{"earlier", std::string(case_step_name(s.earlier))},
                   {"later", std::string(case_step_name(s.later))}});
  }
  return {
      {"limits", limits},
      {"calendars", calendars},
      {"roles", {{"require_role", p.roles.require_role}, {"steps", steps}, {"separated", sep}}}};
}

}  // namespace rg
